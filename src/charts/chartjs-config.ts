import type { Chart, ChartConfiguration, Plugin, Scale } from 'chart.js';
import type { Theme } from '../schema/template.js';
import type { ChartSpec } from './spec.js';
import type { TimeAxis } from './time-axis.js';

/** The family name the bundled font is registered under (Carlito: Calibri's metrics, OFL). */
export const CHART_FONT = 'Carlito';

const hex = (c: string) => `#${c}`;

function formatTick(axis: ChartSpec['valueAxis'], locale = 'en-GB') {
  const decimals = axis?.decimals ?? 0;
  const digits =
    decimals > 0 ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals } : { maximumFractionDigits: 1 };
  return (value: string | number) => {
    const n = Number(value);
    if (axis?.format === 'integer') return Number.isInteger(n) ? String(n) : '';
    const scaled = axis?.scale ? n / 10 ** axis.scale.exponent : n;
    const shown = `${scaled.toLocaleString(locale, digits)}${axis?.scale?.suffix ?? ''}`;
    return axis?.format === 'percent' ? `${shown}%` : shown;
  };
}

/** Splits a long category label into lines of about `width` characters, so no label has to be skipped. */
export function wrapLabel(label: string, width = 16): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Paints the background, so a PNG is never transparent (some viewers show transparency as black). */
function background(color: string): Plugin {
  return {
    id: 'ztdeckBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** Writes each heat map cell's risk labels in its centre (the matrix element draws only the fill). */
function cellLabels(spec: ChartSpec, theme: Theme): Plugin {
  return {
    id: 'ztdeckCellLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.fillStyle = hex(theme.colors.text);
      ctx.font = `bold 20px ${CHART_FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((element, i) => {
        const cell = spec.heatmap?.cells[i];
        if (!cell?.label) return;
        const { x, y, width, height } = element.getProps(['x', 'y', 'width', 'height'], true) as unknown as {
          x: number;
          y: number;
          width: number;
          height: number;
        };
        ctx.fillText(cell.label, x + width / 2, y + height / 2, width - 8);
      });
      ctx.restore();
    },
  };
}

/**
 * A time axis as a linear scale over day numbers: the range, the ticks and
 * their labels are the spec's (the same as PowerPoint's date axis), not
 * Chart.js's choice, and no date adapter is needed.
 */
function timeScale(axis: TimeAxis, color: string, font: { family: string; size: number; weight: 'normal' | 'bold' }) {
  const labels = new Map(axis.ticks.map((t) => [t.day, t.label]));
  return {
    type: 'linear' as const,
    min: axis.min,
    max: axis.max,
    grid: { display: false },
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = axis.ticks.map((t) => ({ value: t.day }));
    },
    ticks: {
      color,
      font,
      autoSkip: false,
      maxRotation: 0,
      callback: (value: string | number) => labels.get(Number(value)) ?? '',
    },
  };
}

/** What every chart type's configuration shares: the theme's colours, fonts, title, legend and background. */
interface Common {
  c: Theme['colors'];
  font: (size: number, weight?: 'normal' | 'bold') => { family: string; size: number; weight: 'normal' | 'bold' };
  title: object;
  legend: { display: boolean; position: 'bottom'; labels: object };
  plugins: Plugin[];
}

/** A Chart.js configuration for a spec: pure, so it can be tested without drawing. */
export function chartJsConfig(spec: ChartSpec, theme: Theme): ChartConfiguration {
  const c = theme.colors;
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: CHART_FONT, size, weight });
  const title = {
    display: true,
    text: spec.title,
    color: hex(c.text),
    font: font(24, 'bold'),
    padding: { top: 4, bottom: 16 },
  };
  const legend = {
    display: spec.legend,
    position: 'bottom' as const,
    labels: { color: hex(c.text), font: font(17), boxWidth: 18, padding: 16 },
  };
  const common: Common = { c, font, title, legend, plugins: [background(hex(c.background))] };
  if (spec.type === 'heatmap' && spec.heatmap) return heatmapConfig(spec, spec.heatmap, theme, common);
  if (spec.type === 'doughnut') return doughnutConfig(spec, common);
  return axesConfig(spec, common);
}

/** A heatmap: a matrix of coloured cells, labelled. */
function heatmapConfig(
  spec: ChartSpec,
  h: NonNullable<ChartSpec['heatmap']>,
  theme: Theme,
  { c, font, title, plugins }: Common,
): ChartConfiguration {
  const cols = h.cols.length;
  const rows = h.rows.length;
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: spec.title,
          data: h.cells.map((cell) => ({
            x: h.cols[cell.col] ?? '',
            y: h.rows[cell.row] ?? '',
            v: cell.label ? cell.label.split(' ').length : 0,
          })),
          backgroundColor: h.cells.map((cell) => hex(cell.color)),
          borderColor: hex(c.background),
          borderWidth: 2,
          width: ({ chart }: { chart: Chart }) => (chart.chartArea?.width ?? 0) / cols - 2,
          height: ({ chart }: { chart: Chart }) => (chart.chartArea?.height ?? 0) / rows - 2,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      plugins: { title, legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: {
          type: 'category',
          labels: h.cols,
          offset: true,
          grid: { display: false },
          ticks: { color: hex(c.muted), font: font(16) },
          title: {
            display: true,
            text: spec.axisTitles?.category ?? '',
            color: hex(c.muted),
            font: font(17, 'bold'),
          },
        },
        // A vertical category axis runs bottom up: give it the rows bottom first.
        y: {
          type: 'category',
          labels: [...h.rows].reverse(),
          offset: true,
          grid: { display: false },
          ticks: { color: hex(c.muted), font: font(16) },
          title: { display: true, text: spec.axisTitles?.value ?? '', color: hex(c.muted), font: font(17, 'bold') },
        },
      },
    },
    plugins: [...plugins, cellLabels(spec, theme)],
  } as unknown as ChartConfiguration;
}

/** A doughnut, its legend on the right. */
function doughnutConfig(spec: ChartSpec, { c, title, legend, plugins }: Common): ChartConfiguration {
  const series = spec.series[0];
  const doughnut: ChartConfiguration<'doughnut'> = {
    type: 'doughnut',
    data: {
      labels: spec.labels,
      datasets: [
        {
          data: (series?.values ?? []).map((v) => v ?? 0),
          backgroundColor: (series?.pointColors ?? []).map(hex),
          borderColor: hex(c.background),
          borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      cutout: '55%',
      plugins: { title, legend: { ...legend, position: 'right' }, tooltip: { enabled: false } },
    },
    plugins: plugins as Plugin<'doughnut'>[],
  };
  return doughnut as unknown as ChartConfiguration;
}

/** A bar or line chart: a value axis and a category (or time) axis. */
function axesConfig(spec: ChartSpec, { c, font, title, legend, plugins }: Common): ChartConfiguration {
  const valueScale = {
    stacked: spec.stacked ?? false,
    beginAtZero: true,
    ...(spec.valueAxis?.min !== undefined ? { min: spec.valueAxis.min } : {}),
    ...(spec.valueAxis?.max !== undefined ? { max: spec.valueAxis.max } : {}),
    grid: { color: hex(c.line) },
    border: { display: false },
    ticks: {
      color: hex(c.muted),
      font: font(16),
      callback: formatTick(spec.valueAxis, spec.locale),
      maxTicksLimit: 11,
      ...(spec.valueAxis?.step ? { stepSize: spec.valueAxis.step } : {}),
    },
  };
  const horizontal = spec.horizontal ?? false;
  // Bar categories are few and all must show (wrapped); line charts have dates, and may skip some.
  const categoryScale = spec.timeAxis
    ? timeScale(spec.timeAxis, hex(c.muted), font(16))
    : {
        stacked: spec.stacked ?? false,
        grid: { display: false },
        ticks: { color: hex(c.muted), font: font(16), autoSkip: spec.type === 'line', maxRotation: 0 },
      };
  const time = spec.timeAxis;
  return {
    type: spec.type,
    data: {
      ...(time
        ? {}
        : { labels: spec.type === 'bar' && !horizontal ? spec.labels.map((l) => wrapLabel(l)) : spec.labels }),
      datasets: spec.series.map((s) => ({
        label: s.name,
        data: time ? s.values.map((y, i) => ({ x: time.days[i] ?? 0, y })) : s.values,
        // A value on the axis's last day (the reporting date) keeps its whole marker.
        ...(time ? { clip: false } : {}),
        backgroundColor: hex(s.color),
        borderColor: hex(s.color),
        borderWidth: spec.type === 'line' ? 3 : 0,
        ...(spec.type === 'line'
          ? {
              borderDash: s.dashed ? [10, 6] : [],
              pointRadius: s.markers ? 4 : 0,
              pointBackgroundColor: hex(s.color),
              spanGaps: false,
              tension: 0,
            }
          : {}),
      })),
    },
    options: {
      animation: false,
      responsive: false,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { title, legend, tooltip: { enabled: false } },
      scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    },
    plugins,
  } as ChartConfiguration;
}
