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
