import { fitText, linesHeightIn, textWidthIn, wrapText, type Face, type Fit } from '../text-fit.js';
import { isRtl } from '../bidi.js';
import type { FontMetrics } from '../fonts/index.js';
import type { ChartSpec } from '../../charts/spec.js';
import { nativeChart } from './native-chart.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { IDENTITY, roundInch, type Box, type Frame } from './geometry.js';
import type {
  ChartData,
  ChartName,
  ChartOptions,
  ShapeName,
  ShapeProps,
  Slide,
  TableCellProps,
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
  /** The shape's name (what a reader of the slide's structure sees). */
  name?: string;
}

const BULLET_INDENT_PT = 12;
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
/** A table cell's left and right margins (5 pt each, see table()). */
export const CELL_PAD_W = 10 / 72;

/** The width text wraps at in a box: less the insets and a bullet's indent. */
function innerWidth(box: Box, style: Pick<TextStyle, 'margin' | 'bullet'>): number {
  return box.w - (2 * (style.margin ?? 0)) / 72 - (style.bullet ? BULLET_INDENT_PT / 72 : 0);
}

/** Runs grouped in paragraphs: a run with breakLine ends one. */
function paragraphsOf(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    out[out.length - 1]?.push(run);
    if (run.breakLine) out.push([]);
  }
  return out.filter((p, i) => p.length > 0 || i === 0);
}

export interface Run {
  text: string;
  bold?: boolean;
  color?: string;
  size?: number;
  breakLine?: boolean;
}

/** A point of a custom shape's path, in inches from the box's corner. */
export type PathPoint =
  { x: number; y: number; curve?: { type: 'quadratic'; x1: number; y1: number } } | { close: true };

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

/** The metrics of the theme's two fonts, and the frame content slides are drawn through (see geometry.ts). */
export interface DeckFonts {
  readonly heading: FontMetrics;
  readonly body: FontMetrics;
  /** Content slides' frame: text measured before a slide exists is measured where it will land. */
  readonly frame: Frame;
  /** The smallest text size the deck allows (a board deck's budget), or 0: what is measured is measured at it. */
  readonly minText: number;
}

/** What text in a style is measured in. */
export function faceOf(fonts: DeckFonts, style: { font?: 'heading' | 'body'; bold?: boolean }): Face {
  return { metrics: style.font === 'heading' ? fonts.heading : fonts.body, bold: style.bold ?? false };
}

/** What a slide's canvas needs of the deck it is part of (the DeckBuilder is one). */
export interface CanvasHost {
  readonly theme: Theme;
  /** The program's language: a list reads in its direction. */
  readonly language: { readonly rtl: boolean };
  /** The metrics text is measured with. */
  readonly fonts: DeckFonts;
  readonly w: Wording;
  /** PNGs of the chart specs by id, when the template draws charts as pictures. */
  readonly images: ReadonlyMap<string, Buffer> | undefined;
  /** The spec of a chart by id. */
  chart(id: string): ChartSpec;
  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void;
  /** Counts a chart or a chart picture placed on a slide. */
  countChart(): void;
  /** The smallest text size the deck allows, in points (a board deck's budget; 0 when any size goes). */
  readonly minText: number;
}

/** How text is fitted into a box: the largest size from max down to min; `what` names it in a warning. */
export type FitStyle = Omit<TextStyle, 'size'> & { max: number; min: number; what: string; maxLines?: number };

/** How `content` would fit a box in a style, without drawing it (to decide what goes on a slide before it is made). */
export function measureFit(fonts: DeckFonts, content: string, box: Box, style: FitStyle): Fit {
  const min = Math.max(style.min, fonts.minText);
  return fitIn(fonts, content, fonts.frame.map(box), { ...style, min, max: Math.max(style.max, min) });
}

