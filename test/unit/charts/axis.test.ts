import { describe, expect, it } from 'vitest';
import { valueAxisRange } from '../../../src/charts/axis.js';

const ticks = (a: ReturnType<typeof valueAxisRange>) => {
  const out: string[] = [];
  for (let v = a.min; v <= a.max + a.step / 2; v += a.step) out.push(v.toFixed(a.decimals));
  return out;
};

describe('valueAxisRange', () => {
  it('covers the values and zero with a natural step', () => {
    expect(valueAxisRange([62, 71.5, 75])).toEqual({ min: 0, max: 80, step: 20, decimals: 0 });
  });
  it('gives distinct tick labels for small values', () => {
    const a = valueAxisRange([0.05001, 0.1]);
    expect(new Set(ticks(a)).size).toBe(ticks(a).length);
    expect(a.decimals).toBeGreaterThan(0);
  });
  it('uses a decimal for a step of 2.5', () => {
    const a = valueAxisRange([0, 10], { maxTicks: 5 });
    expect(a.step).toBe(2.5);
    expect(a.decimals).toBe(1);
  });
  it('bounds the number of ticks for huge, tiny, flat and non-finite values', () => {
    for (const values of [[1e12, -1e12], [1e-300, 2e-300], [7, 7], [0, 0], [], [Number.NaN, Infinity, 5], [1.7e308]]) {
      const a = valueAxisRange(values);
      const n = (a.max - a.min) / a.step;
      expect(Number.isFinite(n), JSON.stringify(values)).toBe(true);
      expect(n).toBeLessThanOrEqual(8);
      expect(n).toBeGreaterThanOrEqual(1);
      for (const v of values)
        if (Number.isFinite(v) && Math.abs(v) <= 1e12) expect(v >= a.min && v <= a.max).toBe(true);
    }
  });
  it('can leave zero out of the range', () => {
    const a = valueAxisRange([97.1, 98.9], { zero: false });
    expect(a.min).toBeGreaterThan(90);
    expect(a.max).toBeGreaterThanOrEqual(98.9);
  });
});
