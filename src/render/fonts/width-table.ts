import type { FontClass } from './face-data.js';
import { allFamilies, faceOf, faceWidths, familiesOfClass, type FaceFamily } from './faces.js';
import { EMOJI_EM, fallbackWidth, isEmojiPresentation } from './fallback-widths.js';
import { RANGES } from './metrics.generated.js';

/** Code points below this are looked up in one array (Latin to dingbats); the rest are rare in decks. */
export const DENSE_LIMIT = 0x2800;
/** Alphabetic presentation forms (ﬁ ﬂ, Hebrew), the one block above DENSE_LIMIT the faces list. */
export const FORMS_FIRST = 0xfb00;
export const FORMS_LAST = 0xfb4f;

/** Widths in em of one family in one weight, every character resolved in advance. */
export interface WidthTable {
  /** By code point, below DENSE_LIMIT. */
  readonly dense: Float32Array;
  /** By code point − FORMS_FIRST. */
  readonly forms: Float32Array;
}

let base: Float32Array | undefined;
let baseForms: Float32Array | undefined;

/** Widths from fallbackWidth alone, computed once and copied into every table. */
function baseTables(): [Float32Array, Float32Array] {
  if (!base || !baseForms) {
    base = new Float32Array(DENSE_LIMIT);
    for (let cp = 0; cp < DENSE_LIMIT; cp++) base[cp] = fallbackWidth(cp);
    baseForms = new Float32Array(FORMS_LAST - FORMS_FIRST + 1);
    for (let cp = FORMS_FIRST; cp <= FORMS_LAST; cp++) baseForms[cp - FORMS_FIRST] = fallbackWidth(cp);
  }
  return [base, baseForms];
}

function widest(families: readonly FaceFamily[], bold: boolean, cp: number): number | undefined {
  let em: number | undefined;
  for (const family of families) {
    const w = faceWidths(faceOf(family, bold)).get(cp);
    if (w !== undefined && (em === undefined || w > em)) em = w;
  }
  return em;
}

/**
 * The table of a font name: each character at the widest of its faces (× scale);
 * one none of them has, at the widest face of its class that has it (as
 * LibreOffice falls back), then of any face, then fallbackWidth.
 */
export function buildWidthTable(faces: readonly FaceFamily[], fontClass: FontClass, bold: boolean, scale = 1): WidthTable {
  const [denseBase, formsBase] = baseTables();
  const dense = denseBase.slice();
  const forms = formsBase.slice();
  const ofClass = familiesOfClass(fontClass);
  const all = allFamilies();
  for (const [first, last] of RANGES) {
    for (let cp = first; cp <= last; cp++) {
      const table = cp < DENSE_LIMIT ? dense : forms;
      const at = cp < DENSE_LIMIT ? cp : cp - FORMS_FIRST;
      const fallback = table[at] ?? 0;
      if (fallback === 0) continue; // a combining mark or a control takes no width whatever the face says
      const own = widest(faces, bold, cp);
      let em = own !== undefined ? own * scale : widest(ofClass, bold, cp) ?? widest(all, bold, cp) ?? fallback;
      if (isEmojiPresentation(cp)) em = Math.max(em, EMOJI_EM);
      table[at] = em;
    }
  }
  return { dense, forms };
}
