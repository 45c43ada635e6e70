import { EMOJI_EM, fallbackWidth } from './fallback-widths.js';
import { fontMetrics, type FontMetrics } from './resolve.js';
import type { WidthTable } from './width-table.js';

/** What makes a grapheme of several code points an emoji: a pictograph, a flag letter, a keycap, VS16. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3|\uFE0F/u;

const astral = new Map<number, number>();
let segmenter: Intl.Segmenter | undefined;

/** Width of one code point: from the table in the BMP (a grapheme mark alone takes none), else fallbackWidth, cached. */
function codePointWidth(table: WidthTable, cp: number): number {
  if (cp <= 0xffff) return Math.max(0, table.bmp[cp] ?? 0);
  let em = astral.get(cp);
  if (em === undefined) {
    em = fallbackWidth(cp);
    astral.set(cp, em);
  }
  return em;
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

/**
 * Width of a line of text in em. The table gives every UTF-16 code unit's width,
 * so the loop has one test; a unit marked NEEDS_GRAPHEME (surrogate, ZWJ,
 * variation selector, keycap) sends the whole string to the grapheme path.
 */
export function textWidthEm(text: string, table: WidthTable): number {
  const bmp = table.bmp;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const w = bmp[text.charCodeAt(i)] ?? 0;
    if (w < 0) return graphemesEm(table, text);
    em += w;
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
