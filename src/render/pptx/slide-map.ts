import type { SlideKind } from '../../schema/deck.js';

/** The ranked lists whose items a slide can point to by number. */
export type ListName = 'attention' | 'since' | 'decisions' | 'risks' | 'kpis';

/** A run of slides by number; `last` equals `first` for one slide. */
export interface SlideRange {
  first: number;
  last: number;
}

/**
 * Where things landed in the deck: the slides of each section and the slide
 * of each item of a ranked list, so a slide drawn before them (the summary)
 * can say "see the appendix, slides 31–34". Drawing that needs them waits
 * until every slide exists (later()).
 */
export class SlideMap {
  private readonly sections = new Map<SlideKind, SlideRange>();
  private readonly items = new Map<ListName, number[]>();
  private readonly deferred: (() => void)[] = [];

  /** Records the slides a section took (none when it drew nothing). */
  section(kind: SlideKind, first: number, last: number): void {
    if (last < first) return;
    const had = this.sections.get(kind);
    this.sections.set(
      kind,
      had ? { first: Math.min(had.first, first), last: Math.max(had.last, last) } : { first, last },
    );
  }

  sectionOf(kind: SlideKind): SlideRange | null {
    return this.sections.get(kind) ?? null;
  }

  /** Records that item `index` (0-based, in rank order) of a list is on slide `slide`. */
  place(list: ListName, index: number, slide: number): void {
    const at = this.items.get(list) ?? [];
    at[index] = slide;
    this.items.set(list, at);
  }

  /** The slides that hold items `from`… of a list, when every one of them was placed; else null. */
  holding(list: ListName, from: number, count: number): SlideRange | null {
    const at = this.items.get(list);
    if (!at || from >= count) return null;
    const slides = at.slice(from, count);
    if (slides.length < count - from || slides.some((n) => n === undefined)) return null;
    return { first: Math.min(...slides), last: Math.max(...slides) };
  }

  /** Drawing that must wait until every slide exists. */
  later(draw: () => void): void {
    this.deferred.push(draw);
  }

  /** Runs what waited, in the order it was asked for. */
  finish(): void {
    for (const draw of this.deferred.splice(0)) draw();
  }
}
