import { graphemes } from './line-break.js';

/**
 * A person's initials for an avatar: the first letter of the first and of
 * the last word of the name, each a whole grapheme (a flag, an emoji
 * sequence, a letter and its marks). What is not the name itself is left
 * out: text in brackets or quotes (an alias, a role: `周杰 'Jay' <Lead>`),
 * honorifics and suffixes (Dr, Prof., Jr, د., السيد), particles that are
 * not the first word (van, de, von, bin), and the Arabic article (ال) and
 * its Latin forms (al-, el-) at the start of a word.
 */

/** What may stand as an initial: a letter, a digit, an emoji or a flag (never a bracket, a quote or a dash). */
const INITIAL = /^[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** Brackets and quotes, as pairs: what they enclose is not the name. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
  ['（', '）'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
  ['«', '»'],
  ['‹', '›'],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
  ['"', '"'],
];
const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const ENCLOSED = new RegExp(
  [
    ...PAIRS.map(([open, close]) => `${esc(open)}[^${esc(open)}${esc(close)}]*${esc(close)}`),
    // A single quote only as a quote, not as the apostrophe of O'Brien or d'Artagnan.
    `(?<![\\p{L}\\p{N}])'[^']*'(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);

/** Honorifics and titles before a name, lower case, without their full stop. */
const HONORIFICS = new Set(
  [
    ...['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon', 'capt', 'col'],
    ...['herr', 'frau', 'mme', 'mlle', 'm', 'dott', 'ing', 'dipl.-ing', 'sr', 'sra', 'srta', 'don', 'doña', 'dona'],
    ...['د', 'م', 'أ', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة', 'الشيخ'],
    ...['ד"ר', 'דר', 'מר', "גב'", 'גברת', "פרופ'", 'פרופסור'],
  ].map((w) => w.toLowerCase()),
);
/** Suffixes after a name. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba', 'msc', 'bsc', 'ma']);
/** Particles of surnames, skipped unless the name starts with one (Van Morrison). */
const PARTICLES = new Set([
  ...['von', 'van', 'vom', 'zu', 'de', 'der', 'den', 'des', 'del', 'della', 'dei', 'degli', 'di', 'da', 'das', 'dos'],
  ...['do', 'du', 'la', 'le', 'les', 'lo', 'y', 'e', 'ten', 'ter', 'te', 'op', 'af', 'av', 'bin', 'ibn', 'bint', 'ben'],
  ...['al', 'el', 'بن', 'ابن', 'بنت', 'آل'],
]);
/** The Arabic article, or its Latin transliteration with a hyphen, at the start of a word. */
const ARTICLE = /^(?:ال(?=\p{L}{2})|[ae]l-(?=\p{L}))/iu;
/** Arabic-script initials are kept apart (a zero-width non-joiner), so they do not join into a word. */
const ARABIC = /\p{Script=Arabic}/u;

const bare = (word: string) => word.toLowerCase().replace(/\.+$/, '');

function nameWords(name: string): string[] {
  let text = name;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(ENCLOSED, ' ');
  }
  // A name written only inside brackets ("(Wang Fang)") is the name.
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) text = name.replace(/[^\p{L}\p{N}\p{M}\s'-]/gu, ' ');
  return text.split(/[\s·・]+/u).filter((w) => graphemes(w).some((g) => INITIAL.test(g)));
}

export function initials(name: string): string {
  const all = nameWords(name);
  let words = all;
  while (words.length > 1 && HONORIFICS.has(bare(words[0] ?? ''))) words = words.slice(1);
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1] ?? '').replace(/,$/, '')))
    words = words.slice(0, -1);
  const kept = words.filter((w, i) => i === 0 || !PARTICLES.has(w.toLowerCase().replace(/-$/, '')));
  const firsts = (kept.length ? kept : all)
    .map((word) => graphemes(word.replace(ARTICLE, '')).find((g) => INITIAL.test(g)))
    .filter((g): g is string => g !== undefined);
  const letters = firsts.length > 1 ? [firsts[0], firsts[firsts.length - 1]] : firsts;
  const joiner = letters.every((l) => l !== undefined && ARABIC.test(l)) ? '\u200C' : '';
  return letters.join(joiner).toLocaleUpperCase() || '?';
}