/** How text fits a box already on the slide (not through a frame). */
function fitIn(fonts: DeckFonts, content: string, box: Box, style: FitStyle): Fit {
  return fitText(clean(content), box, {
    face: faceOf(fonts, style),
    max: style.max,
    min: style.min,
    paragraphGapPt: style.paraSpaceAfter ?? 0,
    indentIn: style.bullet ? BULLET_INDENT_PT / 72 : 0,
    ...(style.lineSpacingMultiple ? { lineSpacing: style.lineSpacingMultiple } : {}),
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
    /** Maps the slide modules' design grid to where the slide's content goes. */
    readonly frame: Frame = IDENTITY,
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
      ...(s.name ? { objectName: clean(s.name) } : {}),
    };
  }

  /**
   * Text at a fixed size: a string, or runs with their own weight and colour.
   * A paragraph whose first letter is of a right-to-left script is marked
   * right-to-left and aligned right (theme rtl_align), a list's items as the
   * program's language reads, and text that runs past its box is reported.
   */
  text(content: string | Run[], design: Box, style: TextStyle): void {
    this.place(content, this.frame.map(design), style);
  }

  /** The slide's speaker notes, for a slide made without them (its notes depend on what it shows). */
  notes(text: string): void {
    this.slide.addNotes(clean(text));
  }

  /** A size no smaller than the deck allows. */
  private sz(size: number): number {
    return Math.max(size, this.deck.minText);
  }

  /** Text in a box already mapped to the slide. */
  private place(content: string | Run[], box: Box, given: TextStyle): void {
    const style = { ...given, size: this.sz(given.size) };
    const runs: Run[] =
      typeof content === 'string'
        ? content.split('\n').map((text, i, all) => ({ text, breakLine: i < all.length - 1 }))
        : content.map((r) => (r.size === undefined ? r : { ...r, size: this.sz(r.size) }));
    const paragraphs = paragraphsOf(runs);
    this.checkFits(paragraphs, box, style);
    // A list reads in the program's language's direction, each item in it; other text by its first letter.
    const rtl = paragraphs.map((p) => (style.bullet ? this.deck.language.rtl : isRtl(p.map((r) => r.text).join(''))));
    if (typeof content === 'string' && !rtl.includes(true)) {
      this.slide.addText(this.breakable(content, box, style), this.textOptions(box, style));
      return;
    }
    const align = (i: number) =>
      rtl[i] && (style.align ?? 'left') === 'left' && this.deck.theme.rtl_align === 'right'
        ? { align: 'right' as const }
        : {};
    const body = paragraphs.flatMap((p, i) =>
      p.map((run) => ({
        text: this.breakable(run.text, box, { ...style, size: run.size ?? style.size, bold: run.bold ?? style.bold }),
        options: {
          ...(run.bold !== undefined ? { bold: run.bold } : {}),
          ...(run.color ? { color: run.color } : {}),
          ...(run.size ? { fontSize: run.size } : {}),
          ...(run.breakLine ? { breakLine: true } : {}),
          // pptxgenjs gives a bullet to the first paragraph of runs only: each paragraph says so itself.
          ...(style.bullet ? { bullet: { indent: BULLET_INDENT_PT } } : {}),
          ...(rtl[i] ? { rtlMode: true, ...align(i) } : {}),
        },
      })),
    );
    this.slide.addText(body, this.textOptions(box, style));
  }

  /** The text with a break mark in each word wider than the box, where it was measured to break. */
  private breakable(text: string, box: Box, style: TextStyle): string {
    return wrapText(clean(text), style.size, innerWidth(box, style), faceOf(this.deck.fonts, style)).text;
  }

  /** Reports text that needs more height than its box at its size. */
  private checkFits(paragraphs: Run[][], box: Box, style: TextStyle): void {
    const fonts = this.deck.fonts;
    let height = 0;
    for (const p of paragraphs) {
      const size = Math.max(style.size, ...p.map((r) => r.size ?? 0));
      const face = faceOf(fonts, { ...style, bold: style.bold || p.some((r) => r.bold) });
      const lines = wrapText(p.map((r) => r.text).join(''), size, innerWidth(box, style), face).lines.length;
      height += linesHeightIn(lines, size, face, style.lineSpacingMultiple);
    }
    height += ((paragraphs.length - 1) * (style.paraSpaceAfter ?? 0)) / 72;
    if (height > box.h + 0.03) {
      const all = paragraphs.map((p) => p.map((r) => r.text).join('')).join(' ');
      const excerpt = all.length > 48 ? `${all.slice(0, 47)}…` : all;
      this.deck.warn(this, 'text-truncated', `"${excerpt}" needs more room than its box at ${style.size} pt`);
    }
  }

  /**
   * Text that must fit its box: the largest size from `max` down to `min`.
   * Shrinking or cutting is reported as a warning naming this slide.
   */
  fit(content: string, design: Box, given: FitStyle): Fit {
    const box = this.frame.map(design);
    const min = this.sz(given.min);
    return this.fitOnSlide(content, box, { ...given, min, max: Math.max(given.max, min) });
  }

  /** Text that must fit a box given on the slide itself, not through the frame (a footer under a layout's content area). */
  fitOnSlide(content: string, box: Box, style: FitStyle): Fit {
    const fit = fitIn(this.deck.fonts, content, box, style);
    if (fit.truncated)
      this.deck.warn(
        this,
        'text-truncated',
        `${style.what}: too long for its box even at ${style.min} pt, so it was cut`,
      );
    // The text goes in without the estimated line breaks, so PowerPoint wraps it (and rewraps it when edited).
    this.place(fit.text, box, { ...style, size: fit.fontSize });
    return fit;
  }

  /** A shape; circles and diamonds keep their proportions whatever the frame. */
  shape(kind: ShapeName, box: Box, s: ShapeStyle): void {
    const mapped = kind === 'ellipse' || kind === 'diamond' ? this.frame.mapKeepingShape(box) : this.frame.map(box);
    this.slide.addShape(kind, this.shapeOptions(mapped, s));
  }

  /** A shape of straight and quadratic segments, in inches relative to the box; it keeps its proportions. */
  custom(points: readonly PathPoint[], box: Box, s: ShapeStyle): void {
    const mapped = this.frame.mapKeepingShape(box);
    const k = box.w > 0 ? mapped.w / box.w : 1;
    const scaled = points.map((p): PathPoint =>
      'close' in p
        ? p
        : {
            x: p.x * k,
            y: p.y * k,
            ...(p.curve ? { curve: { type: 'quadratic', x1: p.curve.x1 * k, y1: p.curve.y1 * k } } : {}),
          },
    );
    this.slide.addShape('custGeom' as ShapeName, {
      ...this.shapeOptions(mapped, s),
      points: scaled as NonNullable<ShapeProps['points']>,
    });
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
    [x1, x2] = [this.frame.mapX(x1), this.frame.mapX(x2)];
    [y1, y2] = [this.frame.mapY(y1), this.frame.mapY(y2)];
    this.slide.addShape('line', {
      x: roundInch(Math.min(x1, x2)),
      y: roundInch(Math.min(y1, y2)),
      w: roundInch(Math.abs(x2 - x1)),
      h: roundInch(Math.abs(y2 - y1)),
      line: { color, width, dashType: dash },
    });
  }

  /**
   * A table: each cell's words wider than its column get break marks where
   * they were measured to break, and a cell whose text starts right-to-left
   * reads right-to-left (aligned right unless the theme keeps left).
   */
  table(rows: TableRow[], design: Box, designed: { colW: number[]; fontSize: number; rowH?: number | number[] }): void {
    const box = this.frame.map(design);
    const { sx, sy } = this.frame;
    const options = {
      ...designed,
      fontSize: this.sz(designed.fontSize),
      colW: designed.colW.map((w) => w * sx),
      ...(designed.rowH !== undefined
        ? { rowH: Array.isArray(designed.rowH) ? designed.rowH.map((h) => h * sy) : designed.rowH * sy }
        : {}),
    };
    const fonts = this.deck.fonts;
    const rtlRight = this.deck.theme.rtl_align === 'right';
    const sized = rows.map((row) => row.map((cell) => this.sizedCell(cell)));
    const cleaned = sized.map((row) =>
      row.map((cell, col) => {
        const width = Math.max(0.2, (options.colW[col] ?? 1) - CELL_PAD_W);
        const size = cell.options?.fontSize ?? options.fontSize;
        const bold = cell.options?.bold ?? false;
        const fit = (text: string, runSize = size, runBold = bold) =>
          wrapText(clean(text), runSize, width, { metrics: fonts.body, bold: runBold }).text;
        const text =
          typeof cell.text === 'string'
            ? fit(cell.text)
            : (cell.text ?? []).map((run) => ({
                ...run,
                text: fit(
                  typeof run.text === 'string' ? run.text : '',
                  run.options?.fontSize ?? size,
                  run.options?.bold ?? bold,
                ),
              }));
        const plain = typeof text === 'string' ? text : text.map((r) => r.text).join('');
        if (!isRtl(plain)) return { ...cell, text };
        const align = (cell.options?.align ?? 'left') === 'left' && rtlRight ? { align: 'right' as const } : {};
        return {
          ...cell,
          text:
            typeof text === 'string'
              ? text
              : text.map((r) => ({ ...r, options: { ...r.options, rtlMode: true } as unknown as TableCellProps })),
          // pptxgenjs reads rtlMode on a cell's options too, though its types leave it out.
          options: { ...cell.options, ...align, rtlMode: true } as unknown as TableCellProps,
        };
      }),
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

  /** A table cell with its own sizes, and its runs', no smaller than the deck allows. */
  private sizedCell(cell: TableRow[number]): TableRow[number] {
    const size = (n: number | undefined) => (n === undefined ? {} : { fontSize: this.sz(n) });
    return {
      ...cell,
      ...(cell.options ? { options: { ...cell.options, ...size(cell.options.fontSize) } } : {}),
      ...(Array.isArray(cell.text)
        ? {
            text: cell.text.map((run) =>
              run.options ? { ...run, options: { ...run.options, ...size(run.options.fontSize) } } : run,
            ),
          }
        : {}),
    };
  }

  /** A native, editable chart; alt text is required. */
  chart(type: ChartName, data: ChartData[], box: Box, options: ChartOptions & { altText: string }): void {
    this.deck.countChart();
    this.slide.addChart(type, cleanData(data), this.chartOptions(this.frame.map(box), options));
  }

  /**
   * A chart from its spec: a native chart, or the spec's PNG when the template
   * asks for pictures. Either way the spec's alt text goes with it.
   */
  specChart(spec: ChartSpec, design: Box, overrides: ChartOptions = {}): void {
    const box = this.frame.map(design);
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
    const every = this.labelEvery(spec, box, overrides);
    // LibreOffice ignores c:tickLblSkip: the labels in between are left blank so it too shows only every n-th.
    const native = nativeChart(every > 1 ? { ...spec, labels: spec.labels.map((l, i) => (i % every ? '' : l)) } : spec);
    const thinned: ChartOptions = every > 1 ? { catAxisLabelFrequency: String(every) } : {};
    const options = { ...native.options, ...thinned, ...overrides, altText: spec.altText };
    const [only] = native.layers;
    if (native.layers.length === 1 && only) {
      this.deck.countChart();
      this.slide.addChart(only.type, cleanData(only.data), this.chartOptions(box, { ...options, ...only.options }));
    } else this.combo(native.layers, box, options);
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

  /**
   * Category labels thinned out to what has room: every n-th label, n from the
   * widest label measured in the body font against the room each category gets
   * (36 months, 31 days), so none overlap and none need turning. Time
   * series only: the categories of a bar chart are names, each shown (wrapped).
   */
  private labelEvery(spec: ChartSpec, box: Box, overrides: ChartOptions): number {
    const count = spec.labels.length;
    // A time axis has its ticks chosen with its labels (and its categories are numbers, never blanked).
    if (count < 2 || spec.type !== 'line' || spec.timeAxis) return 1;
    const size = overrides.catAxisLabelFontSize ?? 10;
    const face = { metrics: this.deck.fonts.body };
    // The plot is the box less the value axis's labels and the chart's own padding.
    const along = Math.max(0.1, box.w - 0.8);
    const need = Math.max(...spec.labels.map((l) => textWidthIn(l, size, face))) + 0.12;
    return Math.max(1, Math.ceil(need / (along / count)));
  }

  private chartOptions(box: Box, options: ChartOptions & { altText: string }): ChartOptions {
    const fonts = this.deck.theme.fonts;
    const colors = this.deck.theme.colors;
    const sizes = (o: ChartOptions): ChartOptions => {
      const out: Record<string, unknown> = { ...o };
      for (const key of CHART_SIZES) if (typeof out[key] === 'number') out[key] = this.sz(out[key]);
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
