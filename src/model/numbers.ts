/** The decimals a number was written with (1.25 → 2, 3 → 0, 1e-7 → 7). */
export function decimalsOf(n: number): number {
  const [mantissa = '', exponent] = String(n).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent ?? 0));
}

/** `n` rounded to `decimals`, so arithmetic on written values keeps their precision (24 − 22.4 is 1.6, not 1.5999999999999943). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** Math.min(decimals, 12);
  return Math.round(n * f) / f;
}
