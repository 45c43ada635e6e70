// How close the stand-ins are to the Office fonts they measure, against two
// published references: string-pixel-width's ASCII width tables (browser
// measurements of the real fonts at 100 px, 1 % steps) and Capsize's xWidthAvg
// (@capsizecss/metrics 4.3.0: the font's average advance over English letter
// frequencies, read from the real font files; copied here, the package is 170 MB).
// FONT_CLOSENESS=1 prints the figures docs/fonts.md quotes.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { textWidthPt } from '../../../../src/render/fonts/index.js';

const require = createRequire(import.meta.url);
const pixelWidths = require('string-pixel-width/lib/widthsMap.js') as Record<
  string,
  Record<string, [number, number, number, number]>
>;

const ENGLISH =
  'Zero Trust adoption program: steering committee update. Progress of the five business scenarios, the objectives ' +
  'that are blocked or overdue, and the decisions asked of leadership. Secure remote and hybrid work; rapidly modernize your ' +
  'security posture; secure data; prevent or reduce business damage from a breach; meet regulatory and compliance requirements. ' +
  'Owner: Priya Raman, due 2026-11-30, 45% complete. Verify explicitly, use least privilege access, assume breach.';

/** string-pixel-width's width of the text in em. */
function pixelEm(font: string, text: string, bold: boolean): number {
  const table = pixelWidths[font];
  if (!table) throw new Error(`string-pixel-width has no ${font}`);
  let px = 0;
  for (const ch of text) px += (table[ch] ?? table.x ?? [Number.NaN])[bold ? 1 : 0] ?? Number.NaN;
  return px / 100;
}

// Capsize's English letter frequencies (@capsizecss/unpack weightings.ts, latin), without its three Thai characters.
const WEIGHTS: Record<string, number> = {
  0: 0.0053,
  1: 0.0023,
  2: 0.0026,
  3: 0.001,
  4: 0.0008,
  5: 0.0015,
  6: 0.0007,
  7: 0.0005,
  8: 0.0007,
  9: 0.0006,
  ',': 0.0083,
  ' ': 0.154,
  t: 0.0672,
  h: 0.0351,
  e: 0.0922,
  o: 0.0571,
  f: 0.017,
  P: 0.0023,
  p: 0.0163,
  l: 0.0304,
  "'": 0.0014,
  s: 0.0469,
  R: 0.0015,
  u: 0.0207,
  b: 0.0114,
  i: 0.0588,
  c: 0.0232,
  C: 0.0031,
  n: 0.0578,
  a: 0.0668,
  d: 0.0298,
  y: 0.0123,
  w: 0.011,
  B: 0.002,
  r: 0.0526,
  z: 0.0011,
  G: 0.0011,
  j: 0.0009,
  T: 0.0041,
  '.': 0.0079,
  L: 0.0012,
  k: 0.0046,
  m: 0.0181,
  ']': 0.0007,
  J: 0.0009,
  F: 0.0015,
  v: 0.0076,
  g: 0.0155,
  A: 0.004,
  N: 0.0014,
  '-': 0.0018,
  H: 0.0013,
  D: 0.0013,
  M: 0.0025,
  I: 0.0022,
  E: 0.0011,
  '"': 0.0012,
  S: 0.0041,
  '(': 0.001,
  ')': 0.001,
  x: 0.0025,
  W: 0.0012,
  Q: 0.0001,
  Y: 0.0003,
  q: 0.0008,
  V: 0.0005,
  á: 0.0001,
  K: 0.0007,
  U: 0.0016,
  '=': 0.0007,
  '[': 0.0021,
  O: 0.0009,
  é: 0.0001,
  $: 0.0002,
  ':': 0.0008,
};
const weightSum = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

/** Capsize's xWidthAvg of a font name as ztdeck measures it, in em. */
function xWidthAvg(family: string, bold: boolean): number {
  let em = 0;
  for (const [ch, weight] of Object.entries(WEIGHTS)) em += textWidthPt(ch, family, 1, bold) * weight;
  return em / weightSum;
}

/** Capsize's published xWidthAvg of the real fonts, regular and bold, in em. */
const CAPSIZE: Record<string, [number, number]> = {
  Verdana: [1049 / 2048, 1170 / 2048],
  Tahoma: [917 / 2048, 1044 / 2048],
  'Segoe UI': [908 / 2048, 973 / 2048],
  Arial: [913 / 2048, 983 / 2048],
  'Times New Roman': [832 / 2048, 886 / 2048],
  Georgia: [913 / 2048, 1062 / 2048],
  'Courier New': [1229 / 2048, 1229 / 2048],
  'Source Sans 3': [418 / 1000, 443 / 1000],
};

const pct = (ratio: number): string => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

