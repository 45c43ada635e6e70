import type { KpiModel } from '../../model/types.js';
import type { Format } from '../../render/format.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templates/wording.js';
import { valueAxisRange } from '../axis.js';
import { PANEL, type ChartSpec } from '../spec.js';

/** "31 May" when all points are in one year, else "May 2026", in the template's locale. */
export function pointLabels(dates: readonly string[], fmt: Format): string[] {
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  return dates.map((d) => (years.size === 1 ? fmt.dayMonth(d) : fmt.month(d)));
}

/** The KPI in one sentence: value, movement, target and gap (kpis.sentence in strings.yaml). */
export function kpiSentence(k: KpiModel, w: Wording): string {
  return w.t('kpis.sentence', { kpi: { ...k, previous: k.previous ?? null, targetDate: k.targetDate ?? null }, trend: w.t(`kpi_trend.${k.trend}`) });
}

/** The KPI's measured values against its target over time (dashed target line). */
export function kpiChart(k: KpiModel, theme: Theme, w: Wording): ChartSpec {
  return {
    id: `kpi-${k.id}`,
    title: k.title,
    altText: kpiSentence(k, w),
    type: 'line',
    labels: pointLabels(k.points.map((p) => p.date), w.fmt),
    series: [
      { name: k.title, values: k.points.map((p) => p.value), color: theme.colors.accent, markers: true },
      { name: w.t('kpis.target_series'), values: k.points.map(() => k.target), color: theme.colors.status['at-risk'], dashed: true },
    ],
    legend: true,
    valueAxis: { ...valueAxisRange([...k.points.map((p) => p.value), k.target]), format: k.unit === '%' ? 'percent' : 'number' },
    size: PANEL,
  };
}
