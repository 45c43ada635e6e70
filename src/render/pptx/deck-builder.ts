import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';
import { SlideMap, type ListName, type SlideRange } from './slide-map.js';
import { boardTrackers, type TrackerUnit } from './board-plan.js';
import type { Theme } from '../../schema/template.js';
import type { Logo, Template } from '../../templating/load-template.js';
import { LOGO_BOXES } from '../../templating/logo-size.js';
import type { Wording } from '../../templating/wording.js';
import type { ChartSpec } from '../../charts/spec.js';
import type { ReportContext } from '../../present/report-context.js';
import { fitText } from '../text-fit.js';
import { isRtl } from '../bidi.js';
import { fontResolver } from '../fonts/index.js';
import { FOOTER_Y, KICKER, MARGIN, SIDEBAR_W, SLIDE, TITLE } from './geometry.js';
import { layOutFooter, type FooterLayout } from './footer.js';
import { corporatePlans, inches, SIDEBAR_PANEL, slideSize, type CorporatePlan } from './corporate.js';
import { IDENTITY } from './geometry.js';
import type { SlideOnMaster } from './postprocess/adopt-master.js';
import type { DeflateMemo } from '../../ooxml/deflate-memo.js';
import type { FontMetrics } from '../fonts/index.js';
import { PptxGenJSClass, type PptxGenJS } from './pptxgen.js';
import { SlideCanvas, type CanvasHost, type DeckFonts } from './slide-canvas.js';
import { stripForXml as clean } from '../../schema/characters.js';

export type LayoutName = 'title' | 'content' | 'sidebar';

const MASTER: Record<LayoutName, string> = { title: 'ZT_TITLE', content: 'ZT_CONTENT', sidebar: 'ZT_SIDEBAR' };

/** Where each layout puts its title, and the sizes a title may take there. */
const TITLE_BOXES: Record<
  LayoutName,
  { x: number; y: number; w: number; h: number; size: number; min: number; lines: number }
