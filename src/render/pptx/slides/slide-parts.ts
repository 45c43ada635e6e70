import type { SlideKind } from '../../../schema/deck.js';
import type { DeckFonts, FitStyle } from '../canvas/text-style.js';
import { CONTENT, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import type { SlideDeck } from '../slide-deck.js';
import { headerHeight, paginate } from './common.js';

/**
 * Parts several slides share: a table's rows in pages, a slide of a paged
 * section, the line that counts what a board slide leaves out, "nothing to
 * show".
 */

/** A text and the box it is fitted to. */
export interface Placed {
  text: string;
  box: Box;
  style: FitStyle;
}

/** Page `p` of `pages` of a section: its title says "(2 of 3)" when continued; its notes get the page and `extra`. */
export function pagedSlide(deck: SlideDeck, kind: SlideKind, p: number, pages: number, extra: object): SlideCanvas {
  return deck.slide({
    layout: 'content',
    title: deck.title(kind, {}, p, pages),
    notes: deck.notes(kind, { page: p + 1, pages, ...extra }),
  });
}

/** Rows of measured `heights` in pages under their header (measured, at least `min` tall), in `room` or the content area. */
export function tablePages(
  fonts: DeckFonts,
  table: { headers: readonly string[]; widths: readonly number[]; font: number; heights: readonly number[] },
  min?: number,
  room: number = CONTENT.h,
): { header: number; pages: number[][] } {
  const header = headerHeight(fonts, table.headers, table.widths, table.font, min);
  return { header, pages: paginate(table.heights, header, room) };
}

/** The line under a board slide's table that counts what it leaves to the full deck, across the content area. */
export function leftOutLine(text: string, height: number, size: number, what: string, muted: string): Placed {
  return {
    text,
    box: { x: CONTENT.x, y: CONTENT.y + CONTENT.h - height + 0.05, w: CONTENT.w, h: height - 0.05 },
    style: { max: size, min: 10, maxLines: 2, italic: true, color: muted, what },
  };
}

/** A section with nothing to show says so, in the middle of the slide. */
export function nothingToShow(c: SlideCanvas, text: string, at: { y: number; h: number; size: number }): void {
  c.text(
    text,
    { x: CONTENT.x, y: at.y, w: CONTENT.w, h: at.h },
    { size: at.size, color: c.deck.theme.colors.muted, align: 'center' },
  );
}
