/**
 * Which script a piece of text is written in, as far as its language is
 * concerned: ISO 15924 codes (the codes of a theme's `<a:font script>`), with
 * Han and kana together (a Japanese phrase mixes them; whether Han text is
 * Japanese or Chinese is decided with its context, see language.ts).
 */
export const textScripts = ['Latn', 'Arab', 'Hebr', 'Cjk', 'Hang', 'Cyrl', 'Grek', 'Thai', 'Deva', 'Other'] as const;
export type TextScript = (typeof textScripts)[number];

/** Tested in order; a character none of them matches (digits, punctuation, spaces, symbols, marks) is neutral. */
const SCRIPTS: readonly (readonly [TextScript, RegExp])[] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Other', /\p{L}/u],
];

const NEUTRAL = /[\p{M}\p{Script=Common}\p{Script=Inherited}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The script of one character (a code point), or undefined for a neutral one. */
export function scriptOf(ch: string): TextScript | undefined {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'Latn' : undefined;
  // A combining mark belongs to the letter before it; a letter of no script (the Arabic tatweel, the
  // prolonged sound mark of kana) is neutral too.
  if (NEUTRAL.test(ch)) return undefined;
  return SCRIPTS.find(([, pattern]) => pattern.test(ch))?.[0];
}

/** Whether text holds hiragana or katakana: Han text beside them is Japanese. */
export function hasKana(text: string): boolean {
  return KANA.test(text);
}

/**
 * A stretch of text in one script; neutral characters go with the stretch
 * before them (or the first one), but digits written onto the next word's
 * first letter go with that word: a run is never cut inside a word.
 */
export interface ScriptSpan {
  text: string;
  /** Undefined when the text has no letter at all (a number, a date in digits, punctuation). */
  script: TextScript | undefined;
}

/** Text cut where its script changes. */
export function scriptSpans(text: string): ScriptSpan[] {
  const spans: ScriptSpan[] = [];
  let current: ScriptSpan | undefined;
  for (const ch of text) {
    const script = scriptOf(ch);
    if (!current) current = { text: '', script };
    else if (script !== undefined && current.script === undefined) current.script = script;
    else if (script !== undefined && script !== current.script) {
      // Digits written onto the letter that follows are its word ("24x7"): they go with it.
      const digits = /\p{N}+$/u.exec(current.text)?.[0] ?? '';
      if (digits.length < current.text.length) {
        spans.push({ ...current, text: current.text.slice(0, current.text.length - digits.length) });
        current = { text: digits, script };
      } else current = { text: current.text, script };
    }
    current.text += ch;
  }
  if (current) spans.push(current);
  return spans;
}
