import type { HealthLevel, HealthModel, HealthRule, ObjectiveModel, Progress, ScenarioModel } from './types.js';

export type { HealthRule };

export const DEFAULT_HEALTH_RULE: HealthRule = { redOverdueDays: 30, amberOverdueDays: 0 };

/**
 * A scenario's health and the counts that decided it:
 * - not applicable when no objective applies (nothing to judge);
 * - red when an objective is blocked, or overdue by more than redOverdueDays;
 * - amber when one is at risk, or overdue by more than amberOverdueDays;
 * - not started when no applicable objective has started and none is overdue
 *   (green would tell a board that work is on track when none has begun);
 * - green otherwise.
 * The words come from the template; the rule is stated in the notes.
 */
export function healthOf(
  objectives: readonly ObjectiveModel[],
  progress: Progress,
  rule: HealthRule = DEFAULT_HEALTH_RULE,
): HealthModel {
  const blocked = objectives.filter((o) => o.status === 'blocked').length;
  const veryLate = objectives.filter((o) => o.overdue && o.daysOverdue > rule.redOverdueDays).length;
  const overdue = objectives.filter((o) => o.overdue && o.daysOverdue > rule.amberOverdueDays).length;
  const atRisk = objectives.filter((o) => o.status === 'at-risk').length;
  const started = progress.applicable - progress.byStatus['not-started'];
  const level =
    progress.applicable === 0
      ? 'not-applicable'
      : blocked || veryLate
        ? 'red'
        : overdue || atRisk
          ? 'amber'
          : started === 0
            ? 'not-started'
            : 'green';
  return { level, blocked, overdue, veryLate, atRisk };
}

/**
 * The program's health: its worst scenario's (red, then amber); not started
 * when no scenario has started; not applicable when none applies; else green.
 */
export function overallHealth(scenarios: readonly Pick<ScenarioModel, 'health'>[]): HealthLevel {
  const levels = scenarios.map((s) => s.health.level).filter((l) => l !== 'not-applicable');
  if (levels.length === 0) return 'not-applicable';
  if (levels.includes('red')) return 'red';
  if (levels.includes('amber')) return 'amber';
  return levels.every((l) => l === 'not-started') ? 'not-started' : 'green';
}
