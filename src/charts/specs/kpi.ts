import type { KpiModel } from '../../model/types.js';
import type { Format } from '../../templating/format.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { kpiSentence } from '../../present/sentences.js';
import { valueAxisRange } from '../axis.js';
import { PANEL, type ChartSpec } from '../spec.js';

/** "31 May" when all points are in one year, else "May 2026", in the template's locale. */
export function pointLabels(dates: readonly string[], fmt: Format): string[] {
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  return dates.map((d) => (years.size === 1 ? fmt.dayMonth(d) : fmt.month(d)));
}

/** The KPI's measured values against its target over time (dashed target line). */
export function kpiChart(kpi: KpiModel, theme: Theme, wording: Wording): ChartSpec {
  return {
    id: `kpi-${kpi.id}`,
    title: kpi.title,
    altText: kpiSentence(kpi, wording),
    type: 'line',
    labels: pointLabels(
      kpi.points.map((p) => p.date),
      wording.fmt,
    ),
    series: [
      { name: kpi.title, values: kpi.points.map((p) => p.value), color: theme.colors.accent, markers: true },
      {
        name: wording.t('kpis.target_series'),
        values: kpi.points.map(() => kpi.target),
        color: theme.colors.status['at-risk'],
        dashed: true,
      },
    ],
    legend: true,
    valueAxis: {
      ...valueAxisRange([...kpi.points.map((p) => p.value), kpi.target]),
      format: kpi.unit === '%' ? 'percent' : 'number',
    },
    size: PANEL,
  };
}
