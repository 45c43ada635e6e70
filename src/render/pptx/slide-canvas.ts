import type { Fit } from '../text-fit.js';
import type { ChartSpec } from '../../charts/spec.js';
import { nativeChart } from './native-chart.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { alignIn, IDENTITY, roundInch, type Box, type Frame } from './geometry.js';
import type { ChartData, ChartName, ChartOptions, ShapeName, ShapeProps, Slide, TableRow } from './pptxgen.js';
import { chartOptions, cleanData, labelEvery } from './canvas/chart-options.js';
import { scalePath, shapeOptions, type PathPoint, type ShapeStyle } from './canvas/shapes.js';
import { framedTable, mirroredTable, tableCells, tableOptions, type TableDesign } from './canvas/table-cells.js';
import { runsOf, textBody } from './canvas/text-body.js';
import {
  fitIn,
  paragraphsHeight,
  paragraphsOf,
  textOptions,
  type DeckFonts,
  type FitStyle,
  type Run,
  type TextStyle,
} from './canvas/text-style.js';

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

/**
 * One slide, with drawing helpers that apply the theme and make every string
 * XML-safe. Boxes are given on the design grid and drawn through the slide's
 * frame (see geometry.ts); what the options and cells look like is in canvas/.
 */
export class SlideCanvas {
  constructor(
    readonly deck: CanvasHost,
    readonly slide: Slide,
    readonly number: number,
    readonly title: string,
    /** Maps the slide modules' design grid to where the slide's content goes. */
    readonly frame: Frame = IDENTITY,
  ) {}

  /**
   * Text at a fixed size: a string, or runs with their own weight and colour.
   * A paragraph whose first letter is of a right-to-left script is marked
   * right-to-left and aligned right (theme rtl_align), a list's items as the
   * program's language reads, and text that runs past its box is reported.
   */
  text(content: string | Run[], design: Box, style: TextStyle): void {
    this.place(content, this.frame.map(design), { ...style, align: alignIn(this.frame, style.align) });
  }

  /** The slide's speaker notes, for a slide made without them (its notes depend on what it shows). */
  notes(text: string): void {
    this.slide.addNotes(clean(text));
  }

  /** A size no smaller than the deck allows. */
  private readonly sz = (size: number): number => Math.max(size, this.deck.minText);

  /** Text in a box already mapped to the slide. */
  private place(content: string | Run[], box: Box, given: TextStyle): void {
    const style = { ...given, size: this.sz(given.size) };
    const runs = runsOf(content, this.sz);
    this.checkFits(paragraphsOf(runs), box, style);
    const body = textBody(this.deck, content, runs, box, style, this.frame.mirrored);
    this.slide.addText(body, textOptions(this.deck.theme, box, style));
  }

  /** Reports text that needs more height than its box at its size. */
  private checkFits(paragraphs: Run[][], box: Box, style: TextStyle): void {
    if (paragraphsHeight(this.deck.fonts, paragraphs, box, style) > box.h + 0.03) {
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

  /**
   * Text that must fit a box given on the slide itself, not through the frame
   * (a footer under a layout's content area); in a mirrored deck it is still
   * aligned to the other side.
   */
  fitOnSlide(content: string, box: Box, given: FitStyle): Fit {
    const style = { ...given, align: alignIn(this.frame, given.align) };
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
    this.slide.addShape(kind, shapeOptions(mapped, s));
  }

  /** A shape of straight and quadratic segments, in inches relative to the box; it keeps its proportions. */
  custom(points: readonly PathPoint[], box: Box, s: ShapeStyle): void {
    const mapped = this.frame.mapKeepingShape(box);
    const k = box.w > 0 ? mapped.w / box.w : 1;
    this.slide.addShape('custGeom' as ShapeName, {
      ...shapeOptions(mapped, s),
      points: scalePath(points, k) as NonNullable<ShapeProps['points']>,
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
   * reads right-to-left (aligned right unless the theme keeps left). Through
   * a mirrored frame the columns run from the right.
   */
  table(rows: TableRow[], design: Box, designed: TableDesign): void {
    const box = this.frame.map(design);
    const framed = framedTable(designed, this.frame, this.sz);
    const [drawn, options] = this.frame.mirrored ? mirroredTable(rows, framed) : [rows, framed];
    const cells = tableCells(drawn, options, this.deck.fonts, this.deck.theme, this.sz, this.frame.mirrored);
    this.slide.addTable(cells, tableOptions(this.deck.theme, box, options));
  }

  /** A native, editable chart; alt text is required. */
  chart(type: ChartName, data: ChartData[], box: Box, options: ChartOptions & { altText: string }): void {
    this.deck.countChart();
    this.slide.addChart(type, cleanData(data), chartOptions(this.deck.theme, this.sz, this.frame.map(box), options));
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
    const every = labelEvery(this.deck.fonts, spec, box, overrides);
    // LibreOffice ignores c:tickLblSkip: the labels in between are left blank so it too shows only every n-th.
    const native = nativeChart(every > 1 ? { ...spec, labels: spec.labels.map((l, i) => (i % every ? '' : l)) } : spec);
    const thinned: ChartOptions = every > 1 ? { catAxisLabelFrequency: String(every) } : {};
    const options = { ...native.options, ...thinned, ...overrides, altText: spec.altText };
    const [only] = native.layers;
    if (native.layers.length === 1 && only) {
      this.deck.countChart();
      const framed = chartOptions(this.deck.theme, this.sz, box, { ...options, ...only.options });
      this.slide.addChart(only.type, cleanData(only.data), framed);
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
      chartOptions(this.deck.theme, this.sz, box, options) as unknown as unknown[],
    );
  }
}
