import type { FontClass } from './face-data.js';
import type { FaceFamily } from './faces.js';

/**
 * How a font name a template writes is measured. A deck must fit both where
 * it is shown (PowerPoint, with the named font) and where it is checked
 * (LibreOffice on Linux, which draws a metric-compatible font when one is
 * installed and DejaVu otherwise: `fc-match` and a PDF render of each name, see
 * docs/fonts.md). So a name lists every face that can be drawn for it, and each
 * character is measured at the widest of them.
 */
export interface FamilySpec {
  readonly faces: readonly FaceFamily[];
  readonly fontClass: FontClass;
  /** Widths × this: the named font is measured wider than its stand-in. */
  readonly scale?: number;
  /** Single spacing of the named font in em, when its stand-ins' is smaller. */
  readonly lineEm?: number;
  /** Why these faces: shown in docs and tests. */
  readonly why: string;
}

const CALIBRI: FamilySpec = { faces: ['carlito'], fontClass: 'sans', why: 'Carlito is metric-compatible with Calibri' };
const ARIAL: FamilySpec = {
  faces: ['liberation-sans'],
  fontClass: 'sans',
  why: "Liberation Sans (Arimo) is metric-compatible with Arial, whose widths are Helvetica's",
};
const TIMES: FamilySpec = {
  faces: ['liberation-serif'],
  fontClass: 'serif',
  why: 'Liberation Serif (Tinos) is metric-compatible with Times New Roman',
};
const COURIER: FamilySpec = {
  faces: ['liberation-mono'],
  fontClass: 'mono',
  why: 'Liberation Mono (Cousine) is metric-compatible with Courier New',
};
const CAMBRIA: FamilySpec = {
  faces: ['caladea'],
  fontClass: 'serif',
  why: 'Caladea is metric-compatible with Cambria',
};
const DEJAVU_SANS: FamilySpec = { faces: ['dejavu-sans'], fontClass: 'sans', why: 'the font itself' };
const APTOS: FamilySpec = {
  faces: ['dejavu-sans'],
  fontClass: 'sans',
  why: 'no open font is metric-compatible with Aptos; LibreOffice draws DejaVu Sans, wider than Source Sans 3, the nearest open match reported',
};

/**
 * Known names, lower case. `satisfies` keeps each entry checked; a name not
 * here falls back to the widest face of its class (`unknownFamily`).
 */
export const FAMILIES = {
  calibri: CALIBRI,
  carlito: CALIBRI,
  'calibri light': {
    faces: ['carlito', 'dejavu-sans'],
    fontClass: 'sans',
    why: "no open Calibri Light; PowerPoint's is about as wide as Calibri, LibreOffice draws DejaVu Sans (wider)",
  },
  arial: ARIAL,
  'arial mt': ARIAL,
  helvetica: ARIAL,
  'liberation sans': ARIAL,
  arimo: ARIAL,
  'arial nova': {
    faces: ['liberation-sans', 'dejavu-sans'],
    fontClass: 'sans',
    why: 'Arial Nova is close to Arial; LibreOffice has no substitute and draws DejaVu Sans',
  },
  'times new roman': TIMES,
  times: TIMES,
  'liberation serif': TIMES,
  tinos: TIMES,
  cambria: CAMBRIA,
  caladea: CAMBRIA,
  georgia: {
    faces: ['gelasio', 'dejavu-serif'],
    fontClass: 'serif',
    why: 'Gelasio is metric-compatible with Georgia, but Debian packages no Gelasio and LibreOffice draws DejaVu Serif (10–17 % wider)',
  },
  gelasio: { faces: ['gelasio'], fontClass: 'serif', why: 'the font itself' },
  verdana: {
    faces: ['dejavu-sans'],
    fontClass: 'sans',
    scale: 1.01,
    why: 'DejaVu Sans (Bitstream Vera) is within 1 % of Verdana on English text; Verdana regular measured 0.6 % wider',
  },
  tahoma: {
    faces: ['dejavu-sans'],
    fontClass: 'sans',
    why: 'Tahoma is 12 % narrower than DejaVu Sans, which LibreOffice draws for it',
  },
  'segoe ui': {
    faces: ['liberation-sans', 'dejavu-sans'],
    fontClass: 'sans',
    lineEm: 2724 / 2048,
    why: "no Selawik on npm; Segoe UI is within 1 % of Arial's widths, LibreOffice draws DejaVu Sans; Segoe UI's line spacing (win 2210 + 514) is 1.33 em",
  },
  aptos: APTOS,
  'aptos display': APTOS,
  'courier new': COURIER,
  courier: COURIER,
  'liberation mono': COURIER,
  cousine: COURIER,
  consolas: {
    faces: ['dejavu-sans-mono'],
    fontClass: 'mono',
    why: 'LibreOffice draws DejaVu Sans Mono, wider than Consolas',
  },
  'dejavu sans': DEJAVU_SANS,
  'dejavu serif': { faces: ['dejavu-serif'], fontClass: 'serif', why: 'the font itself' },
  'dejavu sans mono': { faces: ['dejavu-sans-mono'], fontClass: 'mono', why: 'the font itself' },
} as const satisfies Record<string, FamilySpec>;

/** A font name as templates write it ("Calibri", 'Segoe UI', " arial ") in the form FAMILIES uses. */
export function normalizeFamily(name: string): string {
  return name
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const MONO = /mono|courier|consol|typewriter|terminal|code\b|fixed/;
const SERIF =
  /serif|times|roman|garamond|georgia|cambria|baskerville|bodoni|palatino|antiqua|schoolbook|caslon|didot|minion|constantia|sitka|charter|perpetua|bookman|cochin|lora|merriweather|playfair|crimson|sabon|caecilia|rockwell/;

/** The class an unknown font name most likely is: serif and mono by their usual names, else sans. */
export function guessClass(name: string): FontClass {
  const family = normalizeFamily(name);
  if (MONO.test(family)) return 'mono';
  if (SERIF.test(family) && !/sans/.test(family)) return 'serif';
  return 'sans';
}
