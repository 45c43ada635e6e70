import type { KpiModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { kpiSentence } from '../../present/sentences.js';
import { compactScale, valueAxisRange } from '../axis.js';
import { PANEL, type ChartSpec } from '../spec.js';
import { dateOfDay, dayNumber, timeAxis } from '../time-axis.js';

/**
 * The dates a KPI's chart spans: its points, then the reporting date, so a
 * value measured long ago stands far from the end of the axis. A single value
 * on the reporting date gets its target date when later (else the day before),
 * so the target still draws as a line.
 */
export function kpiDates(kpi: KpiModel, reportingDate: string): string[] {
  const dates = [...new Set([...kpi.points.map((p) => p.date), reportingDate])].sort();
  if (dates.length > 1) return dates;
  const only = dates[0] ?? reportingDate;
  return kpi.targetDate && kpi.targetDate > only ? [only, kpi.targetDate] : [dateOfDay(dayNumber(only) - 1), only];
}

/** The KPI's measured values against its target (a dashed line, when one is set) on a time axis. */
export function kpiChart(kpi: KpiModel, theme: Theme, wording: Wording, reportingDate: string): ChartSpec {
  const range = valueAxisRange([...kpi.points.map((p) => p.value), kpi.target]);
  const dates = kpiDates(kpi, reportingDate);
  const byDate = new Map(kpi.points.map((p) => [p.date, p.value]));
  const target = kpi.target;
  return {
    id: `kpi-${kpi.id}`,
    title: kpi.title,
    altText: kpiSentence(kpi, wording),
    type: 'line',
    labels: dates.map((d) => wording.fmt.shortDate(d)),
    timeAxis: timeAxis(dates, reportingDate, wording.fmt),
    series: [
      {
        name: kpi.title,
        values: dates.map((d) => byDate.get(d) ?? null),
        color: theme.colors.accent,
        markers: true,
      },
      ...(target === null
        ? []
        : [
            {
              name: wording.t('kpis.target_series'),
              values: dates.map(() => target),
              color: theme.colors.status['at-risk'],
              dashed: true,
            },
          ]),
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
