import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';
import { SlideMap, type ListName, type SlideRange } from './slide-map.js';
import { boardTrackers, type TrackerUnit } from './board-plan.js';
import type { Theme } from '../../schema/template.js';
import type { Template } from '../../templating/load-template.js';
import type { CorporateMaster } from '../../templating/master/load-master.js';
import type { Wording } from '../../templating/wording.js';
import type { ChartSpec } from '../../charts/spec.js';
import type { ReportContext } from '../../present/report-context.js';
import { fitText } from '../text-fit.js';
import { isRtl } from '../bidi.js';
import { deckLanguage, type DeckLanguage } from '../scripts/language.js';
import { measuredScripts } from './deck-fonts.js';
import { fontResolver } from '../fonts/index.js';
import { KICKER } from './geometry.js';
import { corporatePlans, slideSize, type CorporatePlan } from './corporate.js';
import { corporateFooter, drawCorporateSlide, type CorporateFooter } from './corporate-slide.js';
import {
  BANNER_H,
  defineCorporateMasters,
  defineMasters,
  MASTER,
  titleBoxes,
  type LayoutName,
  type TitleBoxes,
} from './deck-masters.js';
import { IDENTITY } from './geometry.js';
import type { SlideOnMaster } from './postprocess/adopt-master.js';
import type { DeflateMemo } from '../../ooxml/deflate-memo.js';
import type { FontMetrics } from '../fonts/index.js';
import { PptxGenJSClass, type PptxGenJS } from './pptxgen.js';
import { SlideCanvas, type CanvasHost, type DeckFonts } from './slide-canvas.js';
import { stripForXml as clean } from '../../schema/characters.js';

/** The slides the deck holds, after sections with nothing recorded were left out, and those left out. */
export interface DeckComposition {
  slides: readonly SlideKind[];
  left: readonly SlideKind[];
  /** A board deck's budget (one slide per section, the smallest text), or null for a team deck. */
  board?: BoardBudget | null;
}

/** The appendix slide that lists each ranked list in full. */
const LIST_SECTIONS: Partial<Record<ListName, SlideKind>> = {
  attention: 'appendix-attention',
  since: 'appendix-since',
  decisions: 'appendix-decisions',
};

/** What a deck is made from besides the model: computed once per build and shared with the reports and PNGs. */
export interface DeckInputs {
  /** The report context: the numbers and sentences every text template receives. */
  context: ReportContext;
  /** Every chart spec of the program (chartSpecs). */
  charts: readonly ChartSpec[];
  /** PNGs of the chart specs by id, when the template draws charts as pictures. */
  images?: ReadonlyMap<string, Buffer> | undefined;
  /** The parts of the last deck, deflated (build --watch): a rebuild deflates only the parts that changed. */
  deflated?: DeflateMemo | undefined;
}

export interface SlideSpec {
  layout: LayoutName;
  title: string;
  /** A short line above the title (the scenario, the section). */
  kicker?: string;
  /** The talk track for the presenter; null when the slide adds it once drawn (SlideCanvas.notes). */
  notes: string | null;
}

/**
 * Wraps pptxgenjs for the slide modules: the deck's layouts (masters with the
 * footer, classification, logo and slide number), real title placeholders,
 * notes on every slide, the template's words, and a warning channel for text
 * that had to give.
 */
export class DeckBuilder implements CanvasHost {
  readonly pptx: PptxGenJS;
  readonly warnings: Problem[] = [];
  readonly theme: Theme;
  readonly fonts: DeckFonts;
  /** The program's language (program.yaml, else the template's locale) and that of text in other scripts. */
  readonly language: DeckLanguage;
  /** The report context: what every text template of the deck receives. */
  readonly ctx: ReportContext;
  private count = 0;
  private readonly titleBoxes: TitleBoxes;
  private charts = 0;

  private readonly composition: DeckComposition;
  /** Where each section and each ranked item landed, and the drawing that waits for it. */
  readonly map = new SlideMap();
  /** A board deck's budget, or null. */
  readonly board: BoardBudget | null;
  /** The trackers a board deck leaves to the full deck for want of slides (none in a team deck). */
  readonly trackersLeft: readonly TrackerUnit[];
  private readonly trackersShown: ReadonlySet<string> | null;
  /** On a corporate master: each kind's title box and frame (see corporate.ts); undefined on ztdeck's own. */
  private readonly corporate: Record<LayoutName, CorporatePlan> | undefined;
  private readonly resolveFont: (name: string) => FontMetrics;
  /** The kind of layout of each slide and its footer, for the postprocess step that puts them on the corporate master. */
  readonly onMaster: SlideOnMaster[] = [];
  private readonly footers = new Map<LayoutName, CorporateFooter>();

