import { z } from 'zod';
import { idsOf } from './vocabulary.js';

/**
 * The statuses of an objective. Microsoft's tracker has two (incomplete,
 * complete); leaders need to see what is stuck and what was ruled out.
 * `applicable: false` leaves the objective out of every percent-complete denominator.
 */
export const statuses = {
  'not-started': { label: 'Not started', started: false, done: false, applicable: true },
  'in-progress': { label: 'In progress', started: true, done: false, applicable: true },
  'at-risk': { label: 'At risk', started: true, done: false, applicable: true },
  blocked: { label: 'Blocked', started: true, done: false, applicable: true },
  complete: { label: 'Complete', started: true, done: true, applicable: true },
  'not-applicable': { label: 'Not applicable', started: false, done: false, applicable: false },
} as const satisfies Record<string, { label: string; started: boolean; done: boolean; applicable: boolean }>;

export type Status = keyof typeof statuses;
export const statusIds = idsOf(statuses);
export const statusSchema = z.enum(statusIds);

/**
 * Why an objective does not apply. The framework warns that in-product
 * percentages mislead for three reasons: the scope of the business, licensing
 * and capacity; `other` needs a note.
 */
export const notApplicableReasons = {
  scope: 'Outside the scope of the business',
  licensing: 'Not licensed',
  capacity: 'No capacity this cycle',
  other: 'Other reason (see notes)',
} as const satisfies Record<string, string>;

export type NotApplicableReason = keyof typeof notApplicableReasons;
export const notApplicableReasonSchema = z.enum(idsOf(notApplicableReasons));

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { 'not-started': 0, 'in-progress': 0, 'at-risk': 0, blocked: 0, complete: 0, 'not-applicable': 0 };
}
