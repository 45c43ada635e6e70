/** The largest logo file a template may hold. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/**
 * The boxes the deck fits a logo into, in inches (render/pptx/deck-builder.ts
 * places them): the corner of content slides and the title slide.
 */
export const LOGO_BOXES = {
  corner: { w: 1.6, h: 0.42 },
  title: { w: 3.0, h: 1.1 },
} as const;

/**
 * Pixels per inch of a logo as shown: a 13.333-inch slide across a 1920-pixel
 * screen or projector is 144 px/in. A stored logo keeps twice that (288 px/in),
 * enough for a 4K screen and for print at the size it is drawn.
 */
export const SHOWN_PPI = 144;
export const KEPT_PPI = 2 * SHOWN_PPI;

/**
 * The size a logo of `width`×`height` pixels is worth keeping: at most
 * KEPT_PPI over its largest displayed size (it keeps its proportions in each
 * box), never larger than it is.
 */
export function keptLogoSize(width: number, height: number): { width: number; height: number } {
  const shownInches = Math.max(...Object.values(LOGO_BOXES).map((b) => width * Math.min(b.w / width, b.h / height)));
  const maxWidth = Math.ceil(shownInches * KEPT_PPI);
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}
