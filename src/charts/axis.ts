/** A value axis: its range, the distance between ticks, and the decimals a tick label needs. */
export interface ValueAxisRange {
  min: number;
  max: number;
  step: number;
  /** Decimals that make every tick label different (0 for a step of 1 or more). */
  decimals: number;
}

const MIN_STEP = 1e-6;
const LIMIT = 1e15;

/** Steps a reader finds natural: 1, 2, 2.5 and 5 times a power of ten. */
const NICE = [1, 2, 2.5, 5, 10] as const;

/**
 * The axis for a set of values, computed here rather than by the chart
 * library, so it is the same in the PNG and in PowerPoint and safe for any
 * input: non-finite values are ignored, a flat series gets room around it,
 * and the number of ticks is bounded whatever the magnitudes (Chart.js left
 * to itself ran away on 1.7e308).
 */
export function valueAxisRange(
  values: readonly (number | null)[],
  options: { zero?: boolean; maxTicks?: number } = {},
): ValueAxisRange {
  // Validation bounds values far below this; the clamp keeps the arithmetic finite should one slip through.
  const finite = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .map((v) => Math.max(-LIMIT, Math.min(LIMIT, v)));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (options.zero !== false) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    const pad = Math.abs(hi) / 10 || 1;
    hi += pad;
    if (!(options.zero !== false && lo === 0)) lo -= pad;
  }
  const intervals = Math.max(2, (options.maxTicks ?? 6) - 1);
  // Below a millionth, differences are noise to a reader (and to decimal tick labels).
  const raw = Math.max((hi - lo) / intervals, MIN_STEP);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (NICE.find((n) => n * power >= raw) ?? 10) * power;
  const decimals = stepDecimals(step);
  let min = round(Math.floor(lo / step + 1e-9) * step, decimals);
  let max = round(Math.ceil(hi / step - 1e-9) * step, decimals);
  if (min > lo) min = round(min - step, decimals);
  if (max < hi || max <= min) max = round(max + step, decimals);
  return { min, max, step: round(step, decimals), decimals };
}

/** The decimals a tick label needs for a step: none for 1, 5 or 10, one for 0.5 or 2.5, two for 0.25... */
function stepDecimals(step: number): number {
  const magnitude = Math.floor(Math.log10(step) + 1e-9);
  return Math.max(0, -magnitude + (Number.isInteger(round(step / 10 ** magnitude, 6)) ? 0 : 1));
}

function round(n: number, decimals: number): number {
  const f = 10 ** Math.min(decimals, 15);
  return Math.round(n * f) / f;
}

/**
 * Ticks of a million and more are shown in the locale's compact form (1.65bn,
 * 1,65 Mrd.): the exponent to divide by, its suffix, and the decimals the
 * scaled ticks need. `compact` formats a power of ten in the locale's short form.
 */
export function compactScale(
  range: ValueAxisRange,
  compact: (n: number) => string,
): { scale?: { exponent: number; suffix: string }; decimals: number } {
  const largest = Math.max(Math.abs(range.min), Math.abs(range.max));
  if (largest < 1e6) return { decimals: range.decimals };
  const exponent = Math.min(12, Math.floor(Math.log10(largest) / 3) * 3);
  return {
    scale: { exponent, suffix: compact(10 ** exponent).replace(/^1/, '') },
    decimals: stepDecimals(range.step / 10 ** exponent),
  };
}

/**
 * An axis of counts from 0: a whole-number step from 1, 2, 5, 10, 20, 25,
 * 50... so at most `maxTicks` ticks are drawn (21 objectives tick every 5, not
 * every 1), and a top that is a whole number of steps.
 */
export function countAxis(maxValue: number, maxTicks = 7): { min: 0; max: number; step: number } {
  const top = Math.max(1, Math.ceil(maxValue));
  const intervals = Math.max(1, maxTicks - 1);
  let step = 1;
  for (let power = 1; step * intervals < top; power *= 10) {
    step = [1, 2, 2.5, 5].map((n) => n * power).find((s) => Number.isInteger(s) && s * intervals >= top) ?? 10 * power;
  }
  return { min: 0, max: Math.ceil(top / step) * step, step };
}
