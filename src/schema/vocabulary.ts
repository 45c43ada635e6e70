import { z } from 'zod';

/**
 * The closed sets of words the model computes, declared once: the model's
 * types, the zod enums and the phrases a template must define in
 * strings.yaml all derive from these (a new level does not compile until
 * every template phrase and renderer has it). The sets users write in their
 * files (statuses, reasons, treatments...) live beside their schemas.
 */

/** A stage's shield on Microsoft's tracker. */
export const stageStates = {
  'not-started': 'no applicable objective has started',
  'in-progress': 'some have started, not all are complete',
  complete: 'every applicable objective is complete',
  'not-applicable': 'no objective of the stage applies: nothing to complete',
} as const;
export type StageState = keyof typeof stageStates;

/** A scenario's health (see model/health.ts for the rule). */
export const healthLevels = {
  green: 'on track',
  amber: 'needs attention',
  red: 'off track',
  'not-started': 'nothing has started and nothing is due yet',
  'not-applicable': 'no objective applies: out of scope',
} as const;
export type HealthLevel = keyof typeof healthLevels;

/** How a KPI's latest value moved, judged by its direction. */
export const kpiTrends = {
  improving: 'moved the way that is better',
  worsening: 'moved the way that is worse',
  flat: 'did not move',
  new: 'has one value only',
} as const;
export type KpiTrend = keyof typeof kpiTrends;

/** Which way a KPI's latest value moved, whatever is better: the arrow shows this, the colour and word say better or worse. */
export const kpiMovements = {
  up: 'the value rose',
  down: 'the value fell',
  flat: 'the value did not change',
  new: 'there is one value only',
} as const;
export type KpiMovement = keyof typeof kpiMovements;

/** Bands of likelihood × impact on the 5 × 5 matrix. */
export const riskLevels = {
  low: 'score 1–4',
  medium: 'score 5–9',
  high: 'score 10–16',
  critical: 'score 17–25',
} as const;
export type RiskLevel = keyof typeof riskLevels;

/** How one objective changed between two states (a phrase each under changes: in strings.yaml). */
export const objectiveChangeKinds = {
  completed: 'completed since',
  started: 'work started',
  progressed: 'moved forward',
  blocked: 'newly blocked',
  'at-risk': 'newly at risk',
  regressed: 'went backwards',
  'not-applicable': 'ruled out',
  'applicable-again': 'back in scope',
  'due-slipped': 'due date moved later',
  'due-earlier': 'due date moved earlier',
  owner: 'new owner',
  added: 'added to the program',
  removed: 'removed from the program',
} as const;
export type ObjectiveChangeKind = keyof typeof objectiveChangeKinds;

/** The ids of a closed set, as the non-empty tuple z.enum wants. */
export function idsOf<T extends Record<string, unknown>>(set: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(set) as [keyof T & string, ...(keyof T & string)[]];
}

/** One entry of `value` per id of a closed set, to spread into a zod object's shape. */
export function entriesOf<T extends Record<string, unknown>, V extends z.ZodType>(
  set: T,
  value: V,
): Record<keyof T & string, V> {
  return Object.fromEntries(Object.keys(set).map((k) => [k, value])) as Record<keyof T & string, V>;
}

/** A zod object with one entry of `value` per id of a closed set: how strings.yaml keys follow the sets. */
export function oneEach<T extends Record<string, unknown>, V extends z.ZodType>(
  set: T,
  value: V,
): z.ZodObject<Record<keyof T & string, V>, z.core.$strict> {
  return z.strictObject(entriesOf(set, value));
}
