import type { TimeAxis } from './time-axis.js';

/**
 * A chart as data: what to draw, not how. The same spec becomes a native
 * PowerPoint chart in the deck and a PNG (Chart.js) for the reports, so the
 * two always show the same numbers. Specs are pure functions of the model.
 */
export interface ChartSeries {
  name: string;
  /** One value per label; null leaves a gap (a line that stops). */
  values: (number | null)[];
  color: string;
  dashed?: boolean;
  /** Point markers on a line. */
  markers?: boolean;
  /** One colour per value (doughnut slices); `color` otherwise. */
  pointColors?: string[];
}

export interface HeatmapCell {
  row: number;
  col: number;
  label: string;
  color: string;
}

export interface ChartSpec {
  /** Stable id, also the PNG's file name (without .png). */
  id: string;
  title: string;
  /** What the chart says, for people who cannot see it. */
  altText: string;
  type: 'bar' | 'line' | 'doughnut' | 'heatmap';
  labels: string[];
  /** A line chart over dates placed by date (a date axis, not one category per label); each label is then a date as written. */
  timeAxis?: TimeAxis;
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  legend: boolean;
  /**
   * `decimals`: how many decimals tick labels need to stay distinct (0 when
   * not given); `scale`: large values shown in millions, billions... (1.65bn),
   * each tick divided by 10^exponent and followed by the locale's suffix.
   */
  valueAxis?: {
    min?: number;
    max?: number;
    step?: number;
    decimals?: number;
    scale?: { exponent: number; suffix: string };
    format: 'integer' | 'percent' | 'number';
  };
  /** The locale tick labels are written in (the template's); en-GB when not given. */
  locale?: string;
  /** Axis titles, when the axes need naming. */
  axisTitles?: { category?: string; value?: string };
  /** For heatmaps: row and column labels (rows top to bottom) and cells. */
  heatmap?: { rows: string[]; cols: string[]; cells: HeatmapCell[] };
  /** Size of the PNG in CSS pixels (it is drawn at twice this). */
  size: { width: number; height: number };
}

export const WIDE = { width: 960, height: 540 } as const;
export const PANEL = { width: 800, height: 420 } as const;
