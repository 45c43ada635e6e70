import type { DecisionModel, KpiModel, ProgramModel } from '../model/types.js';
import type { Status } from '../schema/status.js';
import type { Wording } from '../templating/wording.js';
import { decimalsOf, roundTo } from '../model/numbers.js';
import { unitOf } from '../templating/format.js';

/**
 * Sentences and labels that turn the model's numbers into words, in the
 * template's language: shared by the report context, the slides and the
 * charts' alt text, so every output says the same thing.
 */

/**
 * A KPI's words: its value and target shown with the digits that keep them
 * true to each other, whether the target is met (never which side of the
 * number the value is on; "No target set" when there is none), the arrow of
 * the value's movement, whether that movement is better or worse, and when
 * the value was measured if it is older than the template allows (null when
 * it is recent).
 */
export function kpiWords(kpi: KpiModel, wording: Wording) {
  const fmt = wording.fmt;
  const target = kpi.target ?? undefined;
  return {
    valueText: fmt.measure(kpi.current.value, kpi.unit, target),
    previousText: kpi.previous ? fmt.measure(kpi.previous.value, kpi.unit, target) : null,
    targetText: kpi.target === null ? null : fmt.target(kpi.target, kpi.unit),
    gapText: kpi.gap === null ? null : fmt.target(kpi.gap, kpi.unit),
    statusLabel: wording.t(
      kpi.onTarget === null ? 'kpis.no_target' : kpi.onTarget ? 'kpis.on_target' : 'kpis.off_target',
    ),
    movementLabel: wording.t(`kpi_movement.${kpi.movement}`),
    measuredText: kpi.stale ? wording.t('kpis.measured', { date: kpi.current.date }) : null,
  };
}

/**
 * How far a KPI moved since its previous value: signed, with the digits of
 * its values, percentage points for a percentage ("+2.1 pp since 12 Oct");
 * null for a first measurement.
 */
export function kpiChange(kpi: KpiModel, wording: Wording): string | null {
  if (!kpi.previous) return null;
  const d = Math.max(decimalsOf(kpi.current.value), decimalsOf(kpi.previous.value));
  const delta = roundTo(kpi.current.value - kpi.previous.value, d);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const n = `${sign}${wording.fmt.fixed(Math.abs(delta), Math.min(6, d))}`;
  return wording.t('kpis.change', {
    delta: kpi.unit === '%' ? `${n} pp` : unitOf(n, kpi.unit),
    date: kpi.previous.date,
  });
}

/**
 * How far a KPI is from its target, relative to the target (0 when met), so
 * KPIs of different units can be ranked: the furthest first on a board's
 * slide; null when no target is set (nothing to be far from).
 */
export function kpiDistance(kpi: KpiModel): number | null {
  if (kpi.target === null || kpi.gap === null) return null;
  if (kpi.onTarget) return 0;
  const scale = Math.abs(kpi.target) || Math.abs(kpi.current.value) || 1;
  return kpi.gap / scale;
}

/**
 * KPIs the furthest from their targets first (relative distance, so units
 * compare), then those on target, and those without a target last; each group
 * in the given order.
 */
export function byDistance(kpis: readonly KpiModel[]): KpiModel[] {
  const distance = (k: KpiModel) => kpiDistance(k) ?? -1;
  return kpis
    .map((k, i) => ({ k, i }))
    .sort((a, b) => distance(b.k) - distance(a.k) || a.i - b.i)
    .map((x) => x.k);
}

/** The KPI in one sentence: value, movement, target and gap (kpis.sentence in strings.yaml). */
export function kpiSentence(kpi: KpiModel, wording: Wording): string {
  return wording.t('kpis.sentence', {
    kpi: { ...kpi, previous: kpi.previous ?? null, targetDate: kpi.targetDate ?? null, ...kpiWords(kpi, wording) },
    trend: wording.t(`kpi_trend.${kpi.trend}`),
  });
}

/** When an open decision is needed: "in 5 days", "today", "3 days late"; null once it is decided or deferred. */
export function decisionWhen(decision: DecisionModel, wording: Wording): string | null {
  if (decision.status !== 'open') return null;
  if (decision.daysLeft < 0) return wording.t('decisions.days_late', { days: -decision.daysLeft });
  return wording.t('decisions.in_days', { days: decision.daysLeft });
}

/** The headline facts of planned versus actual (planned.facts in strings.yaml), and how its counts add up (planned.arithmetic). */
export function plannedVsActualFacts(model: ProgramModel, wording: Wording): { facts: string; arithmetic: string } {
  const pva = model.plannedVsActual;
  const counts = {
    date: model.reportingDate,
    due: pva.dueByNow,
    done: pva.doneOfDue,
    onTime: pva.onTime,
    late: pva.late,
    undated: pva.doneUndated,
    slip: pva.averageSlipDays,
    overdue: pva.openOverdue,
    today: pva.dueToday,
    early: pva.completedEarly,
    doneNoDue: pva.completedWithoutDue,
    withoutDue: pva.withoutDueDate,
    later: pva.dueLater,
  };
  return { facts: wording.t('planned.facts', counts), arithmetic: wording.t('planned.arithmetic', counts) };
}

/** R1, R2... for the open risks, in the register's order (highest score first). */
export function riskLabels(model: ProgramModel): Map<string, string> {
  return new Map(model.risks.filter((r) => r.status === 'open').map((r, i) => [r.id, `R${i + 1}`]));
}

/** "1 Rare" ... "5 Almost certain" and "1 Minor" ... "5 Critical", in the template's words. */
export function scaleLabels(wording: Wording): { likelihood: string[]; impact: string[] } {
  return {
    likelihood: wording.list('likelihood').map((x, i) => `${i + 1} ${x}`),
    impact: wording.list('impact').map((x, i) => `${i + 1} ${x}`),
  };
}

/** The order statuses are told in: what is done first, what is out of scope last. */
export const STATUS_ORDER: Status[] = [
  'complete',
  'in-progress',
  'at-risk',
  'blocked',
  'not-started',
  'not-applicable',
];

/** "3 Complete, 2 In progress": the non-zero statuses of a set, in the template's words. */
export function statusCounts(byStatus: Record<Status, number>, wording: Wording): string {
  return wording.join(
    STATUS_ORDER.filter((s) => byStatus[s] > 0).map((s) =>
      wording.t('alt.count', { count: byStatus[s], label: wording.t(`status.${s}`) }),
    ),
  );
}
