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

/** East Asian Wide and Fullwidth blocks (Unicode EAW W/F), as ranges. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)
    || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Whether a character is drawn as a colour emoji even without U+FE0F. */
export function isEmojiPresentation(cp: number): boolean {
  return EMOJI_PRESENTATION.test(String.fromCodePoint(cp));
}

/** The width of a character that no face has a glyph for. */
export function fallbackWidth(cp: number): number {
  if (isWide(cp)) return WIDE_EM;
  if (cp >= 0xff61 && cp <= 0xffdc) return WIDE_EM / 2; // halfwidth katakana and hangul
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  if (EMOJI_PRESENTATION.test(ch)) return EMOJI_EM;
  return UNKNOWN_EM;
}

/** Whether a character takes no width whatever the font says (combining marks, controls, format characters). */
export function isZeroWidth(cp: number): boolean {
  return ZERO_WIDTH.test(String.fromCodePoint(cp));
}
