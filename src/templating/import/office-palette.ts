/** The twelve colour slots of a PowerPoint theme, in the order the theme part writes them. */
export const THEME_SLOTS = [
  'dk1',
  'lt1',
  'dk2',
  'lt2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const;
export type ThemeSlot = (typeof THEME_SLOTS)[number];

/**
 * Office's stock "Office" colour schemes, which a template keeps when nobody
 * set its brand colours (LibreOffice writes the 2007 one into every file it
 * exports). From test/fixtures/corporate-templates/STRUCTURE.md.
 */
export const OFFICE_PALETTES = {
  'Office 2013–2022': {
    dk1: '000000',
    lt1: 'FFFFFF',
    dk2: '44546A',
    lt2: 'E7E6E6',
    accent1: '4472C4',
    accent2: 'ED7D31',
    accent3: 'A5A5A5',
    accent4: 'FFC000',
    accent5: '5B9BD5',
    accent6: '70AD47',
    hlink: '0563C1',
    folHlink: '954F72',
  },
  'Office 2007–2010': {
    dk1: '000000',
    lt1: 'FFFFFF',
    dk2: '1F497D',
    lt2: 'EEECE1',
    accent1: '4F81BD',
    accent2: 'C0504D',
    accent3: '9BBB59',
    accent4: '8064A2',
    accent5: '4BACC6',
    accent6: 'F79646',
    hlink: '0000FF',
    folHlink: '800080',
  },
} as const satisfies Record<string, Record<ThemeSlot, string>>;

/**
 * Ten of twelve slots: a stock palette with two slots changed is still the
 * stock palette (the 2013 variant with accent1 and accent5 swapped matches 10;
 * so does a theme that only set its accent1 and one more).
 */
export const STOCK_MATCHES = 10;

export interface StockPalette {
  name: keyof typeof OFFICE_PALETTES;
  matches: number;
  /** The slots that differ from the stock palette. */
  changed: ThemeSlot[];
}

/** Which of Office's stock palettes a theme's colours are, if any (the one with most slots in common). */
export function stockPalette(colors: Readonly<Partial<Record<string, string>>>): StockPalette | undefined {
  const scored = (Object.keys(OFFICE_PALETTES) as (keyof typeof OFFICE_PALETTES)[]).map((name) => {
    const changed = THEME_SLOTS.filter((slot) => colors[slot]?.toUpperCase() !== OFFICE_PALETTES[name][slot]);
    return { name, matches: THEME_SLOTS.length - changed.length, changed };
  });
  const best = scored.sort((a, b) => b.matches - a.matches)[0];
  return best && best.matches >= STOCK_MATCHES ? best : undefined;
}
