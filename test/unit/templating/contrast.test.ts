import { oklch } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  colourDifference,
  contrastRatio,
  formatRatio,
  lightness,
  nearestPassingShade,
  neededRatio,
  withLightness,
} from '../../../src/templating/contrast.js';

const hue = (hex: string) => oklch(`#${hex}`)?.h ?? NaN;

describe('contrastRatio (WCAG 2.1)', () => {
  it('runs from 1:1 to 21:1, either way round', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('FFFFFF', '000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('3A7BD5', '3A7BD5')).toBeCloseTo(1, 5);
  });
  it('gives the published values', () => {
    // WebAIM's contrast checker: #777777 on white fails AA at 4.48:1; #767676 passes at 4.54:1.
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('767676', 'FFFFFF')).toBeCloseTo(4.54, 2);
    // Pure red on white: 4.0:1; the default template's text on its background: 14.7:1.
    expect(contrastRatio('FF0000', 'FFFFFF')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('1F2937', 'FFFFFF')).toBeCloseTo(14.68, 2);
  });
  it('writes a ratio rounded down, so a failing pair never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(formatRatio(2.96)).toBe('2.9:1');
    expect(formatRatio(21)).toBe('21.0:1');
    expect(neededRatio('text')).toBe('4.5:1');
    expect(neededRatio('graphic')).toBe('3:1');
  });
});

describe('withLightness', () => {
  it('keeps the hue and changes the OKLCH lightness', () => {
    const darker = withLightness('1E90FF', 0.45);
    expect(lightness(darker)).toBeCloseTo(0.45, 2);
    expect(Math.abs(hue(darker) - hue('1E90FF'))).toBeLessThan(2);
  });
  it('stays in sRGB: the extremes are black and white', () => {
    expect(withLightness('1E90FF', 0)).toBe('000000');
    expect(withLightness('1E90FF', 1)).toBe('FFFFFF');
  });
});

describe('nearestPassingShade', () => {
  const onWhite = (need: number) => (c: string) => contrastRatio(c, 'FFFFFF') >= need;

  it('keeps a colour that passes', () => {
    expect(nearestPassingShade('0F5FA8', onWhite(4.5))).toBe('0F5FA8');
  });
  it('darkens a light blue on white just enough, keeping its hue', () => {
    const shade = nearestPassingShade('1E90FF', onWhite(4.5));
    expect(shade).toBeDefined();
    const ratio = contrastRatio(shade ?? '', 'FFFFFF');
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    // Minimal: a step of the search lighter would fail, so the ratio is only just over the bar.
    expect(ratio).toBeLessThan(4.65);
    expect(Math.abs(hue(shade ?? '') - hue('1E90FF'))).toBeLessThan(3);
  });
  it('lightens on a dark background', () => {
    const shade = nearestPassingShade('1D4ED8', (c) => contrastRatio(c, '1E1E2E') >= 4.5) ?? '';
    expect(lightness(shade)).toBeGreaterThan(lightness('1D4ED8'));
    expect(contrastRatio(shade, '1E1E2E')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, '1E1E2E')).toBeLessThan(4.7);
  });
  it('goes whichever way is nearer: a mid grey on a mid grey', () => {
    // 4C4F69 on itself: no darker shade reaches 4.5:1, a lighter one does.
    const shade = nearestPassingShade('4C4F69', (c) => contrastRatio(c, '4C4F69') >= 4.5) ?? '';
    expect(lightness(shade)).toBeGreaterThan(lightness('4C4F69'));
  });
  it('finds nothing when nothing can pass', () => {
    expect(nearestPassingShade('777777', onWhite(22))).toBeUndefined();
  });
  it('tests the six digits it returns', () => {
    const seen: string[] = [];
    nearestPassingShade('1E90FF', (c) => {
      seen.push(c);
      return onWhite(4.5)(c);
    });
    for (const c of seen) expect(c).toMatch(/^[0-9A-F]{6}$/);
  });
});

describe('colourDifference (CIEDE2000)', () => {
  it('is 0 for the same colour and large for unlike ones', () => {
    expect(colourDifference('15803D', '15803D')).toBe(0);
    expect(colourDifference('15803D', 'B91C1C')).toBeGreaterThan(40);
  });
});
