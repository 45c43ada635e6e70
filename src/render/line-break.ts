/**
 * Where a word without spaces may break when it is wider than its line: after
 * the punctuation that joins the parts of URLs, paths, dates and compounds,
 * and on both sides of a CJK character (those scripts break between any two
 * characters). Anything else is a break inside a word, at a grapheme boundary,
 * the last resort.
 */

/** Characters a line may end with inside a word: / - ‐ – — ? & = . , ; : | \ + ) ] } */
const BREAK_AFTER = new Set([...'/-\u2010\u2011\u2012\u2013\u2014?&=.,;:|\\+)]}']);

/** Han, kana, Hangul, the CJK punctuation and the full-width forms: a line may break on either side. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

/** A zero-width space: a break point already marked (text fitted once and placed again). */
const ZWSP = '\u200B';

let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Whether a renderer breaks between two characters of a word by itself (CJK), so nothing need be inserted. */
export function isCjk(grapheme: string): boolean {
  return CJK.test(grapheme);
}

/** A word split at the points where it may break: each piece, and whether the break before it is a CJK one. */
export interface Piece {
  text: string;
  /** The break before this piece needs no mark: every renderer makes it by itself (next to a CJK character, after a mark). */
  native: boolean;
}

/** Splits a word at its allowed break points (never at its first or last character). */
export function pieces(word: string): Piece[] {
  const gs = graphemes(word);
  const out: Piece[] = [];
  let current = '';
  let native = false;
  gs.forEach((g, i) => {
    const prev = gs[i - 1];
    const cjkBoundary = prev !== undefined && (isCjk(g) || isCjk(prev));
    const marked = prev === ZWSP;
    const after = prev !== undefined && BREAK_AFTER.has(prev) && !BREAK_AFTER.has(g) && /[\p{L}\p{N}]/u.test(current);
    if (current && (cjkBoundary || marked || after)) {
      out.push({ text: current, native });
      current = '';
      native = cjkBoundary || marked;
    }
    current += g;
  });
  if (current) out.push({ text: current, native });
  return out;
}
