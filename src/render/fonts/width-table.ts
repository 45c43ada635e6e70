import type { FontClass } from './face-data.js';
import { allFamilies, faceOf, faceWidths, familiesOfClass, type FaceFamily } from './faces.js';
import { bmpFallbackTable, EMOJI_EM } from './fallback-widths.js';
import { RANGES } from './metrics.generated.js';

/**
 * In a width table, the mark of a code unit that needs the grapheme around it:
 * surrogates (astral emoji and ideographs), variation selectors, the zero-width
 * joiner and the keycap mark, which make emoji of several code points.
 */
export const NEEDS_GRAPHEME = -1;

/** Widths in em of one font name in one weight, every BMP character resolved in advance. */
export interface WidthTable {
  /** By UTF-16 code unit (0–0xFFFF); NEEDS_GRAPHEME where a unit alone has no width. */
  readonly bmp: Float32Array;
}

let base: Float32Array | undefined;

/** fallbackWidth for the whole BMP with the grapheme marks, computed once and copied into every table. */
function baseTable(): Float32Array {
  if (!base) {
    base = bmpFallbackTable();
    base.fill(NEEDS_GRAPHEME, 0xd800, 0xe000);
    base.fill(NEEDS_GRAPHEME, 0xfe00, 0xfe10);
    base[0x200d] = NEEDS_GRAPHEME;
    base[0x20e3] = NEEDS_GRAPHEME;
  }
  return base;
}

/** The widest of the faces at one index of RANGES, NaN when none has a glyph there. */
function widestAt(faces: readonly Float32Array[], index: number): number {
  let em = Number.NaN;
  for (const widths of faces) {
    const w = widths[index] ?? Number.NaN;
    if (w > em || (Number.isNaN(em) && !Number.isNaN(w))) em = w;
  }
  return em;
}

/** The faces a deck names for the characters of a script, as code point blocks (the Arabic and Hebrew ones). */
export interface ScriptFaces {
  readonly blocks: readonly (readonly [number, number])[];
  readonly faces: readonly FaceFamily[];
}

/**
 * The table of a font name: each character at the widest of its faces (× scale);
 * one none of them has, at the widest of the faces the deck names for its
 * script (`scripts`) and those of the font's class that have it (as
 * LibreOffice falls back), then of any face, then fallbackWidth.
 */
export function buildWidthTable(
  faces: readonly FaceFamily[],
  fontClass: FontClass,
  bold: boolean,
  scale = 1,
  scripts: readonly ScriptFaces[] = [],
): WidthTable {
  const bmp = baseTable().slice();
  const widthsOf = (families: readonly FaceFamily[]): Float32Array[] =>
    families.map((family) => faceWidths(faceOf(family, bold)));
  const own = widthsOf(faces);
  const ofClass = widthsOf(familiesOfClass(fontClass));
  const all = widthsOf(allFamilies());
  const named = scripts.map((s) => ({ blocks: s.blocks, widths: [...ofClass, ...widthsOf(s.faces)] }));
  let index = 0;
  for (const [first, last] of RANGES) {
    for (let cp = first; cp <= last; cp++, index++) {
      const fallback = bmp[cp] ?? 0;
      // A combining mark or a control takes no width whatever the face says; a grapheme mark stays.
      if (fallback <= 0) continue;
      let em = widestAt(own, index) * scale;
      const script = Number.isNaN(em) ? named.find((s) => s.blocks.some(([a, b]) => cp >= a && cp <= b)) : undefined;
      if (Number.isNaN(em)) em = widestAt(script?.widths ?? ofClass, index);
      if (Number.isNaN(em)) em = widestAt(all, index);
      if (Number.isNaN(em)) em = fallback;
      if (fallback === EMOJI_EM) em = Math.max(em, EMOJI_EM); // drawn as a colour emoji whatever the font has
      bmp[cp] = em;
    }
  }
  return { bmp };
}
