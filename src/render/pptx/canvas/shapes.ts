import { stripForXml as clean } from '../../../schema/characters.js';
import { roundInch, type Box } from '../geometry.js';
import type { ShapeProps } from '../pptxgen.js';

/** A point of a custom shape's path, in inches from the box's corner. */
export type PathPoint =
  { x: number; y: number; curve?: { type: 'quadratic'; x1: number; y1: number } } | { close: true };

export interface ShapeStyle {
  fill?: string;
  line?: string;
  lineWidth?: number;
  dash?: 'solid' | 'dash' | 'sysDot';
  radius?: number;
  name?: string;
}

/** A path's points scaled by `k` (a shape drawn smaller or larger than designed, its proportions kept). */
export function scalePath(points: readonly PathPoint[], k: number): PathPoint[] {
  return points.map((p): PathPoint =>
    'close' in p
      ? p
      : {
          x: p.x * k,
          y: p.y * k,
          ...(p.curve ? { curve: { type: 'quadratic', x1: p.curve.x1 * k, y1: p.curve.y1 * k } } : {}),
        },
  );
}

/** The options of a shape in a box: its fill and outline, or none. */
export function shapeOptions(box: Box, s: ShapeStyle): ShapeProps {
  return {
    x: roundInch(box.x),
    y: roundInch(box.y),
    w: roundInch(box.w),
    h: roundInch(box.h),
    fill: s.fill ? { color: s.fill } : { type: 'none' },
    line: s.line ? { color: s.line, width: s.lineWidth ?? 1, dashType: s.dash ?? 'solid' } : { type: 'none' },
    ...(s.radius !== undefined ? { rectRadius: s.radius } : {}),
    ...(s.name ? { objectName: clean(s.name) } : {}),
  };
}
