/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export { daysBetween } from '../schema/common.js';