describe.each([false, true])('bold %s', (bold) => {
  const capsize = (name: string): number => CAPSIZE[name]?.[bold ? 1 : 0] ?? Number.NaN;
  const english = (family: string): number => textWidthPt(ENGLISH, family, 1, bold);

  it('DejaVu Sans is within 1 % of Verdana and 11–15 % wider than Tahoma', () => {
    expect(Math.abs(english('DejaVu Sans') / pixelEm('verdana', ENGLISH, bold) - 1)).toBeLessThan(0.01);
    expect(Math.abs(xWidthAvg('DejaVu Sans', bold) / capsize('Verdana') - 1)).toBeLessThan(0.015);
    expect(english('DejaVu Sans') / pixelEm('tahoma', ENGLISH, bold)).toBeGreaterThan(1.11);
    expect(english('DejaVu Sans') / pixelEm('tahoma', ENGLISH, bold)).toBeLessThan(1.15);
  });

  it('the metric-compatible fonts are within 1 % of the fonts they stand for', () => {
    for (const [name, pixelName] of [
      ['Liberation Sans', 'arial'],
      ['Gelasio', 'georgia'],
      ['Liberation Serif', 'times new roman'],
      ['Liberation Mono', 'courier new'],
    ] as const) {
      expect(Math.abs(english(name) / pixelEm(pixelName, ENGLISH, bold) - 1), name).toBeLessThan(0.01);
    }
    for (const [name, real] of [
      ['Liberation Sans', 'Arial'],
      ['Gelasio', 'Georgia'],
      ['Liberation Serif', 'Times New Roman'],
      ['Liberation Mono', 'Courier New'],
    ] as const) {
      expect(Math.abs(xWidthAvg(name, bold) / capsize(real) - 1), name).toBeLessThan(0.01);
    }
  });

  it("each Office name is measured no narrower than the real font (0.5 % tolerance for the references' rounding)", () => {
    for (const name of ['Verdana', 'Tahoma', 'Segoe UI', 'Arial', 'Times New Roman', 'Georgia', 'Courier New']) {
      expect(xWidthAvg(name, bold) / capsize(name), name).toBeGreaterThan(0.995);
    }
    for (const [name, pixelName] of [
      ['Verdana', 'verdana'],
      ['Tahoma', 'tahoma'],
      ['Arial', 'arial'],
      ['Georgia', 'georgia'],
    ] as const) {
      expect(english(name) / pixelEm(pixelName, ENGLISH, bold), name).toBeGreaterThan(0.995);
    }
  });

  it('Aptos (measured as DejaVu Sans) is wider than Source Sans 3, the open font reported closest to it', () => {
    expect(xWidthAvg('Aptos', bold) / capsize('Source Sans 3')).toBeGreaterThan(1.1);
  });

  it.runIf(process.env.FONT_CLOSENESS)('prints the figures', () => {
    const rows = ['Verdana', 'Tahoma', 'Segoe UI', 'Arial', 'Times New Roman', 'Georgia', 'Courier New'].map(
      (name) => ({
        name,
        'measured as': name,
        'xWidthAvg vs real (Capsize)': pct(xWidthAvg(name, bold) / capsize(name)),
        'English text vs real (string-pixel-width)': pixelWidths[name.toLowerCase()]
          ? pct(english(name) / pixelEm(name.toLowerCase(), ENGLISH, bold))
          : '',
      }),
    );
    rows.push({
      name: 'DejaVu Sans vs Verdana',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('DejaVu Sans', bold) / capsize('Verdana')),
      'English text vs real (string-pixel-width)': pct(english('DejaVu Sans') / pixelEm('verdana', ENGLISH, bold)),
    });
    rows.push({
      name: 'DejaVu Sans vs Tahoma',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('DejaVu Sans', bold) / capsize('Tahoma')),
      'English text vs real (string-pixel-width)': pct(english('DejaVu Sans') / pixelEm('tahoma', ENGLISH, bold)),
    });
    rows.push({
      name: 'Liberation Sans vs Segoe UI',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('Liberation Sans', bold) / capsize('Segoe UI')),
      'English text vs real (string-pixel-width)': '',
    });
    rows.push({
      name: 'DejaVu Sans vs Source Sans 3 (Aptos?)',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('DejaVu Sans', bold) / capsize('Source Sans 3')),
      'English text vs real (string-pixel-width)': '',
    });
    rows.push({
      name: 'DejaVu Sans vs Carlito (Calibri Light in LibreOffice)',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('DejaVu Sans', bold) / xWidthAvg('Carlito', bold)),
      'English text vs real (string-pixel-width)': pct(english('DejaVu Sans') / english('Carlito')),
    });
    rows.push({
      name: 'DejaVu Serif vs Gelasio (Georgia)',
      'measured as': '',
      'xWidthAvg vs real (Capsize)': pct(xWidthAvg('DejaVu Serif', bold) / xWidthAvg('Gelasio', bold)),
      'English text vs real (string-pixel-width)': pct(english('DejaVu Serif') / english('Gelasio')),
    });
    console.table(rows);
  });
});
