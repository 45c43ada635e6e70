/**
 * The direction of a paragraph, by its first strong character (the rule of
 * Unicode's bidirectional algorithm, P2–P3): a letter of a right-to-left
 * script (Hebrew, Arabic, Syriac, Thaana, N'Ko...) makes it right-to-left,
 * any other letter left-to-right; digits and punctuation are neutral.
 */
const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

export function isRtl(paragraph: string): boolean {
  for (const ch of paragraph) {
    if (!LETTER.test(ch)) continue;
    return RTL_LETTER.test(ch);
  }
  return false;
}

/** A list's separators: a comma or semicolon, Latin or Arabic, followed by a space. */
const SEPARATOR = /[,;\u060C\u061B](?=\s)/gu;
/** The Arabic comma and semicolon: between right-to-left words in a left-to-right paragraph they are part of the right-to-left text. */
const RTL_SEPARATOR = /[\u060C\u061B]/u;
/**
 * ARABIC LETTER MARK, a strong right-to-left character that draws nothing.
 * RIGHT-TO-LEFT MARK would do the same, but LibreOffice 7.4 then draws the
 * Latin word after it in the complex-script font (it types the marks'
 * right-to-left run as a script of its own, ImpEditEngine::InitScriptTypes);
 * the Arabic letter mark is typed with the Arabic script and is drawn right.
 */
export const ALM = '\u061C';
/** LEFT-TO-RIGHT MARK. */
export const LRM = '\u200E';

/** The direction of each letter of a text: true for a right-to-left one; digits, punctuation and spaces have none. */
const ASCII = /^[\x00-\x7f]*$/;

function strongAt(text: string): (boolean | undefined)[] {
  const out: (boolean | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    out.push(LETTER.test(ch) ? RTL_LETTER.test(ch) : undefined);
  }
  return out;
}

/**
 * Where marks go so that a list's separators keep the paragraph's direction:
 * the offsets (in UTF-16 units) before which a mark of the paragraph's
 * direction is inserted, and the mark. Between two stretches of the other
 * direction, Unicode's bidirectional algorithm gives a comma their direction,
 * so "Microsoft Entra ID, Intune" in an Arabic sentence reads as one
 * left-to-right phrase (Intune first for an Arabic reader) and "أحمد, سارة"
 * in an English list as one Arabic one; a mark before the comma makes each
 * item a phrase of its own, in the paragraph's order. An Arabic comma between
 * Arabic words in a left-to-right paragraph is Arabic text and stays as it is.
 */
export function separatorMarks(text: string, rtl: boolean): { at: number[]; mark: string } {
  const mark = rtl ? ALM : LRM;
  const at: number[] = [];
  // Text in ASCII has no right-to-left letter: a left-to-right paragraph of it needs no mark.
  if (!rtl && ASCII.test(text)) return { at, mark };
  const strong = strongAt(text);
  if (!strong.includes(!rtl)) return { at, mark };
  const near = (from: number, step: 1 | -1): boolean | undefined => {
    for (let i = from; i >= 0 && i < strong.length; i += step) if (strong[i] !== undefined) return strong[i];
    return undefined;
  };
  for (const m of text.matchAll(SEPARATOR)) {
    const before = near(m.index - 1, -1);
    const after = near(m.index + 1, 1);
    const other = !rtl;
    if (before !== other || after !== other) continue;
    if (!rtl && RTL_SEPARATOR.test(m[0])) continue;
    at.push(m.index);
  }
  return { at, mark };
}
