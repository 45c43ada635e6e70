import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { faceWidth } from '../../../../src/render/fonts/faces.js';
import { fontMetrics, lineHeightPt, textWidthPt } from '../../../../src/render/fonts/index.js';
import { FACES, RANGES } from '../../../../src/render/fonts/metrics.generated.js';
import { advanceEm, FACE_IDS, fileWidthPt, fontFile, type FaceId } from './font-files.js';

const SAMPLES = [
  'The quick brown fox jumps over the lazy dog',
  'Secure remote and hybrid work: 12 of 18 objectives complete (67 %)',
  '0123456789 +−×÷ = 1,234.56 € $ £ ¥',
  'ÀÉÎÕÜ çñß øå — “quoted” ‘single’ … • ▲ ▼ ► ● ◆ ✓',
  'Привет мир · Γειά σου κόσμε',
];

/** The name that resolves to exactly this face's family. */
const FAMILY_NAME: Record<string, string> = {
  carlito: 'Carlito',
  'liberation-sans': 'Liberation Sans',
  'liberation-serif': 'Liberation Serif',
  'liberation-mono': 'Liberation Mono',
  caladea: 'Caladea',
  gelasio: 'Gelasio',
  'dejavu-sans': 'DejaVu Sans',
  'dejavu-serif': 'DejaVu Serif',
  'dejavu-sans-mono': 'DejaVu Sans Mono',
};
const nameOf = (id: FaceId): string => FAMILY_NAME[id.replace(/-bold$/, '')] ?? id;
const has = (id: FaceId, text: string): boolean =>
  [...text].every((ch) => fontFile(id).hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));

describe('the generated metrics against the font files', () => {
  it.each(FACE_IDS)("%s: every stored width is the font's advance within half a thousandth of an em", (id) => {
    const font = fontFile(id);
    let checked = 0;
    for (const [first, last] of RANGES) {
      for (let cp = first; cp <= last; cp++) {
        if (!font.hasGlyphForCodePoint(cp)) {
          expect(faceWidth(id, cp)).toBeUndefined();
          continue;
        }
        // Carlito's no-break space has an outline fontkit cannot decode (the generator reads hmtx directly).
        if (id.startsWith('carlito') && cp === 0xa0) continue;
        expect(Math.abs((faceWidth(id, cp) ?? Number.NaN) - advanceEm(font, cp))).toBeLessThanOrEqual(0.0005 + 1e-7);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it.each(FACE_IDS)('%s: strings at 12 pt measure as in the font file within 1 %%', (id) => {
    const bold = id.endsWith('-bold');
    const font = fontMetrics(nameOf(id)).metrics;
    for (const text of SAMPLES.filter((s) => has(id, s))) {
      const expected = fileWidthPt(id, text, 12);
      expect(Math.abs(textWidthPt(text, font, 12, bold) / expected - 1), text).toBeLessThan(0.01);
    }
  });

  it.each(FACE_IDS)("%s: vertical metrics are the file's", (id) => {
    const font = fontFile(id);
    const face = FACES[id];
    expect(face.unitsPerEm).toBe(font.unitsPerEm);
    expect(face.hhea.slice(0, 2)).toEqual([font.ascent, font.descent]);
    expect(face.hhea[2]).toBe(font.lineGap);
  });

  it('single spacing: 1.2 × the size (LibreOffice) unless the font asks for more (PowerPoint)', () => {
    expect(lineHeightPt(fontMetrics('Calibri').metrics, 10)).toBeCloseTo(12.207, 2); // (1950 + 550) / 2048
    expect(lineHeightPt(fontMetrics('Arial').metrics, 10)).toBeCloseTo(12, 5); // Arial's 1.15 is less
    expect(lineHeightPt(fontMetrics('Segoe UI').metrics, 10)).toBeCloseTo(13.301, 2); // (2210 + 514) / 2048
  });

  it('the committed data file is what the generator writes from the installed fonts', () => {
    const out = execFileSync(process.execPath, ['scripts/font-metrics/extract.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/is up to date/);
  });
});
