import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../report/problem.js';
import type { Theme } from '../../schema/template.js';
import { shortDate } from '../format.js';
import { fitText } from '../text-fit.js';
import { FOOTER_Y, KICKER, MARGIN, SIDEBAR_W, SLIDE, TITLE } from './geometry.js';
import { PptxGenJSClass, type PptxGenJS } from './pptxgen.js';
import { SlideCanvas } from './slide-canvas.js';

export type LayoutName = 'title' | 'content' | 'sidebar';

const MASTER: Record<LayoutName, string> = { title: 'ZT_TITLE', content: 'ZT_CONTENT', sidebar: 'ZT_SIDEBAR' };

/** Characters XML 1.0 cannot hold, and broken surrogates: removed from every string a slide receives. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function clean(s: string): string {
  return s.replace(UNSAFE, '');
}

/** Where each layout puts its title, and the sizes a title may take there. */
const TITLE_BOXES: Record<LayoutName, { x: number; y: number; w: number; h: number; size: number; min: number; lines: number }> = {
  content: { ...TITLE, size: 26, min: 18, lines: 2 },
  sidebar: { x: 0.4, y: 0.45, w: SIDEBAR_W - 0.7, h: 1.5, size: 24, min: 16, lines: 4 },
  title: { x: 1.0, y: 2.2, w: 11.3, h: 1.5, size: 40, min: 28, lines: 2 },
};

export interface SlideSpec {
  layout: LayoutName;
  title: string;
  /** A short line above the title (the scenario, the section). */
  kicker?: string;
  /** The talk track for the presenter. */
  notes: string;
}

/**
 * Wraps pptxgenjs for the slide modules: the deck's layouts (masters with the
 * footer, classification and slide number), real title placeholders, notes on
 * every slide, and a warning channel for text that had to give.
 */
export class DeckBuilder {
  readonly pptx: PptxGenJS;
  readonly warnings: Problem[] = [];
  private count = 0;
  /** Native charts drawn so far (SlideCanvas counts them). */
  chartCount = 0;

  /**
   * @param images PNGs of the chart specs by id, when the template draws charts as pictures;
   *   otherwise charts are native.
   */
  constructor(readonly model: ProgramModel, readonly theme: Theme, readonly images?: ReadonlyMap<string, Buffer>) {
    this.pptx = new PptxGenJSClass();
    this.pptx.layout = 'LAYOUT_WIDE';
    this.pptx.author = 'ztdeck';
    this.pptx.company = clean(model.organization);
    this.pptx.title = clean(`${model.program}: ${model.periodLabel ?? shortDate(model.reportingDate)}`);
    this.pptx.subject = 'Zero Trust adoption progress';
    this.pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
    this.defineMasters();
  }

  get slideCount(): number {
    return this.count;
  }

  slide(spec: SlideSpec): SlideCanvas {
    this.count++;
    const slide = this.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this, slide, this.count, spec.title);
    const box = TITLE_BOXES[spec.layout];
    const fit = fitText(clean(spec.title), box, { max: box.size, min: box.min, bold: true, maxLines: box.lines });
    if (fit.truncated) this.warn(canvas, 'text-truncated', `the title is too long for its box even at ${box.min} pt and was cut`);
    slide.addText(fit.text, { placeholder: 'title', fontSize: fit.fontSize });
    if (spec.kicker && spec.layout === 'content') {
      canvas.text(spec.kicker.toUpperCase(), KICKER, { size: 11, bold: true, color: this.theme.colors.accent, valign: 'bottom', charSpacing: 1 });
    }
    slide.addNotes(clean(spec.notes));
    return canvas;
  }

  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void {
    this.warnings.push({ code, severity: 'warning', message: `slide ${canvas.number} "${canvas.title}": ${message}` });
  }

  private defineMasters(): void {
    const { colors, fonts } = this.theme;
    const m = this.model;
    const footer = clean(`${m.organization} · ${m.program} · Data as of ${shortDate(m.reportingDate)}`);
    const footerText = (color: string, x = MARGIN) => ({ text: { text: footer, options: { x, y: FOOTER_Y, w: 6.2, h: 0.3, fontFace: fonts.body, fontSize: 9, color, margin: 0, valign: 'middle' as const } } });
    const classification = (color: string) => m.classification
      ? [{ text: { text: clean(m.classification.toUpperCase()), options: { x: 7.0, y: FOOTER_Y, w: 5.2, h: 0.3, fontFace: fonts.body, fontSize: 9, bold: true, color, align: 'right' as const, margin: 0, valign: 'middle' as const } } }]
      : [];
    const slideNumber = { x: SLIDE.w - MARGIN - 0.5, y: FOOTER_Y, w: 0.5, h: 0.3, fontFace: fonts.body, fontSize: 9, color: colors.muted, align: 'right' as const };
    const titlePlaceholder = (layout: LayoutName, color: string, valign: 'top' | 'bottom' | 'middle') => {
      const { x, y, w, h, size } = TITLE_BOXES[layout];
      return { placeholder: { options: { name: 'title', type: 'title' as const, x, y, w, h, fontFace: fonts.heading, fontSize: size, bold: true, color, valign, align: 'left' as const, margin: 0 }, text: '' } };
    };

    this.pptx.defineSlideMaster({
      title: MASTER.content,
      background: { color: colors.background },
      objects: [
        titlePlaceholder('content', colors.text, 'bottom'),
        { line: { x: MARGIN, y: FOOTER_Y - 0.08, w: SLIDE.w - 2 * MARGIN, h: 0, line: { color: colors.line, width: 0.75 } } },
        footerText(colors.muted),
        ...classification(colors.text),
      ],
      slideNumber,
    });
    this.pptx.defineSlideMaster({
      title: MASTER.sidebar,
      background: { color: colors.background },
      objects: [
        { rect: { x: 0, y: 0, w: SIDEBAR_W, h: SLIDE.h, fill: { color: colors.sidebar }, line: { color: colors.sidebar, width: 0 } } },
        titlePlaceholder('sidebar', colors.on_sidebar, 'top'),
        { rect: { x: 0.4, y: 2.0, w: 1.6, h: 0.07, fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } } },
        footerText(colors.muted, SIDEBAR_W + 0.3),
        ...classification(colors.text),
      ],
      slideNumber,
    });
    this.pptx.defineSlideMaster({
      title: MASTER.title,
      background: { color: colors.background },
      objects: [
        { rect: { x: 0, y: 0, w: 0.35, h: SLIDE.h, fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } } },
        titlePlaceholder('title', colors.text, 'bottom'),
        ...classification(colors.text),
      ],
    });
  }
}
