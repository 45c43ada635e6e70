import { textWidthIn } from '../../text-fit.js';
import type { ChartSpec } from '../../../charts/spec.js';
import { stripForXml as clean } from '../../../schema/characters.js';
import type { Theme } from '../../../schema/template.js';
import { roundInch, type Box } from '../geometry.js';
import type { ChartData, ChartOptions } from '../pptxgen.js';
import type { DeckFonts } from './text-style.js';

/** A chart on a slide: its data made XML-safe, its options in the theme, its category labels thinned. */

/** The options of a native chart that size its text. */
const CHART_SIZES = [
  'catAxisLabelFontSize',
  'valAxisLabelFontSize',
  'legendFontSize',
  'dataLabelFontSize',
  'titleFontSize',
  'catAxisTitleFontSize',
  'valAxisTitleFontSize',
] as const;

export function cleanData(data: ChartData[]): ChartData[] {
  return data.map((d) => ({
    ...d,
    ...(d.name ? { name: clean(d.name) } : {}),
    ...(d.labels ? { labels: d.labels.map((l) => clean(String(l))) } : {}),
  }));
}

/**
 * Category labels thinned out to what has room: every n-th label, n from the
 * widest label measured in the body font against the room each category gets
 * (36 months, 31 days), so none overlap and none need turning. Time
 * series only: the categories of a bar chart are names, each shown (wrapped).
 */
export function labelEvery(fonts: DeckFonts, spec: ChartSpec, box: Box, overrides: ChartOptions): number {
  const count = spec.labels.length;
  // A time axis has its ticks chosen with its labels (and its categories are numbers, never blanked).
  if (count < 2 || spec.type !== 'line' || spec.timeAxis) return 1;
  const size = overrides.catAxisLabelFontSize ?? 10;
  const face = { metrics: fonts.body };
  // The plot is the box less the value axis's labels and the chart's own padding.
  const along = Math.max(0.1, box.w - 0.8);
  const need = Math.max(...spec.labels.map((l) => textWidthIn(l, size, face))) + 0.12;
  return Math.max(1, Math.ceil(need / (along / count)));
}

/** A chart's options in the theme's fonts and colours, each text size no smaller than `sz` makes it. */
export function chartOptions(
  theme: Theme,
  sz: (n: number) => number,
  box: Box,
  options: ChartOptions & { altText: string },
): ChartOptions {
  const fonts = theme.fonts;
  const colors = theme.colors;
  const sizes = (o: ChartOptions): ChartOptions => {
    const out: Record<string, unknown> = { ...o };
    for (const key of CHART_SIZES) if (typeof out[key] === 'number') out[key] = sz(out[key]);
    return out as ChartOptions;
  };
  return sizes({
    x: roundInch(box.x),
    y: roundInch(box.y),
    w: roundInch(box.w),
    h: roundInch(box.h),
    catAxisLabelFontFace: fonts.body,
    valAxisLabelFontFace: fonts.body,
    legendFontFace: fonts.body,
    dataLabelFontFace: fonts.body,
    titleFontFace: fonts.heading,
    catAxisLabelColor: colors.muted,
    valAxisLabelColor: colors.muted,
    legendColor: colors.text,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    legendFontSize: 10,
    valGridLine: { color: colors.line, size: 0.5 },
    catAxisLineShow: false,
    ...options,
    altText: clean(options.altText),
  });
}
