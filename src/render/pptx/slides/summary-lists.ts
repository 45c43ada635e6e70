import { linesHeightIn, wrap, type Face } from '../../text-fit.js';
import type { FitStyle } from '../canvas/text-style.js';
import type { Box } from '../geometry.js';
import type { LayoutDeck } from '../slide-deck.js';
import type { ListName } from '../slide-map.js';

/**
 * The summary's ranked lists laid out: how many items of each the slide
 * shows (by measure, at one size), and where each list's heading and items
 * go. The "and N more" line names the slides that hold the rest, so its words
 * are final only once every slide exists: measured here in their widest form.
 */

/** The size of the summary's lists: readable when projected, in every deck. */
export const LIST_SIZE = 12;
export const PARA_AFTER = 3;
const BULLET_IN = 12 / 72;
const HEADING_H = 0.32;
const GAP = 0.14;

/** A list of the summary: its items in rank order, and how the rest is counted ("20 blocked, 28 overdue"). */
export interface SummaryList {
  list: ListName;
  heading: string;
  items: string[];
  /** The counts of the items from `shown` on, by kind, in words. */
  restKinds: (shown: number) => string;
}

/** A list placed on the slide: its heading, the box of its items (and "more" line), how many items it shows. */
export interface PlacedList {
  list: SummaryList;
  shown: number;
  heading: { text: string; box: Box; style: FitStyle };
  body: Box;
}

/** The style of a heading on the summary (the lists' and the scenarios' health). */
export function headingStyle(deck: Pick<LayoutDeck, 'theme'>): FitStyle {
  return {
    max: 13,
    min: 11,
    maxLines: 1,
    bold: true,
    color: deck.theme.colors.accent,
    font: 'heading',
    what: 'a heading',
  };
}

/** Height of one bulleted paragraph at the lists' size, on the design grid. */
function paragraphHeight(deck: LayoutDeck, text: string, width: number, face: Face): number {
  const { sx, sy } = deck.fonts.frame;
  const lines = wrap(text, LIST_SIZE, width * sx - BULLET_IN, face).length;
  return (linesHeightIn(lines, LIST_SIZE, face) + PARA_AFTER / 72) / sy;
}

/** The "and N more: …; see the appendix, slides 31–34" line; measured before the slides exist with the widest slide numbers. */
export function moreLine(deck: LayoutDeck, l: SummaryList, shown: number, final: boolean): string {
  return deck.w.t('summary.more_of', {
    count: l.items.length - shown,
    kinds: l.restKinds(shown),
    where: deck.whereRest(l.list, shown, l.items.length, final),
  });
}

/** What a list takes on the slide with `shown` items: heading, items, and the "more" line (or "None"). */
function listHeight(deck: LayoutDeck, l: SummaryList, shown: number, width: number, heights: number[]): number {
  const face = { metrics: deck.fonts.body };
  const items = heights.slice(0, shown).reduce((a, b) => a + b, 0);
  const tail =
    l.items.length === 0
      ? paragraphHeight(deck, deck.w.t('summary.nothing'), width, face)
      : shown < l.items.length
        ? paragraphHeight(deck, moreLine(deck, l, shown, false), width, face)
        : 0;
  return HEADING_H + items + tail;
}

/**
 * How many items of each list the slide shows: one at a time in turn (the
 * lists in priority order), each list until its next item no longer fits, so
 * the room is shared and every list shows its first items. Counted by
 * measure, at one size: fewer items, never smaller type.
 */
export function allocate(deck: LayoutDeck, lists: SummaryList[], box: Box): number[] {
  const face = { metrics: deck.fonts.body };
  const heights = lists.map((l) => l.items.map((t) => paragraphHeight(deck, t, box.w, face)));
  const shown = lists.map(() => 0);
  const total = () =>
    lists.reduce((sum, l, i) => sum + listHeight(deck, l, shown[i] ?? 0, box.w, heights[i] ?? []), 0) +
    GAP * (lists.length - 1);
  const closed = lists.map((l) => l.items.length === 0);
  while (closed.includes(false)) {
    for (let i = 0; i < lists.length; i++) {
      if (closed[i]) continue;
      shown[i] = (shown[i] ?? 0) + 1;
      if (total() > box.h) {
        shown[i] = (shown[i] ?? 1) - 1;
        closed[i] = true;
      } else if (shown[i] === lists[i]?.items.length) closed[i] = true;
    }
  }
  return shown;
}

/** The lists one under the other, each its heading, then its items and its "more" line. */
export function placeLists(deck: LayoutDeck, lists: SummaryList[], shown: number[], box: Box): PlacedList[] {
  const face = { metrics: deck.fonts.body };
  let y = box.y;
  return lists.map((l, i) => {
    const k = shown[i] ?? 0;
    const heights = l.items.map((t) => paragraphHeight(deck, t, box.w, face));
    const h = listHeight(deck, l, k, box.w, heights);
    const placed = {
      list: l,
      shown: k,
      heading: { text: l.heading, box: { x: box.x, y, w: box.w, h: 0.3 }, style: headingStyle(deck) },
      body: { x: box.x, y: y + HEADING_H, w: box.w, h: h - HEADING_H + 0.02 },
    };
    y += h + GAP;
    return placed;
  });
}
