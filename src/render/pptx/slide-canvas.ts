import { fitText, type Fit } from '../text-fit.js';
import type { ChartSpec } from '../../charts/spec.js';
import { nativeChart } from './native-chart.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { roundInch, type Box } from './geometry.js';
import type {
  ChartData,
  ChartName,
  ChartOptions,
  ShapeName,
  ShapeProps,
  Slide,
  TableRow,
  TextPropsOptions,
} from './pptxgen.js';

export interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  font?: 'heading' | 'body';
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  fill?: string;
  /** Inner margin in points (pptxgenjs' unit for text box margins). */
  margin?: number;
  charSpacing?: number;
  lineSpacingMultiple?: number;
  /** Space after each paragraph, in points. */
  paraSpaceAfter?: number;
  /** Every paragraph a bulleted list item. */
  bullet?: boolean;
}

const BULLET_INDENT_PT = 12;

export interface Run {
  text: string;
  bold?: boolean;
  color?: string;
  size?: number;
  breakLine?: boolean;
}

export interface ShapeStyle {
  fill?: string;
  line?: string;
  lineWidth?: number;
  dash?: 'solid' | 'dash' | 'sysDot';
  radius?: number;
  name?: string;
}

function cleanData(data: ChartData[]): ChartData[] {
  return data.map((d) => ({
    ...d,
    ...(d.name ? { name: clean(d.name) } : {}),
    ...(d.labels ? { labels: d.labels.map((l) => clean(String(l))) } : {}),
  }));
}

/** What a slide's canvas needs of the deck it is part of (the DeckBuilder is one). */
export interface CanvasHost {
  readonly theme: Theme;
  readonly w: Wording;
  /** PNGs of the chart specs by id, when the template draws charts as pictures. */
  readonly images: ReadonlyMap<string, Buffer> | undefined;
  /** The spec of a chart by id. */
  chart(id: string): ChartSpec;
  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void;
  /** Counts a chart or a chart picture placed on a slide. */
  countChart(): void;
}

/** How text is fitted into a box: the largest size from max down to min; `what` names it in a warning. */
export type FitStyle = Omit<TextStyle, 'size'> & { max: number; min: number; what: string; maxLines?: number };

/** How `content` would fit a box in a style, without drawing it (to decide what goes on a slide before it is made). */
export function measureFit(content: string, box: Box, style: FitStyle): Fit {
  return fitText(clean(content), box, {
    max: style.max,
    min: style.min,
    bold: style.bold ?? false,
    paragraphGapPt: style.paraSpaceAfter ?? 0,
    indentIn: style.bullet ? BULLET_INDENT_PT / 72 : 0,
    ...(style.maxLines ? { maxLines: style.maxLines } : {}),
  });
}

/** One slide, with drawing helpers that apply the theme and make every string XML-safe. */
export class SlideCanvas {
  constructor(
    readonly deck: CanvasHost,
    readonly slide: Slide,
    readonly number: number,
    readonly title: string,
  ) {}

  private textOptions(box: Box, s: TextStyle): TextPropsOptions {
    const fonts = this.deck.theme.fonts;
    return {
      x: roundInch(box.x),
      y: roundInch(box.y),
      w: roundInch(box.w),
      h: roundInch(box.h),
      fontFace: s.font === 'heading' ? fonts.heading : fonts.body,
      fontSize: s.size,
      color: s.color ?? this.deck.theme.colors.text,
      bold: s.bold ?? false,
      italic: s.italic ?? false,
      align: s.align ?? 'left',
      valign: s.valign ?? 'top',
      margin: s.margin ?? 0,
      ...(s.fill ? { fill: { color: s.fill } } : {}),
      ...(s.charSpacing ? { charSpacing: s.charSpacing } : {}),
      ...(s.lineSpacingMultiple ? { lineSpacingMultiple: s.lineSpacingMultiple } : {}),
      ...(s.paraSpaceAfter ? { paraSpaceAfter: s.paraSpaceAfter } : {}),
      ...(s.bullet ? { bullet: { indent: BULLET_INDENT_PT } } : {}),
    };
  }

  /** Text at a fixed size: a string, or runs with their own weight and colour. */
  text(content: string | Run[], box: Box, style: TextStyle): void {
    const body =
      typeof content === 'string'
        ? clean(content)
        : content.map((run) => ({
            text: clean(run.text),
            options: {
              ...(run.bold !== undefined ? { bold: run.bold } : {}),
              ...(run.color ? { color: run.color } : {}),
              ...(run.size ? { fontSize: run.size } : {}),
              ...(run.breakLine ? { breakLine: true } : {}),
            },
          }));
    this.slide.addText(body, this.textOptions(box, style));
  }

