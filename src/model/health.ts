import type { HealthModel, ObjectiveModel } from './types.js';

/** Objectives overdue by more than this many days make a scenario red. */
export const LATE_DAYS_RED = 30;

/** The rule, as the speaker notes state it. */
export const HEALTH_RULE = `Red when an objective is blocked or more than ${LATE_DAYS_RED} days overdue; amber when an objective is at risk or overdue; green otherwise.`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A scenario's health, with the reasons that decided it (most serious first). */
export function healthOf(objectives: readonly ObjectiveModel[]): HealthModel {
  const blocked = objectives.filter((o) => o.status === 'blocked').length;
  const veryLate = objectives.filter((o) => o.overdue && o.daysOverdue > LATE_DAYS_RED).length;
  const overdue = objectives.filter((o) => o.overdue).length;
  const atRisk = objectives.filter((o) => o.status === 'at-risk').length;
  const reasons: string[] = [];
  if (blocked) reasons.push(`${plural(blocked, 'objective')} blocked`);
  if (overdue) reasons.push(`${plural(overdue, 'objective')} overdue${veryLate ? ` (${veryLate} by more than ${LATE_DAYS_RED} days)` : ''}`);
  if (atRisk) reasons.push(`${plural(atRisk, 'objective')} at risk`);
  const level = blocked || veryLate ? 'red' : overdue || atRisk ? 'amber' : 'green';
  return { level, reasons };
}
