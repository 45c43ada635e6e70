// culori's single-file CommonJS build: its ES module entry is 151 files, which Node took 70–115 ms to load, against
// about 10 ms for this one file (same functions, same results).
// Its bundle exports are not visible to Node's named-import detection, hence require.
import { createRequire } from 'node:module';

const { clampChroma, differenceCiede2000, formatHex, oklch, wcagContrast } = createRequire(import.meta.url)(
  'culori/require',
) as typeof import('culori');

const difference = differenceCiede2000();

/**
 * Below this CIEDE2000 difference two colours read as the same to most
 * readers on a slide (the default template's old amber stage was 14.5 from
 * its at-risk colour, and read as "at risk").
 */
export const MIN_DISTINCT = 15;

/** How different two colours look (CIEDE2000; about 2.3 is the smallest difference a trained eye sees). */
export function colourDifference(a: string, b: string): number {
  return difference(`#${a}`, `#${b}`);
}

/** What a colour pair carries, and the WCAG 2.1 contrast ratio it needs (success criteria 1.4.3 and 1.4.11). */
export const CONTRAST_NEEDS = {
  /** Body text: under 18 pt, or under 14 pt when bold. */
  text: 4.5,
  /** Large text: 18 pt and over, or 14 pt and over when bold. */
  large: 3,
  /** Chart marks, shields, diamonds and other graphics a reader needs to see. */
  graphic: 3,
} as const;
export type ContrastNeed = keyof typeof CONTRAST_NEEDS;

/** The WCAG 2.1 contrast ratio of two colours written as six hex digits, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(`#${a}`, `#${b}`);
}

/** A measured ratio as people write it: 4.48 → "4.4:1" (rounded down, so a failing ratio never reads as the threshold). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** What a pair needs, in words: "4.5:1", "3:1". */
export function neededRatio(need: ContrastNeed): string {
  return `${CONTRAST_NEEDS[need]}:1`;
}

/** The colour with its OKLCH lightness set to `l`, its hue kept, its chroma reduced as far as sRGB needs. */
export function withLightness(hex: string, l: number): string {
  const base = oklch(`#${hex}`);
  if (!base) throw new Error(`not a colour: ${hex}`);
  const moved = clampChroma({ mode: 'oklch', l, c: base.c, h: base.h ?? 0 }, 'oklch');
  return formatHex(moved).slice(1).toUpperCase();
}

/** OKLCH lightness from 0 (black) to 1 (white). */
export function lightness(hex: string): number {
  return oklch(`#${hex}`)?.l ?? 0;
}

/** The step of the lightness search: 1/500 of the range, finer than one step of an 8-bit channel in most hues. */
const STEP = 0.002;

/**
 * The shade of `hex` nearest to it that `passes`: the same hue, only the
 * OKLCH lightness changed, by as little as it takes (searched both ways,
 * darker first on a tie). The test runs on the six hex digits that will be
 * written, so rounding cannot turn a pass into a fail. Undefined when no
 * lightness passes.
 */
export function nearestPassingShade(hex: string, passes: (candidate: string) => boolean): string | undefined {
  if (passes(hex)) return hex;
  const start = lightness(hex);
  for (let step = 1; step <= 1 / STEP; step++) {
    for (const l of [start - step * STEP, start + step * STEP]) {
      if (l < 0 || l > 1) continue;
      const candidate = withLightness(hex, l);
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
