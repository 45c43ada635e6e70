import { describe, expect, it } from 'vitest';
import { FAMILIES, fontMetrics, textWidthEm, textWidthPt } from '../../../../src/render/fonts/index.js';
import { fileWidthPt } from './font-files.js';

const calibri = fontMetrics('Calibri').metrics;
const em = (text: string, bold = false): number => textWidthEm(text, bold ? calibri.bold : calibri.regular);

describe('characters the fonts lack', () => {
  it('CJK ideographs, kana, hangul and fullwidth forms are one em each', () => {
    expect(em('東京都')).toBe(3);
    expect(em('カタカナ')).toBe(4);
    expect(em('한국어')).toBe(3);
    expect(em('ＡＢ')).toBe(2);
    expect(em('𠀀')).toBe(1); // an astral ideograph (CJK Extension B)
  });

  it('an emoji counts once, however many code points make it', () => {
    const one = em('😀');
    expect(one).toBeGreaterThanOrEqual(1.2);
    for (const emoji of ['👨‍👩‍👧‍👦', '🇫🇷', '👍🏽', '❤️', '1️⃣', '🏳️‍🌈', '🧑🏽‍💻']) expect(em(emoji), emoji).toBe(one);
    expect(em('Go 🚀 live')).toBeCloseTo(em('Go ') + one + em(' live'), 5);
  });

  it('combining marks take no width', () => {
    expect(em('e\u0301')).toBeCloseTo(em('e'), 6);
    expect(em('Cafe\u0301 Zu\u0308rich')).toBeCloseTo(em('Cafe Zurich'), 5);
  });

  it('Hebrew and Arabic are measured in the sans fonts that have them, widest per letter', () => {
    const hebrew = Math.max(fileWidthPt('dejavu-sans', 'ש', 1), fileWidthPt('liberation-sans', 'ש', 1));
    expect(em('ש')).toBeCloseTo(hebrew, 3);
    // Only DejaVu Sans has Arabic.
    expect(em('مرحبا')).toBeCloseTo(fileWidthPt('dejavu-sans', 'مرحبا', 1), 2);
    expect(em('مرحبا')).toBeGreaterThan(2);
  });

  it('a script no face has (Thai, Devanagari) is a conservative em per character', () => {
    expect(em('สวัสดี')).toBeGreaterThan(3);
    expect(em('नमस्ते')).toBeGreaterThan(2);
  });

  it('the fast path and the grapheme path agree', () => {
    const text = 'Prevent or reduce business damage from a breach — 3 objectives ▲';
    // A zero-width joiner sends the whole string down the grapheme path; it has no width itself.
    expect(em(`${text}\u200d`)).toBeCloseTo(em(text), 5);
  });
});

describe('bold', () => {
  it.each(Object.keys(FAMILIES))('%s: bold is at least as wide as regular', (name) => {
    const font = fontMetrics(name).metrics;
    const text = 'Rapidly modernize your security posture';
    expect(textWidthPt(text, font, 12, true)).toBeGreaterThanOrEqual(textWidthPt(text, font, 12));
  });

  it('is measured with the bold face', () => {
    expect(textWidthPt('Executive summary', 'Arial', 12, true)).toBeCloseTo(
      fileWidthPt('liberation-sans-bold', 'Executive summary', 12),
      1,
    );
    expect(
      textWidthPt('Executive summary', 'Arial', 12, true) / textWidthPt('Executive summary', 'Arial', 12),
    ).toBeGreaterThan(1.05);
  });
});

describe('sizes', () => {
  it('width is proportional to the size', () => {
    expect(textWidthPt('Decisions', 'Cambria', 24)).toBeCloseTo(2 * textWidthPt('Decisions', 'Cambria', 12), 6);
    expect(textWidthPt('', 'Cambria', 24)).toBe(0);
  });

  it('Arial is about 1.09 × Calibri and DejaVu Sans (Verdana) about 1.24 ×, as the issue measured in LibreOffice', () => {
    const text =
      'Zero Trust adoption: the objectives that are blocked or overdue and the decisions asked of leadership';
    const calibriPt = textWidthPt(text, 'Calibri', 12);
    expect(textWidthPt(text, 'Arial', 12) / calibriPt).toBeGreaterThan(1.07);
    expect(textWidthPt(text, 'Arial', 12) / calibriPt).toBeLessThan(1.12);
    expect(textWidthPt(text, 'Verdana', 12) / calibriPt).toBeGreaterThan(1.2);
    expect(textWidthPt(text, 'Verdana', 12) / calibriPt).toBeLessThan(1.3);
  });
});

describe('the table of fallback widths', () => {
  it('gives each BMP character what fallbackWidth gives it', async () => {
    const { bmpFallbackTable, fallbackWidth } = await import('../../../../src/render/fonts/fallback-widths.js');
    const table = bmpFallbackTable();
    for (let cp = 0; cp < 0x10000; cp += cp >= 0xd800 && cp <= 0xdfff ? 0x800 : 1) {
      expect(table[cp], cp.toString(16)).toBe(fallbackWidth(cp));
    }
  });
});
