import { describe, expect, it } from 'vitest';
import { fontMetrics, textWidthPt } from '../../../../src/render/fonts/index.js';

describe('text of a script is measured in the face the deck names for it', () => {
  const hebrew = 'מנהלאבטחתמידע';
  it('measures Hebrew in a Calibri text box at the Hebrew face the theme names (here Courier New)', () => {
    const named = textWidthPt(hebrew, fontMetrics('Calibri', { Hebr: 'Courier New' }).metrics, 10);
    const courier = textWidthPt(hebrew, fontMetrics('Courier New').metrics, 10);
    // At the widest of that face and those LibreOffice falls back to: never narrower than the named face.
    expect(named).toBeGreaterThanOrEqual(courier);
    // Never narrower than what LibreOffice falls back to (the widest face of the class that has it).
    const arabic = 'مجلسالإدارة';
    const plain = textWidthPt(arabic, fontMetrics('Calibri').metrics, 10);
    // Liberation Sans (Arial) has no Arabic: LibreOffice draws DejaVu Sans, and so it is measured.
    expect(textWidthPt(arabic, fontMetrics('Calibri', { Arab: 'Arial' }).metrics, 10)).toBeCloseTo(plain, 5);
    expect(textWidthPt(hebrew, fontMetrics('Calibri', { Hebr: 'Arial' }).metrics, 10)).toBeGreaterThanOrEqual(
      textWidthPt(hebrew, fontMetrics('Calibri').metrics, 10) - 1e-9,
    );
    // Latin text stays in the Latin font; CJK at a full em whatever the CJK face.
    const font = fontMetrics('Calibri', { Hebr: 'Courier New', Jpan: '游ゴシック' }).metrics;
    expect(textWidthPt('Zero Trust', font, 10)).toBeCloseTo(
      textWidthPt('Zero Trust', fontMetrics('Calibri').metrics, 10),
      5,
    );
    expect(textWidthPt('取締役会の承認', font, 10)).toBeCloseTo(70, 5);
  });
});
