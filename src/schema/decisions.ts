import { z } from 'zod';
import { idsOf } from './vocabulary.js';
import { atMost, id, isoDate, LIMITS, text } from './common.js';

/** Where a decision asked of leadership stands. */
export const decisionStatuses = {
  open: 'asked, not yet taken',
  decided: 'taken (the outcome says what was decided)',
  deferred: 'postponed',
} as const;
export type DecisionStatus = keyof typeof decisionStatuses;

const decisionSchema = z
  .strictObject({
    title: text(160).describe('The decision asked, as a question or an action'),
    context: text(600).optional().describe('Why it is needed now'),
    recommendation: text(400).optional().describe('What the program recommends'),
    asked_of: text(80).describe('Who decides: a person or a role (CFO, steering committee)'),
    needed_by: isoDate.describe('Date the decision is needed by'),
    status: z.enum(idsOf(decisionStatuses)).default('open'),
    outcome: text(400).optional().describe('What was decided, once decided'),
    related: z
      .array(text(160))
      .max(20)
      .default([])
      .describe('Objectives affected (objective id or scenario-id/objective-id)'),
  })
  // For editors, the rule validate checks with the other files (check-registers.ts): decided needs an outcome.
  .meta({
    if: { properties: { status: { const: 'decided' } }, required: ['status'] },
    then: { required: ['outcome'] },
  });

/** decisions.yaml: what the program asks of leadership. */
export const decisionsFileSchema = z.strictObject({
  decisions: atMost(z.record(id, decisionSchema), LIMITS.decisions, 'decisions').describe('Decisions keyed by id'),
});

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionsFile = z.infer<typeof decisionsFileSchema>;
