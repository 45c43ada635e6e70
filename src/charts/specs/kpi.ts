import type { KpiModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import { monthLabel, number, shortDate, withUnit } from '../../render/format.js';
import { PANEL, type ChartSpec } from '../spec.js';

/** "31 May" when all points are in one year, else "May 2026". */
export function pointLabels(dates: readonly string[]): string[] {
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  return dates.map((d) => (years.size === 1 ? shortDate(d).replace(/ \d{4}$/, '') : monthLabel(d.slice(0, 7))));
}

/** The KPI in one sentence: value, movement, target and gap. */
export function kpiSentence(k: KpiModel): string {
  const from = k.points[0];
  const change = k.previous ? `, ${k.trend === 'flat' ? 'unchanged' : k.trend} since ${shortDate(k.previous.date)} (${withUnit(k.previous.value, k.unit)})` : '';
  const target = `target ${withUnit(k.target, k.unit)}${k.targetDate ? ` by ${shortDate(k.targetDate)}` : ''}`;
  return `${k.title}: ${withUnit(k.current.value, k.unit)} on ${shortDate(k.current.date)}${change}; ${target}; ${k.onTarget ? 'on target' : `${number(k.gap)} ${k.unit === '%' ? 'points' : k.unit} from target`}${from && from !== k.current ? `. Started at ${withUnit(from.value, k.unit)} on ${shortDate(from.date)}` : ''}.`;
}

/** The KPI's measured values against its target over time (dashed target line). */
export function kpiChart(k: KpiModel, theme: Theme): ChartSpec {
  return {
    id: `kpi-${k.id}`,
    title: k.title,
    altText: kpiSentence(k),
    type: 'line',
    labels: pointLabels(k.points.map((p) => p.date)),
    series: [
      { name: k.title, values: k.points.map((p) => p.value), color: theme.colors.accent, markers: true },
      { name: 'Target', values: k.points.map(() => k.target), color: theme.colors.status['at-risk'], dashed: true },
    ],
    legend: true,
    valueAxis: { format: k.unit === '%' ? 'percent' : 'number' },
    size: PANEL,
  };
}
