import type { ProgramModel } from '../../model/types.js';
import { monthLabel, plural } from '../../render/format.js';
import type { Theme } from '../../schema/template.js';
import { WIDE, type ChartSpec } from '../spec.js';

/** The headline facts of planned versus actual, as sentences. */
export function plannedVsActualFacts(m: ProgramModel): string[] {
  const pva = m.plannedVsActual;
  const reportingIndex = pva.actual.filter((v) => v !== null).length - 1;
  const done = pva.actual[reportingIndex] ?? 0;
  return [
    `${done} objectives completed by ${monthLabel(m.reportingDate.slice(0, 7))}, against ${pva.planned[reportingIndex] ?? 0} due by then.`,
    `${plural(pva.onTime, 'objective')} completed on time, ${pva.late} late${pva.late ? ` (on average ${plural(pva.averageSlipDays, 'day')} after the due date)` : ''}.`,
    `${plural(pva.openOverdue, 'objective')} overdue and still open; ${plural(pva.withoutDueDate, 'open objective')} without a due date${pva.dueLater ? `; ${pva.dueLater} due after the chart's horizon` : ''}.`,
  ];
}

export function plannedVsActual(m: ProgramModel, theme: Theme): ChartSpec {
  const pva = m.plannedVsActual;
  // Month names, with the year on the first month and on each January.
  const labels = pva.months.map((month, i) => (i === 0 || month.endsWith('-01') ? monthLabel(month) : monthLabel(month).slice(0, 3)));
  return {
    id: 'planned-vs-actual',
    title: 'Objectives planned (due) and completed, cumulative',
    altText: `Cumulative objectives planned and completed by month, ${monthLabel(pva.months[0] ?? '')} to ${monthLabel(pva.months[pva.months.length - 1] ?? '')}. ${plannedVsActualFacts(m).join(' ')}`,
    type: 'line',
    labels,
    series: [
      { name: 'Planned (due)', values: pva.planned, color: theme.colors.muted, markers: true },
      { name: 'Actual (completed)', values: pva.actual, color: theme.colors.accent, markers: true },
    ],
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
