import type { ChartSeries, ChartSpec } from '../../charts/spec.js';
import type { TimeAxis } from '../../charts/time-axis.js';
import type { ChartData, ChartName, ChartOptions } from './pptxgen.js';

export interface NativeChart {
  /** One layer per series for line charts (each with its own dash and markers), one layer otherwise. */
  layers: { type: ChartName; data: ChartData[]; options: ChartOptions }[];
  options: ChartOptions;
}

const FORMAT = { integer: '0', percent: '0"%"', number: '#,##0.#' } as const;

/**
 * The number format of the value axis: as many decimals as the ticks need to
 * differ, and large values scaled by thousands (each comma after the digits
 * divides by 1,000) with the locale's suffix: #,##0.0,,,"bn".
 */
function formatCode(
  format: keyof typeof FORMAT,
  decimals: number,
  scale?: { exponent: number; suffix: string },
): string {
  if ((decimals === 0 && !scale) || format === 'integer') return FORMAT[format];
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const scaled = scale ? `${','.repeat(scale.exponent / 3)}"${scale.suffix.replace(/"/g, '')}"` : '';
  return format === 'percent' ? `0${fraction}${scaled}"%"` : `#,##0${fraction}${scaled}`;
}

/**
 * A series as pptxgenjs data, a gap (null) kept where it is: pptxgenjs writes it
 * as an empty point (its types say number, its code takes null), and the
 * post-processing step makes that a missing point and a blank cell, so a line
 * stops or spans a gap instead of dropping to zero. Every series keeps every
 * label: the series of a chart share one category range.
 */
function points(labels: readonly string[], s: ChartSeries): ChartData {
  return { name: s.name, labels: [...labels], values: s.values as number[] };
}

/** Days since 1970-01-01 → a spreadsheet date (days since 1899-12-30, as Excel and PowerPoint count). */
export function serial(day: number): number {
  return day + 25_569;
}

/**
 * A time axis as PowerPoint's date axis (c:dateAx): dates as numbers, placed
 * by day, from the spec's first tick to its last date, a tick every step
 * days, months or years, labels in the spec's format. The post-processing step
 * puts the axis's elements in schema order and fixes its format.
 */
function dateAxis(axis: TimeAxis | undefined): ChartOptions {
  if (!axis) return {};
  return {
    catLabelFormatCode: axis.formatCode,
    catAxisBaseTimeUnit: 'days',
    catAxisMajorTimeUnit: axis.unit,
    catAxisMajorUnit: axis.step,
    catAxisMinVal: serial(axis.min),
    catAxisMaxVal: serial(axis.max),
  };
}

/**
 * A chart spec as a native PowerPoint chart (pptxgenjs options). Horizontal bars
 * are drawn bottom up by PowerPoint, so their categories are reversed to read
 * top down like the spec.
 */
export function nativeChart(spec: ChartSpec): NativeChart {
  if (spec.type === 'heatmap')
    throw new Error(`chart ${spec.id}: a heat map has no native PowerPoint form; draw it as a table`);
  const axis: ChartOptions = {
    ...(spec.valueAxis?.min !== undefined ? { valAxisMinVal: spec.valueAxis.min } : {}),
    ...(spec.valueAxis?.max !== undefined ? { valAxisMaxVal: spec.valueAxis.max } : {}),
    ...(spec.valueAxis?.step !== undefined ? { valAxisMajorUnit: spec.valueAxis.step } : {}),
    valAxisLabelFormatCode: formatCode(
      spec.valueAxis?.format ?? 'number',
      spec.valueAxis?.decimals ?? 0,
      spec.valueAxis?.scale,
    ),
  };
  const options: ChartOptions = { showLegend: spec.legend, legendPos: 'b', ...axis, ...dateAxis(spec.timeAxis) };
  if (spec.type === 'line') {
    // On a date axis the categories are the dates as numbers (spreadsheet serials), which PowerPoint places by date.
    const labels = spec.timeAxis ? spec.timeAxis.days.map((d) => String(serial(d))) : spec.labels;
    return {
      layers: spec.series.map((s) => ({
        type: 'line',
        data: [points(labels, s)],
        options: {
          chartColors: [s.color],
          lineSize: s.dashed ? 1.5 : 2,
          lineDash: s.dashed ? 'dash' : 'solid',
          lineDataSymbol: s.markers ? 'circle' : 'none',
          lineDataSymbolSize: 5,
        },
      })),
      options,
    };
  }
  if (spec.type === 'doughnut') {
    const s = spec.series[0];
    return {
      layers: [{ type: 'doughnut', data: s ? [points(spec.labels, s)] : [], options: {} }],
      options: {
        ...options,
        chartColors: s?.pointColors ?? [],
        holeSize: 55,
        showPercent: false,
        showValue: true,
        dataLabelColor: 'FFFFFF',
      },
    };
  }
  const reverse = spec.horizontal === true;
  const labels = reverse ? [...spec.labels].reverse() : spec.labels;
  return {
    layers: [
      {
        type: 'bar',
        data: spec.series.map((s) => ({
          name: s.name,
          labels,
          values: (reverse ? [...s.values].reverse() : s.values) as number[],
        })),
        options: {},
      },
    ],
    options: {
      ...options,
      barDir: spec.horizontal ? 'bar' : 'col',
      barGrouping: spec.stacked ? 'stacked' : 'clustered',
      chartColors: spec.series.map((s) => s.color),
      barGapWidthPct: 60,
    },
  };
}
