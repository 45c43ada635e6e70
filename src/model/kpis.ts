import type { Kpi } from '../schema/kpis.js';
import type { KpiMovement } from '../schema/vocabulary.js';
import { decimalsOf, roundTo } from './numbers.js';
import { definedOnly } from './objectives.js';
import type { KpiModel, KpiPoint, KpiTrend } from './types.js';

function better(direction: 'higher' | 'lower', from: number, to: number): KpiTrend {
  if (to === from) return 'flat';
  return to > from === (direction === 'higher') ? 'improving' : 'worsening';
}

function movement(from: number, to: number): KpiMovement {
  return to > from ? 'up' : to < from ? 'down' : 'flat';
}

export function kpiModel(id: string, k: Kpi, periodStart: string): KpiModel {
  const points: KpiPoint[] = Object.entries(k.series).map(([date, value]) => ({ date, value }));
  const current = points[points.length - 1] ?? { date: '', value: 0 };
  const previous = points.length > 1 ? points[points.length - 2] : undefined;
  const atStart = [...points].reverse().find((p) => p.date <= periodStart);
  const onTarget = k.direction === 'higher' ? current.value >= k.target : current.value <= k.target;
  return {
    id,
    title: k.title,
    unit: k.unit,
    direction: k.direction,
    target: k.target,
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
    trend: previous ? better(k.direction, previous.value, current.value) : 'new',
    movement: previous ? movement(previous.value, current.value) : 'new',
    gap: onTarget
      ? 0
      : roundTo(Math.abs(k.target - current.value), Math.max(decimalsOf(k.target), decimalsOf(current.value))),
  };
}
