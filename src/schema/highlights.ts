import { z } from 'zod';
import { text } from './common.js';

/** highlights.yaml: what went well (or changed) since the last period, one line each. */
export const highlightsFileSchema = z.strictObject({
  highlights: z.array(text(300)).max(20).describe('One sentence each, most important first'),
});
