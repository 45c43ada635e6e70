import type { ChartSpec } from '../../charts/spec.js';
import type { ProgramModel } from '../../model/types.js';
import type { ReportContext } from '../../present/report-context.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import type { TrackerUnit } from './board-plan.js';
import type { LayoutName } from './deck-masters.js';
import type { DeckFonts } from './canvas/text-style.js';
import type { SlideCanvas } from './slide-canvas.js';
import type { ListName, SlideMap, SlideRange } from './slide-map.js';

/**
 * What a slide module is given of the deck it draws in: the deck's words,
 * how text measures, what the deck holds, and a way to add a slide. The
 * DeckBuilder is one; a slide module never sees pptxgenjs or the builder.
 */

/** The words of the deck: the template's wording, the report context, titles, notes and references to slides. */
export interface DeckWords {
  readonly w: Wording;
  /** The report context: what every text template of the deck receives. */
  readonly ctx: ReportContext;
  /** A slide title from strings.yaml (titles.<kind>), continued titles get "(2 of 3)". */
  title(kind: SlideKind, extra?: object, page?: number, pages?: number): string;
  /** The speaker notes of a slide, from text/notes/<kind>.hbs. */
  notes(kind: SlideKind, extra?: object): string;
  /** The words that send a reader to a slide of the deck by its title: "see “Appendix: all objectives”". */
  refTo(kind: SlideKind, extra?: object): string;
  /** "slide 12" or "slides 31–34", in the template's words. */
  slidesText(range: SlideRange): string;
  /** Where the items of a ranked list from `from` on are listed in full (see DeckWording.whereRest). */
  whereRest(list: ListName, from: number, count: number, final?: boolean): string;
  /** The sections left out because nothing is recorded for them yet, in the summary's words, or null. */
  notRecorded(): string | null;
  /** Whether the deck holds slides of a kind: a reference to a slide is only written when the slide is there. */
  has(kind: SlideKind): boolean;
}

/** What a slide's layout step reads: the deck's words, the program, the theme, how text measures, the board's budget. */
export interface LayoutDeck extends DeckWords {
  readonly model: ProgramModel;
  readonly theme: Theme;
  /** The metrics text is measured with, and the frame content slides are drawn through. */
  readonly fonts: DeckFonts;
  /** The smallest text size the deck allows (a board deck's budget), or 0. */
  readonly minText: number;
  /** A board deck's budget, or null. */
  readonly board: BoardBudget | null;
  /** The trackers a board deck leaves to the full deck for want of slides (none in a team deck). */
  readonly trackersLeft: readonly TrackerUnit[];
  /** Whether the deck draws the tracker of a scenario (or of one of its tracks). */
  showsTracker(scenarioId: string, trackId: string | null): boolean;
}

export interface SlideSpec {
  layout: LayoutName;
  title: string;
  /** A short line above the title (the scenario, the section). */
  kicker?: string;
  /** The talk track for the presenter; null when the slide adds it once drawn (SlideCanvas.notes). */
  notes: string | null;
}

/** What a slide module draws with: the layout's inputs, and slides to draw on. */
export interface SlideDeck extends LayoutDeck {
  /** Where each section and each ranked item landed, and the drawing that waits for it. */
  readonly map: SlideMap;
  /** The slides made so far. */
  readonly slideCount: number;
  /** A new slide on a layout, with its title (fitted to the layout's title box), kicker and notes. */
  slide(spec: SlideSpec): SlideCanvas;
  /** The spec of a chart by id (see charts/registry.ts). */
  chart(id: string): ChartSpec;
  /** Reports text that had to give, naming the slide. */
  warn(canvas: SlideCanvas, code: 'text-truncated', message: string): void;
}
