import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../src/schema/template.js';
import { contrastRatio } from '../../../../src/templating/contrast.js';
import { importedColours, type BrandSource } from '../../../../src/templating/import/brand-colours.js';
import { OFFICE_PALETTES } from '../../../../src/templating/import/office-palette.js';
import { loadTemplate } from '../../../../src/templating/load-template.js';

const base = ((await loadTemplate('default')).template?.theme as Theme).colors;
const usual: BrandSource['colorMap'] = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };
const brand = (colors: Record<string, string>, more: Partial<BrandSource> = {}): BrandSource => ({
  colors,
  colorMap: usual,
  ...more,
});
const own = {
  dk1: '1B1B1B',
  lt1: 'FFFFFF',
  dk2: '0B2545',
  lt2: 'EEF2F7',
  accent1: '0F766E',
  accent2: '701A75',
  accent3: 'C026D3',
  accent4: 'BE185D',
  accent5: '00798C',
  accent6: 'A23E48',
  hlink: '1D4ED8',
  folHlink: '6D28D9',
};

describe('importedColours', () => {
  it("keeps the default template's colours for Office's stock palette, and says so", () => {
    const r = importedColours(brand({ ...OFFICE_PALETTES['Office 2007–2010'] }), base);
    expect(r.colors).toEqual({});
    expect(r.notes).toEqual([
      "the theme uses Office's default colours (Office 2007–2010, 12 of 12 slots); set brand colours in theme.yaml. The default template's colours are kept",
    ]);
  });
  it("keeps a brand's own accent1 set over the stock palette", () => {
    const r = importedColours(
      brand({ ...OFFICE_PALETTES['Office 2013–2022'], accent1: '42145F', accent5: 'E09AD5' }),
      base,
    );
    expect(r.colors).toEqual({ accent: '42145F' });
    expect(r.notes[0]).toMatch(/10 of 12 slots.*with accent1 42145F as the accent$/);
  });
  it("writes a brand's palette that passes as it is, hyperlinks included", () => {
    const r = importedColours(brand(own), base);
    expect(r.notes).toEqual([]);
    expect(r.colors).toMatchObject({
      background: 'FFFFFF',
      text: '1B1B1B',
      accent: '0F766E',
      surface: 'EEF2F7',
      sidebar: '0B2545',
      hyperlink: '1D4ED8',
      followed_hyperlink: '6D28D9',
      stages: ['0F766E', '701A75', 'C026D3', 'BE185D'],
    });
    // Status, health and risk colours stay the default's: not written.
    expect(r.colors.status).toBeUndefined();
  });
  it('fixes text on a background of the same colour (dk1 = lt1) and says what it changed', () => {
    const r = importedColours(brand({ ...own, dk1: '4C4F69', lt1: '4C4F69' }), base);
    const text = r.colors.text ?? '';
    expect(contrastRatio(text, '4C4F69')).toBeGreaterThanOrEqual(4.5);
    expect(r.notes).toContain(`text 4C4F69 → ${text}: 1.0:1 on background 4C4F69; body text and tables need 4.5:1`);
  });
  it("takes the slide master's own background over the theme's lt1", () => {
    const r = importedColours(brand({ ...own, dk1: '4C4F69', lt1: '4C4F69' }, { background: 'EFF1F5' }), base);
    expect(r.colors).toMatchObject({ background: 'EFF1F5', text: '4C4F69' });
    expect(r.notes[0]).toBe("background EFF1F5: the slide master's own background (the theme's lt1 is 4C4F69)");
  });
  it('follows the colour map of a dark master (bg1 = dk1)', () => {
    const r = importedColours(brand(own, { colorMap: { bg1: 'dk1', tx1: 'lt1', bg2: 'dk2', tx2: 'lt2' } }), base);
    expect(r.colors).toMatchObject({ background: '1B1B1B', text: 'FFFFFF' });
    // The default's status colours are made light enough for the dark page, and only they are written.
    expect(Object.keys(r.colors.status ?? {})).toEqual(expect.arrayContaining(['blocked', 'in-progress']));
    for (const c of Object.values(r.colors.status ?? {})) expect(contrastRatio(c, '1B1B1B')).toBeGreaterThanOrEqual(3);
  });
});
