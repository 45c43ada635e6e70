import { z } from 'zod';
import { formatsSchema } from './formats.js';
import { id, isoDate, text, type IssueParams } from './common.js';
import { templateRef } from './template-ref.js';
import { riskAppetiteSchema } from './risk-appetite.js';

export const DEFAULT_CATALOG = 'microsoft-zero-trust-adoption';
export const DEFAULT_TEMPLATE = 'default';

/** program.yaml: who, when, which framework, which look, which scenarios. */
export const programFileSchema = z.strictObject({
  organization: text(120).describe('Organization name, as shown on the title slide'),
  program: text(120).describe('Program name, for example "Zero Trust adoption program"'),
  classification: text(80).optional().describe('Classification label shown on every slide, for example "Confidential"'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/)
    .optional()
    .describe(
      "The language the program's data is written in, for example ar-SA, he-IL, ja-JP, zh-CN, zh-TW, ko-KR, en-GB: the deck's text is marked as in it (and its lists read right to left when it is written so); the template's locale when absent",
    ),
  catalog: id.default(DEFAULT_CATALOG).describe('Framework catalog id (built in: microsoft-zero-trust-adoption)'),
  template: templateRef
    .default(DEFAULT_TEMPLATE)
    .describe(
      'Template: a name (in ./templates, or shipped: default, dark) or a path relative to the program folder, such as ./templates/acme',
    ),
  reporting: z
    .strictObject({
      date: isoDate.describe('The date the data is as of; "overdue" is judged against it'),
      period_start: isoDate.describe(
        'Start of the period this report covers, usually the day after the last steering meeting',
      ),
      label: text(80).optional().describe('Name of the period, for example "November 2026"'),
    })
    .superRefine((r, ctx) => {
      if (r.period_start > r.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['period_start'],
          message: `period_start (${r.period_start}) is after the reporting date (${r.date})`,
          params: {
            code: 'date-order',
            hint: 'the period ends on the reporting date, so it must start on or before it',
          } satisfies IssueParams,
        });
      }
    }),
  scenarios: z
    .array(id)
    .min(1)
    .max(20)
    .meta({ uniqueItems: true })
    .describe('Scenario ids in scope, in the order the deck shows them'),
  risk_appetite: riskAppetiteSchema.optional(),
  formats: formatsSchema.optional(),
});

export type ProgramFile = z.infer<typeof programFileSchema>;

/**
 * What the rules across files read of program.yaml: the catalog, the dates and
 * the scenarios in scope. Checked on their own, they are known even when
 * another field has a mistake (a title too long), so those rules still run.
 */
export const programScopeSchema = z.object({
  catalog: programFileSchema.shape.catalog,
  reporting: programFileSchema.shape.reporting,
  scenarios: programFileSchema.shape.scenarios,
});

export type ProgramScope = z.infer<typeof programScopeSchema>;
