import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';
import { SlideMap, type ListName, type SlideRange } from './slide-map.js';
import { boardTrackers, type TrackerUnit } from './board-plan.js';
import type { Theme } from '../../schema/template.js';
import type { Template } from '../../templating/load-template.js';
import type { Wording } from '../../templating/wording.js';
import type { ChartSpec } from '../../charts/spec.js';
import type { ReportContext } from '../../present/report-context.js';
import { deckLanguage, type DeckLanguage } from '../scripts/language.js';
import { measuredScripts } from './deck-fonts.js';
import { fontResolver } from '../fonts/index.js';
import { corporatePlans, slideSize } from './corporate.js';
import { defineCorporateMasters, defineMasters, titleBoxes } from './deck-masters.js';
import { DeckWording, type DeckComposition } from './deck-words.js';
import { IDENTITY } from './geometry.js';
import type { SlideOnMaster } from './postprocess/adopt-master.js';
import type { DeflateMemo } from '../../ooxml/deflate-memo.js';
import { PptxGenJSClass, type PptxGenJS } from './pptxgen.js';
import type { SlideCanvas, CanvasHost } from './slide-canvas.js';
import type { DeckFonts } from './canvas/text-style.js';
import type { SlideDeck, SlideSpec } from './slide-deck.js';
import { SlideMaker } from './slide-maker.js';
import { stripForXml as clean } from '../../schema/characters.js';

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

/**
 * Wraps pptxgenjs for the slide modules, which see it as a SlideDeck (see
 * slide-deck.ts): the deck's layouts (deck-masters.ts), slides made with
 * their frame (slide-maker.ts), the template's words (deck-words.ts), the
 * fonts text is measured in, and a warning channel for text that had to give.
 */
export class DeckBuilder implements SlideDeck, CanvasHost {
  readonly pptx: PptxGenJS;
  readonly warnings: Problem[] = [];
  readonly theme: Theme;
  readonly fonts: DeckFonts;
  /** The program's language (program.yaml, else the template's locale) and that of text in other scripts. */
  readonly language: DeckLanguage;
  private charts = 0;
  /** Where each section and each ranked item landed, and the drawing that waits for it. */
  readonly map = new SlideMap();
  /** A board deck's budget, or null. */
  readonly board: BoardBudget | null;
  /** The trackers a board deck leaves to the full deck for want of slides (none in a team deck). */
  readonly trackersLeft: readonly TrackerUnit[];
  private readonly trackersShown: ReadonlySet<string> | null;
  private readonly words: DeckWording;
  private readonly maker: SlideMaker;
  /** The chart specs by id, computed once per build (the PNGs are drawn from the same specs). */
  private readonly specs: ReadonlyMap<string, ChartSpec>;
  readonly images: ReadonlyMap<string, Buffer> | undefined;

  constructor(
    readonly model: ProgramModel,
    readonly template: Template,
    readonly w: Wording,
    inputs: DeckInputs & DeckComposition,
  ) {
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
    // A deck in a right-to-left language is laid out mirrored, unless the theme keeps its text aligned left.
    const mirrored = this.language.rtl && this.theme.rtl_align === 'right';
    const corporate = template.master ? corporatePlans(template.master, mirrored) : undefined;
    const scripts = measuredScripts(this.theme, template.master);
    this.fonts = {
      heading: resolve(this.theme.fonts.heading, scripts.heading),
      body: resolve(this.theme.fonts.body, scripts.body),
      frame: corporate?.content.frame ?? IDENTITY,
      minText: this.board?.min_text_size ?? 0,
    };
    this.words = new DeckWording(w, inputs.context, { slides: inputs.slides, left: inputs.left }, this.map);
    this.specs = new Map(inputs.charts.map((spec) => [spec.id, spec]));
    this.images = inputs.images;
    this.pptx = this.presentation();
    // With a logo in the corner, content titles stop short of it.
    const boxes = titleBoxes(template.logo);
    const footer = (organization: string, name?: string) => this.footerText(organization, name);
    if (corporate) defineCorporateMasters(this.pptx, corporate);
    else
      defineMasters({
        pptx: this.pptx,
        theme: this.theme,
        model,
        logo: template.logo,
        bodyFont: this.fonts.body,
        titleBoxes: boxes,
        footer,
        warnings: this.warnings,
        mirrored,
      });
    this.maker = new SlideMaker({
      pptx: this.pptx,
      host: this,
      theme: this.theme,
      model,
      fonts: this.fonts,
      titleBoxes: boxes,
      corporate: template.master && corporate ? { master: template.master, plans: corporate } : undefined,
      resolveFont: (name) => resolve(name, scripts.heading),
      footer,
      date: w.fmt.shortDate(model.reportingDate),
      warnings: this.warnings,
      mirrored,
    });
  }

