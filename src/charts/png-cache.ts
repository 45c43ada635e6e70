import { createHash } from 'node:crypto';
import type { Theme } from '../schema/template.js';
import type { ChartDrawer } from './draw-charts.js';
import type { ChartSpec } from './spec.js';

/** A drawer that remembers its PNGs: what a rebuild of `build --watch` draws with. */
export interface CachingDrawer extends ChartDrawer {
  /** How many charts the last draw() drew; the others were the PNGs of an earlier draw. */
  readonly redrawn: number;
}

/**
 * Draws only the charts whose spec, size or theme changed since the last
 * draw: a PNG is a pure function of its spec (which holds its size) and the
 * theme, so the bytes kept are the bytes drawing again would give. Only the
 * PNGs of the last draw are kept.
 */
export function cachingDrawer(inner: ChartDrawer): CachingDrawer {
  let kept = new Map<string, Buffer>();
  let redrawn = 0;
  return {
    get redrawn() {
      return redrawn;
    },
    async draw(specs, theme, onChart) {
      const themeKey = hash(JSON.stringify(theme satisfies Theme));
      const keys = specs.map((spec) => hash(`${themeKey}\n${JSON.stringify(spec satisfies ChartSpec)}`));
      const missing = specs.filter((_, i) => !kept.has(keys[i] ?? ''));
      const reused = specs.length - missing.length;
      onChart?.(reused, specs.length);
      const drawn = missing.length
        ? await inner.draw(missing, theme, (done) => onChart?.(reused + done, specs.length))
        : new Map<string, Buffer>();
      const next = new Map<string, Buffer>();
      const pngs = new Map<string, Buffer>();
      for (const [i, spec] of specs.entries()) {
        const key = keys[i] ?? '';
        const png = kept.get(key) ?? drawn.get(spec.id);
        if (!png) throw new Error(`the chart ${spec.id} was not drawn`);
        next.set(key, png);
        pngs.set(spec.id, png);
      }
      kept = next;
      redrawn = missing.length;
      return pngs;
    },
    close: () => inner.close(),
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
