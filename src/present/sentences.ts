import type { DecisionModel, KpiModel, ProgramModel } from '../model/types.js';
import type { Status } from '../schema/status.js';
import type { Wording } from '../templating/wording.js';

/**
 * Sentences and labels that turn the model's numbers into words, in the
 * template's language: shared by the report context, the slides and the
 * charts' alt text, so every output says the same thing.
 */

/**
 * A KPI's words: its value and target shown with the digits that keep them
 * true to each other, whether the target is met (never which side of the
 * number the value is on), the arrow of the value's movement, and whether
 * that movement is better or worse.
 */
export function kpiWords(kpi: KpiModel, wording: Wording) {
  const fmt = wording.fmt;
  return {
    valueText: fmt.measure(kpi.current.value, kpi.unit, kpi.target),
    previousText: kpi.previous ? fmt.measure(kpi.previous.value, kpi.unit, kpi.target) : null,
    targetText: fmt.target(kpi.target, kpi.unit),
    gapText: fmt.target(kpi.gap, kpi.unit),
    statusLabel: wording.t(kpi.onTarget ? 'kpis.on_target' : 'kpis.off_target'),
    movementLabel: wording.t(`kpi_movement.${kpi.movement}`),
  };
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

/** The headline facts of planned versus actual (planned.facts in strings.yaml). */
export function plannedVsActualFacts(model: ProgramModel, wording: Wording): string {
  const pva = model.plannedVsActual;
  const reportingIndex = pva.actual.filter((v) => v !== null).length - 1;
  return wording.t('planned.facts', {
    done: pva.actual[reportingIndex] ?? 0,
    undated: pva.completedWithoutDue,
    due: pva.planned[reportingIndex] ?? 0,
    month: model.reportingDate.slice(0, 7),
    onTime: pva.onTime,
    late: pva.late,
    slip: pva.averageSlipDays,
    overdue: pva.openOverdue,
    withoutDue: pva.withoutDueDate,
    later: pva.dueLater,
  });
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
