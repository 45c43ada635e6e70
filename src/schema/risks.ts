import { z } from 'zod';
import { idsOf } from './vocabulary.js';
import { atMost, id, LIMITS, rating, text } from './common.js';

/**
 * Risk treatment options in ISO 31000 terms: avoid the activity; reduce the
 * likelihood or the consequences; share (transfer, insure); retain (accept).
 */
export const riskTreatments = {
  avoid: 'Avoid',
  reduce: 'Reduce',
  share: 'Share',
  retain: 'Retain',
} as const;

export const riskTrends = {
  increasing: 'Increasing',
  stable: 'Stable',
  decreasing: 'Decreasing',
} as const;

export const riskStatuses = {
  open: 'Open',
  closed: 'Closed',
} as const;

export type RiskTreatment = keyof typeof riskTreatments;
export type RiskTrend = keyof typeof riskTrends;
export type RiskStatus = keyof typeof riskStatuses;

const riskSchema = z.strictObject({
  title: text(140).describe('The risk, as a leader would say it'),
  description: text(600).optional(),
  likelihood: rating.describe('1 (rare) to 5 (almost certain)'),
  impact: rating.describe('1 (minor) to 5 (severe)'),
  treatment: z.enum(idsOf(riskTreatments)).describe('ISO 31000 treatment: avoid, reduce, share or retain'),
  owner: text(80).describe('Risk owner'),
  trend: z.enum(idsOf(riskTrends)).describe('Since the last period'),
  status: z.enum(idsOf(riskStatuses)).default('open'),
  impact_area: id
    .optional()
    .describe(
      'What the impact falls on (financial, operational, regulatory, reputational...): the risk is judged against the appetite set for that area in program.yaml (risk_appetite.by_impact_area), else against its max_score',
    ),
  mitigated_by: z
    .array(text(160))
    .max(30)
    .default([])
    .describe(
      'Objectives that mitigate the risk: an objective id, or scenario-id/objective-id when the id is in two scenarios',
    ),
});

/** risks.yaml: the risk register. */
export const risksFileSchema = z.strictObject({
  risks: atMost(z.record(id, riskSchema), LIMITS.risks, 'risks').describe('Risks keyed by id'),
});

export type Risk = z.infer<typeof riskSchema>;
export type RisksFile = z.infer<typeof risksFileSchema>;