  /**
   * Text that must fit its box: the largest size from `max` down to `min`.
   * Shrinking or cutting is reported as a warning naming this slide.
   */
  fit(content: string, box: Box, style: FitStyle): Fit {
    const fit = measureFit(content, box, style);
    if (fit.truncated)
      this.deck.warn(
        this,
        'text-truncated',
        `${style.what}: too long for its box even at ${style.min} pt, so it was cut`,
      );
    // The text goes in without the estimated line breaks, so PowerPoint wraps it (and rewraps it when edited).
    this.text(fit.text, box, { ...style, size: fit.fontSize });
    return fit;
  }

  shape(kind: ShapeName, box: Box, s: ShapeStyle): void {
    this.slide.addShape(kind, this.shapeOptions(box, s));
  }

  /** A shape of straight and curved segments, in inches relative to the box. */
  custom(points: NonNullable<ShapeProps['points']>, box: Box, s: ShapeStyle): void {
    this.slide.addShape('custGeom' as ShapeName, { ...this.shapeOptions(box, s), points });
  }

  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    color: string,
    width = 1,
    dash: ShapeStyle['dash'] = 'solid',
  ): void {
    this.slide.addShape('line', {
      x: roundInch(Math.min(x1, x2)),
      y: roundInch(Math.min(y1, y2)),
      w: roundInch(Math.abs(x2 - x1)),
      h: roundInch(Math.abs(y2 - y1)),
      line: { color, width, dashType: dash },
    });
  }

  table(rows: TableRow[], box: Box, options: { colW: number[]; fontSize: number; rowH?: number | number[] }): void {
    const cleaned = rows.map((row) =>
      row.map((cell) => ({ ...cell, text: typeof cell.text === 'string' ? clean(cell.text) : cell.text })),
    );
    this.slide.addTable(cleaned, {
      x: roundInch(box.x),
      y: roundInch(box.y),
      w: roundInch(box.w),
      colW: options.colW.map(roundInch),
      fontFace: this.deck.theme.fonts.body,
      fontSize: options.fontSize,
      color: this.deck.theme.colors.text,
      valign: 'middle',
      margin: [3, 5, 3, 5],
      border: { type: 'solid', pt: 0.5, color: this.deck.theme.colors.line },
      ...(options.rowH !== undefined ? { rowH: options.rowH } : {}),
    });
  }

  /** A native, editable chart; alt text is required. */
  chart(type: ChartName, data: ChartData[], box: Box, options: ChartOptions & { altText: string }): void {
    this.deck.countChart();
    this.slide.addChart(type, cleanData(data), this.chartOptions(box, options));
  }

  /**
   * A chart from its spec: a native chart, or the spec's PNG when the template
   * asks for pictures. Either way the spec's alt text goes with it.
   */
  specChart(spec: ChartSpec, box: Box, overrides: ChartOptions = {}): void {
    const png = this.deck.images?.get(spec.id);
    if (png) {
      this.deck.countChart();
      this.slide.addImage({
        data: `data:image/png;base64,${png.toString('base64')}`,
        altText: clean(spec.altText),
        x: roundInch(box.x),
        y: roundInch(box.y),
        w: roundInch(box.w),
        h: roundInch(box.h),
        sizing: { type: 'contain', w: roundInch(box.w), h: roundInch(box.h) },
      });
      return;
    }
    const native = nativeChart(spec);
    const options = { ...native.options, ...overrides, altText: spec.altText };
    const [only] = native.layers;
    if (native.layers.length === 1 && only) this.chart(only.type, only.data, box, { ...options, ...only.options });
    else this.combo(native.layers, box, options);
  }

  /** One chart of several layers on the same axes (a measured line and a dashed target line). */
  combo(
    layers: { type: ChartName; data: ChartData[]; options: ChartOptions }[],
    box: Box,
    options: ChartOptions & { altText: string },
  ): void {
    this.deck.countChart();
    // With several layers pptxgenjs takes the chart's options as its second argument.
    this.slide.addChart(
      layers.map((l) => ({ ...l, data: cleanData(l.data) })),
      this.chartOptions(box, options) as unknown as unknown[],
    );
  }

  private chartOptions(box: Box, options: ChartOptions & { altText: string }): ChartOptions {
    const fonts = this.deck.theme.fonts;
    const colors = this.deck.theme.colors;
    return {
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
    };
  }

  private shapeOptions(box: Box, s: ShapeStyle): ShapeProps {
    return {
      x: roundInch(box.x),
      y: roundInch(box.y),
      w: roundInch(box.w),
      h: roundInch(box.h),
      fill: s.fill ? { color: s.fill } : { type: 'none' },
      line: s.line ? { color: s.line, width: s.lineWidth ?? 1, dashType: s.dash ?? 'solid' } : { type: 'none' },
      ...(s.radius !== undefined ? { rectRadius: s.radius } : {}),
      ...(s.name ? { objectName: clean(s.name) } : {}),
    };
  }
}
