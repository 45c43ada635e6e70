import type { HealthModel, ObjectiveModel } from './types.js';

/** Objectives overdue by more than this many days make a scenario red. */
export const LATE_DAYS_RED = 30;

/**
 * A scenario's health and the counts that decided it: red when an objective is
 * blocked or more than LATE_DAYS_RED days overdue, amber when one is at risk or
 * overdue, green otherwise. The words come from the template.
 */
export function healthOf(objectives: readonly ObjectiveModel[]): HealthModel {
  const blocked = objectives.filter((o) => o.status === 'blocked').length;
  const veryLate = objectives.filter((o) => o.overdue && o.daysOverdue > LATE_DAYS_RED).length;
  const overdue = objectives.filter((o) => o.overdue).length;
  const atRisk = objectives.filter((o) => o.status === 'at-risk').length;
  const level = blocked || veryLate ? 'red' : overdue || atRisk ? 'amber' : 'green';
  return { level, blocked, overdue, veryLate, atRisk };
}