  /** The chart specs by id, computed once per build (the PNGs are drawn from the same specs). */
  private readonly specs: ReadonlyMap<string, ChartSpec>;
  readonly images: ReadonlyMap<string, Buffer> | undefined;

  constructor(
    readonly model: ProgramModel,
    readonly template: Template,
    readonly w: Wording,
    inputs: DeckInputs & DeckComposition,
  ) {
    this.composition = { slides: inputs.slides, left: inputs.left };
    this.board = inputs.board ?? null;
    const plan = this.board ? boardTrackers(model, inputs.slides, this.board) : null;
    this.trackersLeft = plan?.left ?? [];
    this.trackersShown = plan ? new Set(plan.shown.map((u) => `${u.scenarioId}/${u.trackId ?? ''}`)) : null;
    this.theme = template.theme;
    this.language = deckLanguage(model.language ?? template.locale, template.locale);
    const resolve = fontResolver((name, fallback) =>
      this.warnings.push({
        code: 'font-fallback',
        severity: 'warning',
        message: `${fallback.reason}; lines may break differently where the deck is shown`,
        hint: `use a font of docs/fonts.md in the template's theme (fonts), or check the deck in a client that has "${name.trim()}"`,
      }),
    );
    this.corporate = template.master ? corporatePlans(template.master) : undefined;
    const scripts = measuredScripts(this.theme, template.master);
    this.fonts = {
      heading: resolve(this.theme.fonts.heading, scripts.heading),
      body: resolve(this.theme.fonts.body, scripts.body),
      frame: this.corporate?.content.frame ?? IDENTITY,
      minText: this.board?.min_text_size ?? 0,
    };
    this.resolveFont = (name) => resolve(name, scripts.heading);
    this.ctx = inputs.context;
    this.specs = new Map(inputs.charts.map((spec) => [spec.id, spec]));
    this.images = inputs.images;
    // With a logo in the corner, content titles stop short of it.
    this.titleBoxes = titleBoxes(template.logo);
    this.pptx = new PptxGenJSClass();
    if (template.master) {
      // The corporate master's slide size; its masters and layouts replace these after writing (postprocess).
      const size = slideSize(template.master);
      this.pptx.defineLayout({ name: 'CORPORATE', width: size.w, height: size.h });
      this.pptx.layout = 'CORPORATE';
    } else this.pptx.layout = 'LAYOUT_WIDE';
    this.pptx.author = 'ztdeck';
    this.pptx.company = clean(model.organization);
    this.pptx.title = clean(`${model.program}: ${model.periodLabel ?? w.fmt.shortDate(model.reportingDate)}`);
    this.pptx.subject = 'Zero Trust adoption progress';
    this.pptx.theme = { headFontFace: this.theme.fonts.heading, bodyFontFace: this.theme.fonts.body };
    if (this.corporate) defineCorporateMasters(this.pptx, this.corporate);
    else
      defineMasters({
        pptx: this.pptx,
        theme: this.theme,
        model,
        logo: template.logo,
        bodyFont: this.fonts.body,
        titleBoxes: this.titleBoxes,
        footer: (organization, name) => this.footerText(organization, name),
        warnings: this.warnings,
      });
  }

  /** The smallest text size the deck allows (a board deck's budget), or 0. */
  get minText(): number {
    return this.fonts.minText;
  }

  /** "slide 12" or "slides 31–34", in the template's words. */
  slidesText(range: SlideRange): string {
    return this.w.t('refs.slides', { first: range.first, last: range.last > range.first ? range.last : null });
  }

  /**
   * Where the items of a ranked list from `from` on are listed in full: the
   * appendix slides that hold them, in a deck that has that appendix; else the
   * full deck and the report. Before the appendix is drawn (`final` false) it
   * gives the widest form, to measure the room the words need.
   */
  whereRest(list: ListName, from: number, count: number, final = true): string {
    const section = LIST_SECTIONS[list];
    if (!section || !this.has(section)) return this.w.t('refs.full');
    const range = final ? this.map.holding(list, from, count) : { first: 888, last: 999 };
    return range ? this.w.t('refs.appendix', { slides: this.slidesText(range) }) : this.w.t('refs.full');
  }

  /** Whether the deck draws the tracker of a scenario (or of one of its tracks). */
  showsTracker(scenarioId: string, trackId: string | null): boolean {
    return this.trackersShown === null || this.trackersShown.has(`${scenarioId}/${trackId ?? ''}`);
  }

  /** Whether the deck holds slides of a kind: a reference to a slide is only written when the slide is there. */
  has(kind: SlideKind): boolean {
    return this.composition.slides.includes(kind);
  }

