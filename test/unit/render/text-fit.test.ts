import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../../src/render/fonts/index.js';
import { pieces } from '../../../src/render/line-break.js';
import { BREAK, fitText, linesHeightIn, textWidthIn, wrap, wrapText } from '../../../src/render/text-fit.js';

const calibri = { metrics: fontMetrics('Calibri').metrics };
const arial = { metrics: fontMetrics('Arial').metrics };
const verdana = { metrics: fontMetrics('Verdana').metrics };

describe('text measurement by font', () => {
  it('measures the same text wider in Arial than in Calibri, and wider again in Verdana', () => {
    const text = 'Verify and secure every identity with strong authentication';
    const c = textWidthIn(text, 12, calibri);
    const a = textWidthIn(text, 12, arial);
    expect(a / c).toBeGreaterThan(1.05);
    expect(textWidthIn(text, 12, verdana)).toBeGreaterThan(a);
  });
  it('measures bold wider than regular', () => {
    expect(textWidthIn('Stakeholders', 12, { ...arial, bold: true })).toBeGreaterThan(
      textWidthIn('Stakeholders', 12, arial),
    );
  });
  it('gives CJK and emoji a width', () => {
    expect(textWidthIn('東京都の拠点', 12, arial)).toBeGreaterThan(textWidthIn('abcdef', 12, arial));
    expect(textWidthIn('🛡️', 12, arial)).toBeGreaterThan(0.1);
  });
  it("takes line height from the font's own spacing", () => {
    expect(linesHeightIn(2, 10, calibri)).toBeCloseTo((2 * 10 * calibri.metrics.lineEm) / 72, 6);
    expect(linesHeightIn(1, 10, arial, 0.9)).toBeCloseTo((10 * arial.metrics.lineEm * 0.9) / 72, 6);
  });
});

describe('wrapping', () => {
  it('wraps at spaces and keeps paragraphs', () => {
    expect(wrap('alpha beta gamma', 12, 0.6, calibri)).toEqual(['alpha', 'beta', 'gamma']);
    expect(wrap('one\ntwo', 12, 5, calibri)).toEqual(['one', 'two']);
  });
  it('wraps the same text into more lines in a wider font', () => {
    const text = 'Integrate SaaS apps with Microsoft Entra ID for single sign-on and modern authentication';
    expect(wrap(text, 11, 1.6, verdana).length).toBeGreaterThan(wrap(text, 11, 1.6, calibri).length);
  });
  it('breaks a URL wider than its line after its slashes, marking where', () => {
    const url = 'https://intranet.example.org/security/zero-trust/evidence/conditional-access';
    const w = wrapText(url, 10, 1.6, arial);
    expect(w.lines.length).toBeGreaterThan(1);
    expect(w.broken).toBe(false);
    expect(w.lines.slice(0, -1).every((l) => /[/.-]$/.test(l))).toBe(true);
    expect(w.text.replaceAll(BREAK, '')).toBe(url);
    expect(w.text.split(BREAK).length - 1).toBeGreaterThanOrEqual(w.lines.length - 1);
  });
  it('breaks a word with no break point between graphemes, and says so', () => {
    const word = 'Rechtsschutzversicherungsgesellschaftenvertragsbedingungenkatalog';
    const w = wrapText(`Der ${word} gilt`, 10, 1.5, arial);
    expect(w.broken).toBe(true);
    expect(w.lines.every((l) => textWidthIn(l, 10, arial) <= 1.5 + 1e-9)).toBe(true);
    expect(w.text.replaceAll(BREAK, '')).toBe(`Der ${word} gilt`);
  });
  it('leaves text that fits as written', () => {
    const w = wrapText('A short line', 10, 5, arial);
    expect(w).toEqual({ lines: ['A short line'], text: 'A short line', broken: false });
  });
  it('breaks CJK text between characters without marks', () => {
    const w = wrapText('東京とシンガポールの拠点で多要素認証の導入が完了しました', 12, 1.5, arial);
    expect(w.lines.length).toBeGreaterThan(2);
    expect(w.broken).toBe(false);
    expect(w.text).not.toContain(BREAK);
  });
  it('splits words at their allowed points only', () => {
    expect(pieces('a/b-c').map((p) => p.text)).toEqual(['a/', 'b-', 'c']);
    expect(pieces('--flag').map((p) => p.text)).toEqual(['--flag']);
    expect(pieces('東京').map((p) => p.native)).toEqual([false, true]);
  });
});

describe('fitText', () => {
  it('keeps the largest size that fits', () => {
    expect(fitText('Short', { w: 3, h: 0.5 }, { face: calibri, max: 14, min: 9 })).toMatchObject({
      fontSize: 14,
      shrunk: false,
      truncated: false,
      text: 'Short',
    });
  });
  it('shrinks further in a wider font', () => {
    const text = 'Visualize your security posture using audience-appropriate dashboards';
    const box = { w: 2.5, h: 0.4 };
    const inCalibri = fitText(text, box, { face: calibri, max: 14, min: 6 });
    const inVerdana = fitText(text, box, { face: verdana, max: 14, min: 6 });
    expect(inVerdana.fontSize).toBeLessThan(inCalibri.fontSize);
    expect(inVerdana.truncated).toBe(false);
  });
  it('prefers a smaller size at which no word is broken inside', () => {
    const fit = fitText('Continuously', { w: 0.9, h: 0.6 }, { face: arial, max: 18, min: 8, maxLines: 2 });
    expect(fit.broken).toBe(false);
    expect(fit.lines).toEqual(['Continuously']);
    expect(fit.fontSize).toBeLessThan(18);
  });
  it('cuts with an ellipsis when even the smallest size does not fit, keeping paragraphs', () => {
    const fit = fitText(
      `${'word '.repeat(200)}\nsecond paragraph`,
      { w: 3, h: 0.6 },
      { face: calibri, max: 12, min: 9 },
    );
    expect(fit.truncated).toBe(true);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(fit.text.length).toBeLessThan(1000);
  });
  it('counts the space between paragraphs', () => {
    const text = Array(6).fill('A line').join('\n');
    const without = fitText(text, { w: 3, h: 1.0 }, { face: calibri, max: 12, min: 6 });
    const withGaps = fitText(text, { w: 3, h: 1.0 }, { face: calibri, max: 12, min: 6, paragraphGapPt: 6 });
    expect(withGaps.fontSize).toBeLessThan(without.fontSize);
  });
  it('wraps a name to two lines before shrinking it', () => {
    const fit = fitText(
      'Anna-Lena Müller-Lüdenscheidt',
      { w: 1.6, h: 0.4 },
      { face: arial, max: 11, min: 8, maxLines: 2 },
    );
    expect(fit).toMatchObject({ fontSize: 11, truncated: false });
    expect(fit.lines).toHaveLength(2);
  });
});
