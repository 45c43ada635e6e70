import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templates/wording.js';
import { WIDE, type ChartSpec } from '../spec.js';

/** The headline facts of planned versus actual (planned.facts in strings.yaml). */
export function plannedVsActualFacts(m: ProgramModel, w: Wording): string {
  const pva = m.plannedVsActual;
  const reportingIndex = pva.actual.filter((v) => v !== null).length - 1;
  return w.t('planned.facts', {
    done: pva.actual[reportingIndex] ?? 0, due: pva.planned[reportingIndex] ?? 0, month: m.reportingDate.slice(0, 7),
    onTime: pva.onTime, late: pva.late, slip: pva.averageSlipDays, overdue: pva.openOverdue, withoutDue: pva.withoutDueDate, later: pva.dueLater,
  });
}

export function plannedVsActual(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  const pva = m.plannedVsActual;
  // Month names, with the year on the first month and on each January.
  const labels = pva.months.map((month, i) => (i === 0 || month.endsWith('-01') ? w.fmt.month(month) : w.fmt.monthShort(month)));
  return {
    id: 'planned-vs-actual',
    title: w.t('planned.chart_title'),
    altText: w.t('alt.planned', { from: pva.months[0] ?? m.reportingDate, to: pva.months[pva.months.length - 1] ?? m.reportingDate, facts: plannedVsActualFacts(m, w) }),
    type: 'line',
    labels,
    series: [
      { name: w.t('planned.planned_series'), values: pva.planned, color: theme.colors.muted, markers: true },
      { name: w.t('planned.actual_series'), values: pva.actual, color: theme.colors.accent, markers: true },
    ],
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