  /** The sections left out because nothing is recorded for them yet, in the summary's words, or null. */
  notRecorded(): string | null {
    const left = this.composition.left.map((kind) => this.title(kind));
    return left.length ? this.w.t('summary.not_recorded', { sections: this.w.join(left) }) : null;
  }

  /** The words that send a reader to a slide of the deck by its title: "see “Appendix: all objectives”". */
  refTo(kind: SlideKind, extra: object = {}): string {
    return this.w.t('refs.slide', { title: this.title(kind, extra) });
  }

  /** The spec of a chart by id (see charts/registry.ts). */
  chart(id: string): ChartSpec {
    const spec = this.specs.get(id);
    if (!spec) throw new Error(`no chart spec ${id} for this program`);
    return spec;
  }

  get slideCount(): number {
    return this.count;
  }

  /** Native charts and chart pictures placed so far. */
  get chartCount(): number {
    return this.charts;
  }

  countChart(): void {
    this.charts++;
  }

  /** A slide title from strings.yaml (titles.<kind>), continued titles get "(2 of 3)". */
  title(kind: SlideKind, extra: object = {}, page = 0, pages = 1): string {
    const title = this.w.t(`titles.${kind}`, { ...this.ctx, ...extra });
    return pages > 1 ? this.w.t('continued', { title, page: page + 1, pages }) : title;
  }

  /** The speaker notes of a slide, from text/notes/<kind>.hbs. */
  notes(kind: SlideKind, extra: object = {}): string {
    return this.w.notes(kind, { ...this.ctx, ...extra });
  }

  slide(spec: SlideSpec): SlideCanvas {
    if (this.corporate) return this.corporateSlide(spec, this.corporate[spec.layout]);
    this.count++;
    const slide = this.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this, slide, this.count, spec.title);
    const box = this.titleBoxes[spec.layout];
    const face = { metrics: this.fonts.heading, bold: true };
    const fit = fitText(clean(spec.title), box, { face, max: box.size, min: box.min, maxLines: box.lines });
    if (fit.truncated)
      this.warn(canvas, 'text-truncated', `the title: too long for its box even at ${box.min} pt, so it was cut`);
    const rtl = isRtl(fit.text);
    slide.addText(fit.text, {
      placeholder: 'title',
      fontSize: fit.fontSize,
      align: rtl && this.theme.rtl_align === 'right' ? 'right' : 'left',
      ...(rtl ? { rtlMode: true } : {}),
    });
    if (spec.kicker && spec.layout === 'content') {
      const banner = this.theme.classification === 'banner' && this.model.classification;
      const kicker = { ...KICKER, w: box.w, ...(banner ? { y: BANNER_H + 0.02, h: 0.22 } : {}) };
      canvas.text(spec.kicker.toUpperCase(), kicker, {
        size: 11,
        bold: true,
        color: this.theme.colors.accent,
        valign: 'bottom',
        charSpacing: 1,
      });
    }
    if (spec.notes !== null) slide.addNotes(clean(spec.notes));
    return canvas;
  }

  /** A slide on a corporate layout: see corporate-slide.ts. */
  private corporateSlide(spec: SlideSpec, plan: CorporatePlan): SlideCanvas {
    this.count++;
    const slide = this.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this, slide, this.count, spec.title, plan.frame);
    const master = this.template.master as NonNullable<Template['master']>;
    drawCorporateSlide(canvas, slide, spec, plan, {
      theme: this.theme,
      master,
      titleFont: plan.titleFont ? this.resolveFont(plan.titleFont) : this.fonts.heading,
      footer: () => this.corporateFooter(spec.layout, plan, master),
      warn: (message) => this.warn(canvas, 'text-truncated', message),
    });
    return canvas;
  }

  /** The footer of a corporate layout, laid out once per layout. */
  private corporateFooter(kind: LayoutName, plan: CorporatePlan, master: CorporateMaster): CorporateFooter {
    const made =
      this.footers.get(kind) ??
      corporateFooter(kind, plan, {
        master,
        model: this.model,
        bodyFont: this.fonts.body,
        footer: (organization, name) => this.footerText(organization, name),
        date: this.w.fmt.shortDate(this.model.reportingDate),
        warnings: this.warnings,
      });
    this.footers.set(kind, made);
    this.onMaster.push(made.onMaster);
    return made;
  }

  /** The footer's words, with the organization's and the program's names as shortened to fit. */
  private footerText(organization: string, name = this.ctx.program.name): string {
    return clean(this.w.t('footer', { ...this.ctx, program: { ...this.ctx.program, organization, name } }));
  }

  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void {
    this.warnings.push({ code, severity: 'warning', message: `slide ${canvas.number} "${canvas.title}": ${message}` });
  }
}
