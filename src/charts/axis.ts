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
  const decimals = Math.max(
    0,
    -Math.floor(Math.log10(step) + 1e-9) +
      (Number.isInteger(round(step / 10 ** Math.floor(Math.log10(step) + 1e-9), 6)) ? 0 : 1),
  );
  let min = round(Math.floor(lo / step + 1e-9) * step, decimals);
  let max = round(Math.ceil(hi / step - 1e-9) * step, decimals);
  if (min > lo) min = round(min - step, decimals);
  if (max < hi || max <= min) max = round(max + step, decimals);
  return { min, max, step: round(step, decimals), decimals };
}

function round(n: number, decimals: number): number {
  const f = 10 ** Math.min(decimals, 15);
  return Math.round(n * f) / f;
}
