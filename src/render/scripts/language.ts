import type { TextScript } from './scripts.js';

/**
 * The languages of a deck's text: the program's language (program.yaml
 * `language`, else the template's locale) for text in its own script, and
 * for text in another script that script's language. PowerPoint and
 * LibreOffice choose the font, the Han glyph forms (Japanese and Chinese draw
 * some characters differently), the spelling dictionary and the direction of
 * neutral characters by it.
 */
export interface DeckLanguage {
  /** The program's language as Office writes it: language-REGION (ja-JP, ar-EG, en-GB). */
  readonly base: string;
  /** What the languages given to text depend on (the program's and the template's): equal keys, equal languages. */
  readonly key: string;
  /** Its script (ISO 15924, as Unicode's likely subtags give it: Latn, Arab, Jpan, Hans, Hant, Kore...). */
  readonly script: string;
  /** Written right to left (Arabic, Hebrew, Persian, Urdu...): lists read right to left. */
  readonly rtl: boolean;
  /** Japanese, Chinese or Korean. */
  readonly eastAsian: boolean;
  /** The language of text in a script; `kana`: the paragraph holds kana, so its Han text is Japanese. */
  languageOf(script: TextScript | undefined, kana: boolean): string;
  /** The language a run names as its other one (altLang): the program's, for East Asian text in a deck that is not and the reverse. */
  altLanguageOf(language: string): string | undefined;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Samr', 'Mand', 'Adlm', 'Rohg']);
const EAST_ASIAN = new Set(['Jpan', 'Hans', 'Hant', 'Kore', 'Hani', 'Hira', 'Kana', 'Hang']);
/** The text scripts a language's own script covers (Korean is written in hangul and, rarely, Han). */
const COVERS: Readonly<Record<string, readonly TextScript[]>> = {
  Jpan: ['Cjk'],
  Hans: ['Cjk'],
  Hant: ['Cjk'],
  Kore: ['Hang', 'Cjk'],
};
/** The language of text in a script that is neither the program's nor the template's: Office's primary one. */
const FALLBACK: Readonly<Record<Exclude<TextScript, 'Other'>, string>> = {
  Latn: 'en-US',
  Arab: 'ar-SA',
  Hebr: 'he-IL',
  Cjk: 'zh-CN',
  Hang: 'ko-KR',
  Cyrl: 'ru-RU',
  Grek: 'el-GR',
  Thai: 'th-TH',
  Deva: 'hi-IN',
};

const maximized = new Map<string, Intl.Locale>();
function maximize(tag: string): Intl.Locale {
  let locale = maximized.get(tag);
  if (!locale) {
    locale = new Intl.Locale(tag).maximize();
    maximized.set(tag, locale);
  }
  return locale;
}

/** A BCP 47 tag as Office writes a run's language: language-REGION, the script kept where it was given (sr-Latn-RS). */
export function officeTag(tag: string): string {
  const full = maximize(tag);
  const script = new Intl.Locale(tag).script && full.language !== 'zh' ? `-${full.script}` : '';
  return `${full.language}${script}-${full.region ?? ''}`.replace(/-$/, '');
}

/** Whether a language is written in an East Asian script (Japanese, Chinese, Korean). */
export function isEastAsian(tag: string): boolean {
  return EAST_ASIAN.has(maximize(tag).script ?? '');
}

/** Whether a language is written right to left (Arabic, Hebrew...). */
export function isRightToLeft(tag: string): boolean {
  return RTL_SCRIPTS.has(scriptOfLanguage(tag));
}

/** The script a language is written in (Jpan, Hans, Arab...). */
export function scriptOfLanguage(tag: string): string {
  return maximize(tag).script ?? 'Latn';
}

function covers(languageScript: string, script: TextScript): boolean {
  return (COVERS[languageScript] ?? [languageScript]).includes(script);
}

/** The languages of a deck whose program is in `language`, built on a template in `templateLocale`. */
export function deckLanguage(language: string, templateLocale: string): DeckLanguage {
  const base = officeTag(language);
  const script = scriptOfLanguage(base);
  const template = officeTag(templateLocale);
  const templateScript = scriptOfLanguage(template);
  const cache = new Map<string, string>();
  const resolve = (text: TextScript, kana: boolean): string => {
    if (text === 'Other') return base;
    // Kana make Han text Japanese, whatever the program's language.
    if (text === 'Cjk' && kana) return script === 'Jpan' ? base : 'ja-JP';
    if (covers(script, text)) return base;
    if (covers(templateScript, text)) return template;
    return FALLBACK[text];
  };
  return {
    base,
    key: `${base} ${template}`,
    script,
    rtl: RTL_SCRIPTS.has(script),
    eastAsian: EAST_ASIAN.has(script),
    languageOf(text, kana) {
      if (text === undefined) return base;
      const key = `${text}${kana ? '+kana' : ''}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = resolve(text, kana);
        cache.set(key, found);
      }
      return found;
    },
    altLanguageOf(tag) {
      return isEastAsian(tag) !== isEastAsian(base) ? base : undefined;
    },
  };
}
