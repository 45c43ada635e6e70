import type { KpiModel } from '../../model/types.js';
import type { Format } from '../../templating/format.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { kpiSentence } from '../../present/sentences.js';
import { compactScale, valueAxisRange } from '../axis.js';
import { PANEL, type ChartSpec } from '../spec.js';

/** "31 May" when all points are in one year, else "May 2026", in the template's locale. */
export function pointLabels(dates: readonly string[], fmt: Format): string[] {
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  return dates.map((d) => (years.size === 1 ? fmt.dayMonth(d) : fmt.month(d)));
}

/** The KPI's measured values against its target over time (dashed target line). */
export function kpiChart(kpi: KpiModel, theme: Theme, wording: Wording): ChartSpec {
  const range = valueAxisRange([...kpi.points.map((p) => p.value), kpi.target]);
  const dates = kpi.points.map((p) => p.date);
  // One value is one dot: a second category (the target date, or nothing) lets the target draw as a line.
  const single = kpi.points.length === 1;
  const labels = pointLabels(
    single && kpi.targetDate && kpi.targetDate > (dates[0] ?? '') ? [...dates, kpi.targetDate] : dates,
    wording.fmt,
  );
  if (single && labels.length === 1) labels.push('');
  return {
    id: `kpi-${kpi.id}`,
    title: kpi.title,
    altText: kpiSentence(kpi, wording),
    type: 'line',
    labels,
    series: [
      {
        name: kpi.title,
        values: [...kpi.points.map((p) => p.value), ...(single ? [null] : [])],
        color: theme.colors.accent,
        markers: true,
      },
      {
        name: wording.t('kpis.target_series'),
        values: labels.map(() => kpi.target),
        color: theme.colors.status['at-risk'],
        dashed: true,
      },
    ],
    legend: true,
    valueAxis: {
      ...range,
      ...compactScale(range, (n) => wording.fmt.compact(n)),
      format: kpi.unit === '%' ? 'percent' : 'number',
    },
    locale: wording.fmt.locale,
    size: PANEL,
  };
}
