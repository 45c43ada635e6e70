// Liberation Sans against Adobe's published Helvetica metrics (the AFM files
// @pdf-lib/standard-fonts ships): Arial was drawn to Helvetica's widths, and
// Liberation Sans to Arial's, so the three agree.
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import { describe, expect, it } from 'vitest';
import { fontMetrics, textWidthPt } from '../../../../src/render/fonts/index.js';

function afmWidthPt(font: Font, text: string, sizePt: number): number {
  let units = 0;
  for (const ch of text) {
    const { name } = Encodings.WinAnsi.encodeUnicodeCodePoint(ch.codePointAt(0) ?? 0);
    units += font.getWidthOfGlyph(name) ?? Number.NaN;
  }
  return (units / 1000) * sizePt;
}

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const STRINGS = [
  'Visualize your security posture using audience-appropriate dashboards',
  'Owner: Priya Raman, due 30 Nov 2026, 45% complete',
  '1234567890 (Q3) [FY26] {draft} #7 & @team',
  'Ça coûte 12,50 € — déjà fait',
  ASCII,
];

describe.each([
  ['regular', FontNames.Helvetica, false],
  ['bold', FontNames.HelveticaBold, true],
] as const)('Arial/Helvetica %s', (_, afmName, bold) => {
  const afm = Font.load(afmName);
  const arial = fontMetrics('Arial').metrics;

  it.each(STRINGS)('"%s" at 12 pt is Helvetica\'s width within 1 %%', (text) => {
    expect(Math.abs(textWidthPt(text, arial, 12, bold) / afmWidthPt(afm, text, 12) - 1)).toBeLessThan(0.01);
  });

  it("every printable ASCII character is Helvetica's width within a thousandth of an em", () => {
    for (const ch of ASCII)
      expect(Math.abs(textWidthPt(ch, arial, 1000, bold) - afmWidthPt(afm, ch, 1000)), ch).toBeLessThanOrEqual(1);
  });

  it('Helvetica resolves to the same metrics', () => {
    expect(fontMetrics('Helvetica').metrics.measuredAs).toBe('Liberation Sans');
  });
});

describe('Courier New', () => {
  it('is monospaced at 600/1000 em like Adobe Courier', () => {
    const courier = Font.load(FontNames.Courier);
    expect(textWidthPt(ASCII, 'Courier New', 12)).toBeCloseTo(afmWidthPt(courier, ASCII, 12), 1);
  });
});
