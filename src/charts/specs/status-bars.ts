import type { Status } from '../../schema/status.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { WIDE, type ChartSpec } from '../spec.js';

/** Objectives of some categories (scenarios, areas, stages) counted by status. */
type Counted = readonly { byStatus: Record<Status, number> }[];

/**
 * The series of a stacked status bar chart, one per status in `statuses`
 * (named and coloured as the theme says), each holding how many objectives of
 * each category have that status.
 */
export function statusSeries(categories: Counted, statuses: readonly Status[], theme: Theme, wording: Wording) {
  return statuses.map((st) => ({
    name: wording.t(`status.${st}`),
    values: categories.map((c) => c.byStatus[st]),
    color: theme.colors.status[st],
  }));
}

/**
 * A bar per category (a scenario, an area), stacked by status, across the
 * wide chart: the scenarios' status mix and the functional areas draw the
 * same chart of their own categories.
 */
export function statusBars(
  labels: string[],
  categories: Counted,
  statuses: readonly Status[],
  theme: Theme,
  wording: Wording,
): Omit<ChartSpec, 'id' | 'title' | 'altText'> {
  return {
    type: 'bar',
    labels,
    series: statusSeries(categories, statuses, theme, wording),
    stacked: true,
    horizontal: true,
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
