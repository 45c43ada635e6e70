import { describe, expect, it } from 'vitest';
import { fitText, textWidthIn, wrap } from '../../../src/render/text-fit.js';

describe('text measurement', () => {
  it('measures wide scripts wider than Latin', () => {
    expect(textWidthIn('東京都', 12)).toBeGreaterThan(textWidthIn('abc', 12));
    expect(textWidthIn('WWW', 12)).toBeGreaterThan(textWidthIn('iii', 12));
  });
  it('wraps at word boundaries and splits a word longer than the line', () => {
    expect(wrap('alpha beta gamma', 12, 0.6)).toEqual(['alpha', 'beta', 'gamma']);
    expect(wrap('x'.repeat(60), 12, 1).length).toBeGreaterThan(1);
    expect(wrap('one\ntwo', 12, 5)).toEqual(['one', 'two']);
  });
});

describe('fitText', () => {
  it('keeps the largest size that fits', () => {
    expect(fitText('Short', { w: 3, h: 0.5 }, { max: 14, min: 9 })).toMatchObject({
      fontSize: 14,
      shrunk: false,
      truncated: false,
      text: 'Short',
    });
  });
  it('shrinks within the limits', () => {
    const text = 'Visualize your security posture using audience-appropriate dashboards';
    const fit = fitText(text, { w: 2.5, h: 0.4 }, { max: 14, min: 8 });
    expect(fit.fontSize).toBeLessThan(14);
    expect(fit.truncated).toBe(false);
    expect(fit.text).toBe(text);
  });
  it('cuts with an ellipsis when even the smallest size does not fit, keeping paragraphs', () => {
    const fit = fitText(`${'word '.repeat(200)}\nsecond paragraph`, { w: 3, h: 0.6 }, { max: 12, min: 9 });
    expect(fit.truncated).toBe(true);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(fit.text.length).toBeLessThan(1000);
  });
  it('counts the space between paragraphs', () => {
    const text = Array(6).fill('A line').join('\n');
    const without = fitText(text, { w: 3, h: 1.0 }, { max: 12, min: 6 });
    const withGaps = fitText(text, { w: 3, h: 1.0 }, { max: 12, min: 6, paragraphGapPt: 6 });
    expect(withGaps.fontSize).toBeLessThan(without.fontSize);
  });
});
