import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { plannedVsActualFacts } from '../../present/sentences.js';
import { WIDE, type ChartSpec } from '../spec.js';

export function plannedVsActual(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  const pva = model.plannedVsActual;
  // Month names, with the year on the first month and on each January.
  const labels = pva.months.map((month, i) =>
    i === 0 || month.endsWith('-01') ? wording.fmt.month(month) : wording.fmt.monthShort(month),
  );
  return {
    id: 'planned-vs-actual',
    title: wording.t('planned.chart_title'),
    altText: wording.t('alt.planned', {
      from: pva.months[0] ?? model.reportingDate,
      to: pva.months[pva.months.length - 1] ?? model.reportingDate,
      facts: plannedVsActualFacts(model, wording).facts,
    }),
    type: 'line',
    labels,
    series: [
      { name: wording.t('planned.planned_series'), values: pva.planned, color: theme.colors.muted, markers: true },
      { name: wording.t('planned.actual_series'), values: pva.actual, color: theme.colors.accent, markers: true },
    ],
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
