import { EMOJI_EM, fallbackWidth } from './fallback-widths.js';
import { fontMetrics, type FontMetrics } from './resolve.js';
import { DENSE_LIMIT, FORMS_FIRST, FORMS_LAST, type WidthTable } from './width-table.js';

const ZWJ = 0x200d;
const KEYCAP = 0x20e3;
/** What makes a grapheme of several code points an emoji: a pictograph, a flag letter, a keycap, VS16. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3|\uFE0F/u;

const beyond = new Map<number, number>();
let segmenter: Intl.Segmenter | undefined;

/** Width of one code point above the dense table, cached: CJK, fullwidth, presentation forms, the rest. */
function wideWidth(table: WidthTable, cp: number): number {
  if (cp >= FORMS_FIRST && cp <= FORMS_LAST) return table.forms[cp - FORMS_FIRST] ?? 0;
  let em = beyond.get(cp);
  if (em === undefined) {
    em = fallbackWidth(cp);
    beyond.set(cp, em);
  }
  return em;
}

function codePointWidth(table: WidthTable, cp: number): number {
  return cp < DENSE_LIMIT ? (table.dense[cp] ?? 0) : wideWidth(table, cp);
}

/**
 * The slow path, by grapheme (Intl.Segmenter): an emoji counts once however
 * many code points make it (ZWJ sequences, flags, skin tones, keycaps, VS16);
 * any other grapheme is the sum of its code points (a base letter and its
 * marks, which take none).
 */
function graphemesEm(table: WidthTable, text: string): number {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let em = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (segment.length > 1 && EMOJI.test(segment)) {
      em += EMOJI_EM;
      continue;
    }
    for (const ch of segment) em += codePointWidth(table, ch.codePointAt(0) ?? 0);
  }
  return em;
}

/** Width of a line of text in em. Code units are summed directly until one needs graphemes. */
export function textWidthEm(text: string, table: WidthTable): number {
  const dense = table.dense;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < DENSE_LIMIT) {
      if (c === ZWJ || c === KEYCAP) return graphemesEm(table, text);
      em += dense[c] ?? 0;
    } else if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f)) {
      // Surrogates (astral emoji, CJK extensions) and variation selectors need the grapheme.
      return graphemesEm(table, text);
    } else {
      em += wideWidth(table, c);
    }
  }
  return em;
}

/**
 * Width in points of one line of `text` (no wrapping, no kerning) in a font at
 * a size. `font` is a FontMetrics from `fontMetrics`, or a name to resolve
 * (cached; an unknown name is measured as its fallback without a word).
 * The width is what the font's advance widths add up to: leave any safety
 * margin to the caller.
 */
export function textWidthPt(text: string, font: FontMetrics | string, sizePt: number, bold = false): number {
  const metrics = typeof font === 'string' ? fontMetrics(font).metrics : font;
  return textWidthEm(text, bold ? metrics.bold : metrics.regular) * sizePt;
}

/** Height in points of one line at single spacing (the distance from one baseline to the next). */
export function lineHeightPt(font: FontMetrics, sizePt: number): number {
  return font.lineEm * sizePt;
}
