/** The slide grid, in inches (16:9, 13.333 × 7.5). */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
export const MARGIN = 0.5;
export const TITLE = { x: MARGIN, y: 0.32, w: SLIDE.w - 2 * MARGIN, h: 0.78 } as const;
export const KICKER = { x: MARGIN, y: 0.12, w: SLIDE.w - 2 * MARGIN, h: 0.26 } as const;
export const CONTENT = { x: MARGIN, y: 1.38, w: SLIDE.w - 2 * MARGIN, h: 5.5 } as const;
export const FOOTER_Y = 7.05;
export const SIDEBAR_W = 3.6;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Splits a box into columns with a gap between them. */
export function columns(box: Box, count: number, gap: number): Box[] {
  const w = (box.w - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ x: box.x + i * (w + gap), y: box.y, w, h: box.h }));
}

/** Rounds to 1/1000 inch so positions are stable numbers in the XML. */
export function roundInch(n: number): number {
  return Math.round(n * 1000) / 1000;
}
