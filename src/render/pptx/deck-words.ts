import type { ReportContext } from '../../present/report-context.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';
import type { Wording } from '../../templating/wording.js';
import type { DeckWords } from './slide-deck.js';
import type { ListName, SlideMap, SlideRange } from './slide-map.js';

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

/**
 * The words of a deck: slide titles and notes from the template, and the
 * words that point a reader to another slide, written only when the deck
 * holds that slide.
 */
export class DeckWording implements DeckWords {
  constructor(
    readonly w: Wording,
    readonly ctx: ReportContext,
    private readonly composition: DeckComposition,
    private readonly map: SlideMap,
  ) {}

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

  has(kind: SlideKind): boolean {
    return this.composition.slides.includes(kind);
  }

  notRecorded(): string | null {
    const left = this.composition.left.map((kind) => this.title(kind));
    return left.length ? this.w.t('summary.not_recorded', { sections: this.w.join(left) }) : null;
  }

  refTo(kind: SlideKind, extra: object = {}): string {
    return this.w.t('refs.slide', { title: this.title(kind, extra) });
  }

  title(kind: SlideKind, extra: object = {}, page = 0, pages = 1): string {
    const title = this.w.t(`titles.${kind}`, { ...this.ctx, ...extra });
    return pages > 1 ? this.w.t('continued', { title, page: page + 1, pages }) : title;
  }

  notes(kind: SlideKind, extra: object = {}): string {
    return this.w.notes(kind, { ...this.ctx, ...extra });
  }
}