  /** The pptxgenjs presentation: its slide size, properties and theme fonts. */
  private presentation(): PptxGenJS {
    const { model, template, w } = this;
    const pptx = new PptxGenJSClass();
    if (template.master) {
      // The corporate master's slide size; its masters and layouts replace these after writing (postprocess).
      const size = slideSize(template.master);
      pptx.defineLayout({ name: 'CORPORATE', width: size.w, height: size.h });
      pptx.layout = 'CORPORATE';
    } else pptx.layout = 'LAYOUT_WIDE';
    pptx.author = 'ztdeck';
    pptx.company = clean(model.organization);
    pptx.title = clean(`${model.program}: ${model.periodLabel ?? w.fmt.shortDate(model.reportingDate)}`);
    pptx.subject = 'Zero Trust adoption progress';
    pptx.theme = { headFontFace: this.theme.fonts.heading, bodyFontFace: this.theme.fonts.body };
    return pptx;
  }

  /** The footer's words, with the organization's and the program's names as shortened to fit. */
  private footerText(organization: string, name = this.ctx.program.name): string {
    return clean(this.w.t('footer', { ...this.ctx, program: { ...this.ctx.program, organization, name } }));
  }

  /** The report context: what every text template of the deck receives. */
  get ctx(): ReportContext {
    return this.words.ctx;
  }

  /** The smallest text size the deck allows (a board deck's budget), or 0. */
  get minText(): number {
    return this.fonts.minText;
  }

  /** The kind of layout of each slide and its footer, for the postprocess step that puts them on the corporate master. */
  get onMaster(): readonly SlideOnMaster[] {
    return this.maker.onMaster;
  }

  slidesText(range: SlideRange): string {
    return this.words.slidesText(range);
  }

  whereRest(list: ListName, from: number, count: number, final = true): string {
    return this.words.whereRest(list, from, count, final);
  }

  showsTracker(scenarioId: string, trackId: string | null): boolean {
    return this.trackersShown === null || this.trackersShown.has(`${scenarioId}/${trackId ?? ''}`);
  }

  has(kind: SlideKind): boolean {
    return this.words.has(kind);
  }

  notRecorded(): string | null {
    return this.words.notRecorded();
  }

  refTo(kind: SlideKind, extra: object = {}): string {
    return this.words.refTo(kind, extra);
  }

  title(kind: SlideKind, extra: object = {}, page = 0, pages = 1): string {
    return this.words.title(kind, extra, page, pages);
  }

  notes(kind: SlideKind, extra: object = {}): string {
    return this.words.notes(kind, extra);
  }

  chart(id: string): ChartSpec {
    const spec = this.specs.get(id);
    if (!spec) throw new Error(`no chart spec ${id} for this program`);
    return spec;
  }

  get slideCount(): number {
    return this.maker.slideCount;
  }

  /** Native charts and chart pictures placed so far. */
  get chartCount(): number {
    return this.charts;
  }

  countChart(): void {
    this.charts++;
  }

  slide(spec: SlideSpec): SlideCanvas {
    return this.maker.slide(spec);
  }

  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void {
    this.warnings.push({ code, severity: 'warning', message: `slide ${canvas.number} "${canvas.title}": ${message}` });
  }
}
