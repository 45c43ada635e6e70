import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import { stripForXml as clean } from '../../schema/characters.js';
import type { Theme } from '../../schema/template.js';
import type { CorporateMaster } from '../../templating/master/load-master.js';
import { isRtl } from '../bidi.js';
import type { FontMetrics } from '../fonts/index.js';
import { fitText, type Fit } from '../text-fit.js';
import type { DeckFonts } from './canvas/text-style.js';
import type { CorporatePlan } from './corporate.js';
import { corporateFooter, drawCorporateSlide, type CorporateFooter } from './corporate-slide.js';
import { BANNER_H, MASTER, type LayoutName, type TitleBoxes } from './deck-masters.js';
import { IDENTITY, KICKER, MIRRORED } from './geometry.js';
import type { SlideOnMaster } from './postprocess/adopt-master.js';
import type { PptxGenJS } from './pptxgen.js';
import { SlideCanvas, type CanvasHost } from './slide-canvas.js';
import type { SlideSpec } from './slide-deck.js';

/**
 * Making a slide with its frame: on ztdeck's own masters the title fitted to
 * the layout's title box and the kicker above it; on a corporate master the
 * layout's title, frame and footer (see corporate-slide.ts). Slides are
 * numbered as they are made.
 */

/** What slides are made from. */
export interface SlideMakerInputs {
  pptx: PptxGenJS;
  /** The deck the slides' canvases draw for (it measures, words and warns). */
  host: CanvasHost;
  theme: Theme;
  model: ProgramModel;
  fonts: DeckFonts;
  titleBoxes: TitleBoxes;
  /** The corporate master and each kind's title box and frame, or undefined on ztdeck's own masters. */
  corporate: { master: CorporateMaster; plans: Record<LayoutName, CorporatePlan> } | undefined;
  resolveFont: (name: string) => FontMetrics;
  /** The footer's words for an organization's and a program's name (as shortened to fit). */
  footer: (organization: string, program?: string) => string;
  /** The reporting date as a footer's date placeholder shows it. */
  date: string;
  warnings: Problem[];
  /** Whether slides are laid out right to left (a deck in Arabic or Hebrew). */
  mirrored: boolean;
}

/** A title in a layout's title box on ztdeck's own masters: the largest size that fits, cut past its lines at the smallest. */
export function fitTitle(title: string, box: TitleBoxes[LayoutName], heading: FontMetrics): Fit {
  const face = { metrics: heading, bold: true };
  return fitText(clean(title), box, { face, max: box.size, min: box.min, maxLines: box.lines });
}

export class SlideMaker {
  private count = 0;
  /** The kind of layout of each slide and its footer, for the postprocess step that puts them on the corporate master. */
  readonly onMaster: SlideOnMaster[] = [];
  private readonly footers = new Map<LayoutName, CorporateFooter>();

  constructor(private readonly m: SlideMakerInputs) {}

  get slideCount(): number {
    return this.count;
  }

  slide(spec: SlideSpec): SlideCanvas {
    const corporate = this.m.corporate;
    if (corporate) return this.corporateSlide(spec, corporate.plans[spec.layout], corporate.master);
    this.count++;
    const slide = this.m.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this.m.host, slide, this.count, spec.title, this.m.mirrored ? MIRRORED : IDENTITY);
    const box = this.m.titleBoxes[spec.layout];
    const fit = fitTitle(spec.title, box, this.m.fonts.heading);
    if (fit.truncated)
      this.m.host.warn(
        canvas,
        'text-truncated',
        `the title: too long for its box even at ${box.min} pt, so it was cut`,
      );
    const rtl = isRtl(fit.text);
    slide.addText(fit.text, {
      placeholder: 'title',
      fontSize: fit.fontSize,
      align: this.m.mirrored || (rtl && this.m.theme.rtl_align === 'right') ? 'right' : 'left',
      ...(rtl ? { rtlMode: true } : {}),
    });
    if (spec.kicker && spec.layout === 'content') {
      const banner = this.m.theme.classification === 'banner' && this.m.model.classification;
      const kicker = { ...KICKER, w: box.w, ...(banner ? { y: BANNER_H + 0.02, h: 0.22 } : {}) };
      canvas.text(spec.kicker.toUpperCase(), kicker, {
        size: 11,
        bold: true,
        color: this.m.theme.colors.accent,
        valign: 'bottom',
        charSpacing: 1,
      });
    }
    if (spec.notes !== null) slide.addNotes(clean(spec.notes));
    return canvas;
  }

  /** A slide on a corporate layout: see corporate-slide.ts. */
  private corporateSlide(spec: SlideSpec, plan: CorporatePlan, master: CorporateMaster): SlideCanvas {
    this.count++;
    const slide = this.m.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this.m.host, slide, this.count, spec.title, plan.frame);
    drawCorporateSlide(canvas, slide, spec, plan, {
      theme: this.m.theme,
      master,
      titleFont: plan.titleFont ? this.m.resolveFont(plan.titleFont) : this.m.fonts.heading,
      footer: () => this.corporateFooter(spec.layout, plan, master),
      warn: (message) => this.m.host.warn(canvas, 'text-truncated', message),
    });
    return canvas;
  }

  /** The footer of a corporate layout, laid out once per layout. */
  private corporateFooter(kind: LayoutName, plan: CorporatePlan, master: CorporateMaster): CorporateFooter {
    const made =
      this.footers.get(kind) ??
      corporateFooter(kind, plan, {
        master,
        model: this.m.model,
        bodyFont: this.m.fonts.body,
        footer: this.m.footer,
        date: this.m.date,
        warnings: this.m.warnings,
      });
    this.footers.set(kind, made);
    this.onMaster.push(made.onMaster);
    return made;
  }
}
