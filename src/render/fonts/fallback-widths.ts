/**
 * Widths of characters no known face has, in em. They err wide: a layout that
 * assumes too much room only shrinks text a little, one that assumes too
 * little overflows its box.
 */

/** An emoji however many code points it is made of (ZWJ sequence, flag, skin tone, keycap). Noto Color Emoji advances 1.245 em. */
export const EMOJI_EM = 1.25;
/** CJK ideographs, kana, hangul, fullwidth forms: one em, as every CJK font draws them. */
export const WIDE_EM = 1;
/** A character of a script no face here covers (Thai, Devanagari...): wider than nearly any such letter. */
export const UNKNOWN_EM = 1;

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

/** East Asian Wide and Fullwidth blocks (Unicode EAW W/F): Hangul Jamo, CJK, kana, Hangul, fullwidth forms. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];
/** Halfwidth katakana and hangul. */
const HALFWIDTH = [0xff61, 0xffdc] as const;

function isWide(cp: number): boolean {
  return WIDE.some(([first, last]) => cp >= first && cp <= last);
}

/** The width of a character that no face has a glyph for. */
export function fallbackWidth(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  if (EMOJI_PRESENTATION.test(ch)) return EMOJI_EM;
  if (isWide(cp)) return WIDE_EM;
  if (cp >= HALFWIDTH[0] && cp <= HALFWIDTH[1]) return WIDE_EM / 2;
  return UNKNOWN_EM;
}

/**
 * fallbackWidth of every code point of the Basic Multilingual Plane (the same
 * order of rules), by one regular expression pass over them all rather than one
 * test per character: it is part of a build's start-up. Surrogates get UNKNOWN_EM.
 */
export function bmpFallbackTable(): Float32Array {
  const table = new Float32Array(0x10000).fill(UNKNOWN_EM);
  for (const [first, last] of WIDE) if (first <= 0xffff) table.fill(WIDE_EM, first, last + 1);
  table.fill(WIDE_EM / 2, HALFWIDTH[0], HALFWIDTH[1] + 1);
  // Every code unit once, surrogates as spaces: one code unit per code point, so a match's index is its code point.
  const units = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) units[cp] = cp;
  units.fill(0x20, 0xd800, 0xe000);
  const text = new TextDecoder('utf-16le').decode(units);
  for (const m of text.matchAll(/\p{Emoji_Presentation}/gu)) table[m.index] = EMOJI_EM;
  for (const m of text.matchAll(/[\p{Mn}\p{Me}\p{Cc}\p{Cf}]/gu)) table[m.index] = 0;
  return table;
}