> = {
  content: { ...TITLE, size: 26, min: 18, lines: 2 },
  sidebar: { x: 0.4, y: 0.45, w: SIDEBAR_W - 0.7, h: 1.5, size: 24, min: 16, lines: 4 },
  title: { x: 1.0, y: 2.2, w: 11.3, h: 1.5, size: 40, min: 28, lines: 2 },
};
/** The logo's box in the corner of content slides and on the title slide (sizes shared with the importer, which stores a logo for them). */
const LOGO_CORNER = { x: SLIDE.w - MARGIN - LOGO_BOXES.corner.w, y: 0.14, ...LOGO_BOXES.corner };
const LOGO_TITLE = { x: SLIDE.w - MARGIN - LOGO_BOXES.title.w, y: 0.6, ...LOGO_BOXES.title };
const BANNER_H = 0.24;
/** Where the footer's line ends: the slide number is to its right. */
const FOOTER_RIGHT = SLIDE.w - MARGIN - 0.6;

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
  /** The report context: what every text template of the deck receives. */
  readonly ctx: ReportContext;
  private count = 0;
  private readonly titleBoxes: typeof TITLE_BOXES;
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
  private readonly footers = new Map<LayoutName, { onMaster: SlideOnMaster }>();

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
    const resolve = fontResolver((name, fallback) =>
      this.warnings.push({
        code: 'font-fallback',
        severity: 'warning',
        message: `${fallback.reason}; lines may break differently where the deck is shown`,
        hint: `use a font of docs/fonts.md in the template's theme (fonts), or check the deck in a client that has "${name.trim()}"`,
      }),
    );
    this.corporate = template.master ? corporatePlans(template.master) : undefined;
    this.fonts = {
      heading: resolve(this.theme.fonts.heading),
      body: resolve(this.theme.fonts.body),
      frame: this.corporate?.content.frame ?? IDENTITY,
      minText: this.board?.min_text_size ?? 0,
    };
    this.resolveFont = resolve;
    this.ctx = inputs.context;
    this.specs = new Map(inputs.charts.map((spec) => [spec.id, spec]));
    this.images = inputs.images;
    // With a logo in the corner, content titles stop short of it.
    this.titleBoxes = template.logo
      ? { ...TITLE_BOXES, content: { ...TITLE_BOXES.content, w: TITLE.w - LOGO_CORNER.w - 0.2 } }
      : TITLE_BOXES;
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
    this.defineMasters();
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

  /**
   * A slide on a corporate layout: the title in the layout's title
   * placeholder, at the layout's size unless it must shrink to fit; the
   * content through the layout's frame; the footer in the layout's footer
   * placeholder, or written at the foot of the slide when it has none.
   */
  private corporateSlide(spec: SlideSpec, plan: CorporatePlan): SlideCanvas {
    this.count++;
    const slide = this.pptx.addSlide({ masterName: MASTER[spec.layout] });
    const canvas = new SlideCanvas(this, slide, this.count, spec.title, plan.frame);
    const own = TITLE_BOXES[spec.layout];
    const max = plan.titleSize ?? own.size;
    const min = Math.min(own.min, max);
    const metrics = plan.titleFont ? this.resolveFont(plan.titleFont) : this.fonts.heading;
    const fit = fitText(clean(spec.title), plan.title, {
      face: { metrics, bold: true },
      max,
      min,
      maxLines: Math.max(1, Math.floor(plan.title.h / ((min * metrics.lineEm) / 72))),
    });
    if (fit.truncated)
      this.warn(canvas, 'text-truncated', `the title: too long for its box even at ${min} pt, so it was cut`);
    const rtl = isRtl(fit.text);
    slide.addText(fit.text, {
      placeholder: 'title',
      // At the layout's own size the title inherits it (and the font and colour); smaller only when it must.
      ...(fit.fontSize < max || !plan.titleSize ? { fontSize: fit.fontSize } : {}),
      ...(rtl ? { rtlMode: true, ...(this.theme.rtl_align === 'right' ? { align: 'right' as const } : {}) } : {}),
    });
    if (spec.layout === 'sidebar')
      canvas.shape('rect', SIDEBAR_PANEL, { fill: this.theme.colors.sidebar, name: 'Sidebar' });
    const footer = this.corporateFooter(spec.layout, plan);
    this.onMaster.push(footer.onMaster);
    if (!plan.hasFooter) {
      const size = slideSize(this.template.master as NonNullable<Template['master']>);
      const y = Math.min(size.h - 0.36, plan.content.y + plan.content.h + 0.06);
      canvas.fitOnSlide(
        footer.onMaster.footer.text,
        { x: plan.content.x, y, w: plan.content.w, h: 0.3 },
        {
          max: 9,
          min: 7,
          maxLines: 1,
          color: this.theme.colors.muted,
          valign: 'middle',
          what: 'the footer',
          name: 'Footer',
        },
      );
    }
    if (spec.notes !== null) slide.addNotes(clean(spec.notes));
    return canvas;
  }

  /**
   * The footer of a corporate layout: the classification marking first, then
   * the footer, fitted to the layout's footer placeholder (the organization's
   * name shortened first), at the placeholder's own size when it fits.
   */
  private corporateFooter(kind: LayoutName, plan: CorporatePlan): { onMaster: SlideOnMaster } {
    const cached = this.footers.get(kind);
    if (cached) return cached;
    const footers = this.template.master?.layouts[kind].geometry.footers ?? [];
    const ftr = footers.find((p) => p.type === 'ftr');
    const dt = footers.find((p) => p.type === 'dt');
    const marking = this.model.classification ? clean(this.model.classification) : '';
    const line = (organization: string) =>
      [marking, clean(this.w.t('footer', { ...this.ctx, program: { ...this.ctx.program, organization } }))]
        .filter(Boolean)
        .join(' · ');
    const box = ftr?.box ? inches(ftr.box) : plan.content;
    const laid = layOutFooter({
      face: { metrics: this.fonts.body },
      footer: line,
      organization: this.model.organization,
      left: box.x,
      right: box.x + box.w,
      height: ftr?.box ? box.h : 0.3,
      ...(ftr?.size ? { max: ftr.size } : {}),
    });
    if (laid.shortened && !this.warnings.some((p) => p.message.startsWith('the footer:')))
      this.warnings.push({ code: 'text-truncated', severity: 'warning', message: `the footer: ${laid.shortened}` });
    const size = laid.footer.size;
    const made = {
      onMaster: {
        kind,
        footer: { text: laid.footer.text, ...(size !== ftr?.size ? { size } : {}) },
        date: { text: this.w.fmt.shortDate(this.model.reportingDate), ...(dt?.size ? {} : { size: 9 }) },
        ...(footers.find((p) => p.type === 'sldNum')?.size ? {} : { numberSize: 9 }),
      },
    };
    this.footers.set(kind, made);
    return made;
  }

  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void {
    this.warnings.push({ code, severity: 'warning', message: `slide ${canvas.number} "${canvas.title}": ${message}` });
  }

  /** Stand-ins for the corporate layouts, holding only the title placeholder where the layout has it. */
  private defineCorporateMasters(plans: Record<LayoutName, CorporatePlan>): void {
    for (const layout of ['title', 'content', 'sidebar'] as const) {
      const { x, y, w, h } = plans[layout].title;
      this.pptx.defineSlideMaster({
        title: MASTER[layout],
        objects: [{ placeholder: { options: { name: 'title', type: 'title' as const, x, y, w, h }, text: '' } }],
      });
    }
  }

  private logoImage(box: { x: number; y: number; w: number; h: number }, logo: Logo) {
    const { width, height } = logo.image;
    const scale = Math.min(box.w / width, box.h / height);
    const [w, h] = [width * scale, height * scale];
    const mime = logo.image.type === 'jpeg' ? 'image/jpeg' : 'image/png';
    return {
      image: {
        x: box.x + box.w - w,
        y: box.y,
        w,
        h,
        data: `data:${mime};base64,${logo.bytes.toString('base64')}`,
        altText: `${clean(this.model.organization)} logo`,
      },
    };
  }

  private defineMasters(): void {
    if (this.corporate) {
      this.defineCorporateMasters(this.corporate);
      return;
    }
    const { colors, fonts } = this.theme;
    const m = this.model;
    const logo = this.template.logo;
    // A marking is shown exactly as written: markings are often defined by law or policy, case included.
    const label = m.classification ? clean(m.classification) : undefined;
    const inFooter = this.theme.classification === 'footer' ? label : undefined;
    const footerOf = (left: number) => {
      const laid = layOutFooter({
        face: { metrics: this.fonts.body },
        footer: (organization) =>
          clean(this.w.t('footer', { ...this.ctx, program: { ...this.ctx.program, organization } })),
        organization: m.organization,
        classification: inFooter,
        left,
        right: FOOTER_RIGHT,
        height: 0.3,
      });
      if (laid.shortened && !this.warnings.some((p) => p.message.startsWith('the footer:')))
        this.warnings.push({ code: 'text-truncated', severity: 'warning', message: `the footer: ${laid.shortened}` });
      return laid;
    };
    const content = footerOf(MARGIN);
    const sidebar = footerOf(SIDEBAR_W + 0.3);
    const footerText = (color: string, laid: FooterLayout) => ({
      text: {
        text: laid.footer.text,
        options: {
          x: laid.footer.x,
          y: FOOTER_Y,
          w: laid.footer.w,
          h: 0.3,
          fontFace: fonts.body,
          fontSize: laid.footer.size,
          color,
          margin: 0,
          valign: 'middle' as const,
        },
      },
    });
    const classification = (color: string, laid?: FooterLayout) =>
      !label
        ? []
        : this.theme.classification === 'banner'
          ? [
              {
                rect: {
                  x: 0,
                  y: 0,
                  w: SLIDE.w,
                  h: BANNER_H,
                  fill: { color: colors.banner },
                  line: { color: colors.banner, width: 0 },
                },
              },
              {
                text: {
                  text: label,
                  options: {
                    x: 0,
                    y: 0,
                    w: SLIDE.w,
                    h: BANNER_H,
                    fontFace: fonts.body,
                    fontSize: 9,
                    bold: true,
                    color: colors.on_banner,
                    align: 'center' as const,
                    margin: 0,
                    valign: 'middle' as const,
                  },
                },
              },
            ]
          : [
              {
                text: {
                  text: label,
                  options: {
                    x: laid?.classification?.x ?? 7.0,
                    y: FOOTER_Y,
                    w: laid?.classification?.w ?? 5.2,
                    h: 0.3,
                    fontFace: fonts.body,
                    fontSize: laid?.classification?.size ?? 9,
                    bold: true,
                    color,
                    align: 'right' as const,
                    margin: 0,
                    valign: 'middle' as const,
                  },
                },
              },
            ];
    const slideNumber = {
      x: SLIDE.w - MARGIN - 0.5,
      y: FOOTER_Y,
      w: 0.5,
      h: 0.3,
      fontFace: fonts.body,
      fontSize: 9,
      color: colors.muted,
      align: 'right' as const,
    };
    const titlePlaceholder = (layout: LayoutName, color: string, valign: 'top' | 'bottom' | 'middle') => {
      const { x, y, w, h } = this.titleBoxes[layout];
      return {
        placeholder: {
          options: {
            name: 'title',
            type: 'title' as const,
            x,
            y,
            w,
            h,
            fontFace: fonts.heading,
            bold: true,
            color,
            valign,
            // No size and no alignment here: pptxgenjs lets a placeholder's options override those of the text put
            // in it, and each title has its own (the size it fits at; right for a right-to-left title).
            margin: 0,
          },
          text: '',
        },
      };
    };

    this.pptx.defineSlideMaster({
      title: MASTER.content,
      background: { color: colors.background },
      objects: [
        titlePlaceholder('content', colors.text, 'bottom'),
        {
          line: {
            x: MARGIN,
            y: FOOTER_Y - 0.08,
            w: SLIDE.w - 2 * MARGIN,
            h: 0,
            line: { color: colors.line, width: 0.75 },
          },
        },
        footerText(colors.muted, content),
        ...classification(colors.text, content),
        ...(logo ? [this.logoImage(LOGO_CORNER, logo)] : []),
      ],
      slideNumber,
    });
    this.pptx.defineSlideMaster({
      title: MASTER.sidebar,
      background: { color: colors.background },
      objects: [
        {
          rect: {
            x: 0,
            y: 0,
            w: SIDEBAR_W,
            h: SLIDE.h,
            fill: { color: colors.sidebar },
            line: { color: colors.sidebar, width: 0 },
          },
        },
        titlePlaceholder('sidebar', colors.on_sidebar, 'top'),
        {
          rect: {
            x: 0.4,
            y: 2.0,
            w: 1.6,
            h: 0.07,
            fill: { color: colors.accent },
            line: { color: colors.accent, width: 0 },
          },
        },
        footerText(colors.muted, sidebar),
        ...classification(colors.text, sidebar),
        ...(logo ? [this.logoImage(LOGO_CORNER, logo)] : []),
      ],
      slideNumber,
    });
    this.pptx.defineSlideMaster({
      title: MASTER.title,
      background: { color: colors.background },
      objects: [
        {
          rect: {
            x: 0,
            y: 0,
            w: 0.35,
            h: SLIDE.h,
            fill: { color: colors.accent },
            line: { color: colors.accent, width: 0 },
          },
        },
        titlePlaceholder('title', colors.text, 'bottom'),
        ...classification(colors.text, content),
        ...(logo ? [this.logoImage(LOGO_TITLE, logo)] : []),
      ],
    });
  }
}
