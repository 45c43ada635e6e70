import { z } from 'zod';

/**
 * The board's part of summary.json: the status sentence, the risk appetite,
 * and the three ranked lists the summary slide shows the top of.
 */

const text = z.string().nullable();

const attentionSchema = z.strictObject({
  rank: z.number(),
  key: z.string(),
  kind: z.enum(['blocked', 'overdue', 'at-risk']),
  text: z.string(),
  why: z.string(),
  title: z.string(),
  scenario: z.string(),
  stage: z.number(),
  owner: text,
  daysOverdue: z.number(),
  inFocus: z.boolean(),
  protects: z
    .strictObject({
      id: z.string(),
      label: text,
      title: z.string(),
      score: z.number(),
      appetite: z.enum(['within', 'above']).nullable(),
      appetiteLabel: text,
    })
    .nullable()
    .describe('The open risk the objective mitigates that weighs most, or null'),
});

const sinceSchema = z.strictObject({
  rank: z.number(),
  kind: z.enum(['stage', 'kpi', 'highlight', 'completed']),
  text: z.string(),
  scenario: text,
  date: text,
});

const rankedDecisionSchema = z.strictObject({
  rank: z.number(),
  id: z.string(),
  kind: z.enum(['overdue', 'upcoming']),
  text: z.string(),
});

export const riskAppetiteSchema = z.strictObject({
  maxScore: z.number(),
  byImpactArea: z.array(z.strictObject({ area: z.string(), maxScore: z.number() })),
  statement: text,
});

export const boardSchema = z.strictObject({
  statusSentence: z.string(),
  rankingRule: z.string(),
  riskAppetite: riskAppetiteSchema.nullable(),
  ranked: z.strictObject({
    attention: z.array(attentionSchema),
    since: z.array(sinceSchema),
    decisions: z.array(rankedDecisionSchema),
  }),
});

export type BoardContext = z.infer<typeof boardSchema>;
