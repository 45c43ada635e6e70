import type { Kpi } from '../schema/kpis.js';
import type { KpiMovement } from '../schema/vocabulary.js';
import { daysBetween } from './dates.js';
import { decimalsOf, roundTo } from './numbers.js';
import { definedOnly } from './objectives.js';
import type { KpiModel, KpiPoint, KpiRule, KpiTrend } from './types.js';

/** A KPI's latest value is told with its date when older than this many days (template.yaml kpis.stale_after_days). */
export const DEFAULT_KPI_RULE: KpiRule = { staleAfterDays: 45 };

function better(direction: 'higher' | 'lower', from: number, to: number): KpiTrend {
  if (to === from) return 'flat';
  return to > from === (direction === 'higher') ? 'improving' : 'worsening';
}

function movement(from: number, to: number): KpiMovement {
  return to > from ? 'up' : to < from ? 'down' : 'flat';
}

/** Whether a value meets a target: null when no target is set (neither on nor off target). */
function meets(direction: 'higher' | 'lower', value: number, target: number | null): boolean | null {
  if (target === null) return null;
  return direction === 'higher' ? value >= target : value <= target;
}

export function kpiModel(
  id: string,
  k: Kpi,
  period: { start: string; date: string },
  rule: KpiRule = DEFAULT_KPI_RULE,
): KpiModel {
  const points: KpiPoint[] = Object.entries(k.series).map(([date, value]) => ({ date, value }));
  const current = points[points.length - 1] ?? { date: period.date, value: 0 };
  const previous = points.length > 1 ? points[points.length - 2] : undefined;
  const atStart = [...points].reverse().find((p) => p.date <= period.start);
  const target = k.target ?? null;
  const onTarget = meets(k.direction, current.value, target);
  const age = daysBetween(current.date, period.date);
  return {
    id,
    title: k.title,
    unit: k.unit,
    direction: k.direction,
    target,
    ...definedOnly({
      targetDate: k.target_date,
      source: k.source,
      scenarioId: k.scenario,
      notes: k.notes,
      previous,
      periodStart: atStart,
    }),
    points,
    current,
    onTarget,
    ageDays: age,
    stale: age > rule.staleAfterDays,
    trend: previous ? better(k.direction, previous.value, current.value) : 'new',
    movement: previous ? movement(previous.value, current.value) : 'new',
    gap:
      target === null
        ? null
        : onTarget
          ? 0
          : roundTo(Math.abs(target - current.value), Math.max(decimalsOf(target), decimalsOf(current.value))),
  };
}
