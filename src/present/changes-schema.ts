import { z } from 'zod';
import { idsOf, objectiveChangeKinds } from '../schema/vocabulary.js';

/**
 * The `changes` of summary.json (build --since) and what the changes slide,
 * the reports and `ztdeck diff` show: a diff in the template's words.
 */

const percent = z.number().nullable();

export const changeSectionSchema = z.strictObject({
  /** An objective change kind, or stages, kpis, risks, decisions. */
  id: z.string(),
  title: z.string(),
  items: z.array(z.string()).describe('Ready sentences, in the template’s words'),
});

export const changesContextSchema = z.strictObject({
  since: z.string().describe('The earlier state’s reporting date'),
  until: z.string().describe('The later state’s reporting date'),
  fromLabel: z.string(),
  toLabel: z.string(),
  overall: z.strictObject({
    from: percent,
    to: percent,
    delta: z.number(),
    completeFrom: z.number(),
    completeTo: z.number(),
    deltaText: z.string(),
  }),
  scenarios: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      shortTitle: z.string(),
      from: percent.describe('Percent complete before; null when the scenario was not in scope'),
      to: percent,
      delta: z.number(),
      deltaText: z.string(),
    }),
  ),
  sections: z.array(changeSectionSchema),
  counts: z.record(z.enum(idsOf(objectiveChangeKinds)), z.number()),
  nothing: z.boolean().describe('No section and no movement of the overall percentage'),
});

export type ChangeSection = z.infer<typeof changeSectionSchema>;
export type ChangesContext = z.infer<typeof changesContextSchema>;
