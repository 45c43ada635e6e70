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

/**
 * Scripts that Office draws with one font (a run's latin typeface): Latin,
 * Greek and Cyrillic letters inside one word ("Ωmega") stay one word in
 * one run, not runs of two languages.
 */
const LATIN_SLOT: ReadonlySet<TextScript | undefined> = new Set(['Latn', 'Grek', 'Cyrl']);

/** Letters, marks and digits: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The scripts of each character, the letters of a word in the latin font
 * slot given one script: the one most of them are in (the first on a tie).
 * A letter of another slot ends the word (Japanese has no spaces).
 */
function characterScripts(chars: readonly string[]): (TextScript | undefined)[] {
  const scripts = chars.map(scriptOf);
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    const inWord = WORD_CHAR.test(chars[i] ?? '') && (scripts[i] === undefined || LATIN_SLOT.has(scripts[i]));
    if (i < chars.length && inWord) continue;
    oneScriptPerWord(scripts, start, i);
    start = i + 1;
  }
  return scripts;
}

function oneScriptPerWord(scripts: (TextScript | undefined)[], from: number, to: number): void {
  const counts = new Map<TextScript, number>();
  for (let i = from; i < to; i++) {
    const script = scripts[i];
    if (script === undefined) continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (counts.size < 2) return;
  const [word] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
  for (let i = from; i < to; i++) if (scripts[i] !== undefined) scripts[i] = word;
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /[a-z]/i;

/** Text cut where its script changes. */
export function scriptSpans(text: string): ScriptSpan[] {
  // Most text of a deck is ASCII: one span, in Latin if it has a letter (what the loop below finds, sooner).
  if (ASCII.test(text)) return text === '' ? [] : [{ text, script: ASCII_LETTER.test(text) ? 'Latn' : undefined }];
  const spans: ScriptSpan[] = [];
  let current: ScriptSpan | undefined;
  const chars = [...text];
  const scripts = characterScripts(chars);
  for (const [i, ch] of chars.entries()) {
    const script = scripts[i];
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
