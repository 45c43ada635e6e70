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

/**
 * Where a slide's design is drawn: the slide modules lay out on the 13.333 ×
 * 7.5 in grid above, and a frame maps that grid's region into the region of
 * the slide actually used (a corporate layout's content area, another slide
 * size). Boxes stretch to the region; shapes that must keep their proportions
 * (circles, diamonds, shields) scale by the smaller factor about their centre.
 * Text is never scaled: it is measured again in the box it lands in.
 *
 * A mirrored frame also turns the design right to left (a deck in Arabic or
 * Hebrew): what was designed at the left of the region lands at its right,
 * so the slide reads from the right as its language does.
 */
export interface Frame {
  readonly sx: number;
  readonly sy: number;
  /** Whether the design is drawn right to left: text aligned left is aligned right, a table's first column is on the right. */
  readonly mirrored: boolean;
  map(b: Box): Box;
  /** A box whose proportions are kept. */
  mapKeepingShape(b: Box): Box;
  mapX(x: number): number;
  mapY(y: number): number;
}

export function frameBetween(design: Box, target: Box, mirrored = false): Frame {
  const sx = target.w / design.w;
  const sy = target.h / design.h;
  const mapX = mirrored
    ? (x: number) => target.x + (design.x + design.w - x) * sx
    : (x: number) => target.x + (x - design.x) * sx;
  const mapY = (y: number) => target.y + (y - design.y) * sy;
  const s = Math.min(sx, sy);
  return {
    sx,
    sy,
    mirrored,
    mapX,
    mapY,
    // Mirrored, a box's right edge is where its left edge lands.
    map: (b) => ({ x: mapX(mirrored ? b.x + b.w : b.x), y: mapY(b.y), w: b.w * sx, h: b.h * sy }),
    mapKeepingShape: (b) => {
      const [cx, cy] = [mapX(b.x + b.w / 2), mapY(b.y + b.h / 2)];
      return { x: cx - (b.w * s) / 2, y: cy - (b.h * s) / 2, w: b.w * s, h: b.h * s };
    },
  };
}

/** The frame that changes nothing (ztdeck's own master on a 16:9 slide). */
export const IDENTITY: Frame = frameBetween({ x: 0, y: 0, w: 1, h: 1 }, { x: 0, y: 0, w: 1, h: 1 });

/** ztdeck's own master, right to left: the slide mirrored about its middle. */
export const MIRRORED: Frame = frameBetween({ x: 0, y: 0, ...SLIDE }, { x: 0, y: 0, ...SLIDE }, true);

/** An alignment as a mirrored frame draws it: left and right swap, centred stays. */
export function alignIn<A extends string | undefined>(frame: Frame, align: A): A | 'right' | 'left' {
  if (!frame.mirrored) return align;
  return align === 'right' ? 'left' : align === 'left' || align === undefined ? 'right' : align;
}
