import { z } from 'zod';
import { idsOf } from './vocabulary.js';
import { atMost, id, isoDate, LIMITS, measure, text, type IssueParams } from './common.js';

export const kpiDirections = {
  higher: 'Higher is better',
  lower: 'Lower is better',
} as const;
export type KpiDirection = keyof typeof kpiDirections;

const kpiSchema = z
  .strictObject({
    title: text(120).describe('What is measured, for example "MFA coverage"'),
    unit: text(24).describe('Unit shown after values: %, devices, hours, points...'),
    direction: z.enum(idsOf(kpiDirections)).describe('higher or lower: which way is better'),
    target: measure
      .optional()
      .describe('The value to reach; leave it out until one is agreed (the deck then says "no target set")'),
    target_date: isoDate.optional().describe('When the target should be reached'),
    source: text(160).optional().describe('Where the numbers come from'),
    scenario: id.optional().describe('The scenario this KPI belongs to, if any'),
    notes: text(400).optional(),
    series: atMost(z.record(isoDate, measure), LIMITS.kpiPoints, 'values')
      .meta({ minProperties: 1 })
      .describe('Measured values keyed by date (YYYY-MM-DD: value), oldest first'),
  })
  .superRefine((k, ctx) => {
    const dates = Object.keys(k.series);
    if (dates.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'the series has no values',
        params: { code: 'out-of-range', hint: 'add at least one "YYYY-MM-DD: value" line' } satisfies IssueParams,
      });
    }
    for (let i = 1; i < dates.length; i++) {
      const [prev, cur] = [dates[i - 1] ?? '', dates[i] ?? ''];
      if (cur < prev) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', cur],
          message: `${cur} comes after ${prev} but is earlier`,
          params: { code: 'series-order', hint: 'keep the values in date order, oldest first' } satisfies IssueParams,
        });
      }
    }
  });

/** kpis.yaml: measures with a dated series and, once agreed, a target. */
export const kpisFileSchema = z.strictObject({
  kpis: atMost(z.record(id, kpiSchema), LIMITS.kpis, 'KPIs').describe('KPIs keyed by id'),
});

export type Kpi = z.infer<typeof kpiSchema>;
export type KpisFile = z.infer<typeof kpisFileSchema>;
