import { describe, expect, it } from 'vitest';
import { deckLanguage, isEastAsian, officeTag } from '../../../../src/render/scripts/language.js';
import { hasKana, scriptOf, scriptSpans } from '../../../../src/render/scripts/scripts.js';

describe('scriptOf: the script of a character, for its language', () => {
  it.each([
    ['a', 'Latn'],
    ['Ž', 'Latn'],
    ['ß', 'Latn'],
    ['م', 'Arab'],
    ['ש', 'Hebr'],
    ['董', 'Cjk'],
    ['の', 'Cjk'],
    ['カ', 'Cjk'],
    ['한', 'Hang'],
    ['Ж', 'Cyrl'],
    ['Ω', 'Grek'],
    ['ก', 'Thai'],
    ['ह', 'Deva'],
    ['ሰ', 'Other'],
  ])('%s is %s', (ch, script) => expect(scriptOf(ch)).toBe(script));

  it.each(['1', ' ', ',', '(', '،', 'ـ', 'ー', '、', '。', '\u064E', '\u200F', '€', '✓'])(
    '%s is neutral (digits, punctuation, marks, the tatweel, the prolonged sound mark)',
    (ch) => expect(scriptOf(ch)).toBeUndefined(),
  );

  it('finds kana, not Han alone', () => {
    expect(hasKana('取締役会の承認')).toBe(true);
    expect(hasKana('董事会批准')).toBe(false);
  });
});

describe('scriptSpans: text cut where its script changes, neutral characters with the stretch before', () => {
  it('cuts mixed text without cutting words', () => {
    expect(scriptSpans('Approve 董事会 budget (CFO)')).toEqual([
      { text: 'Approve ', script: 'Latn' },
      { text: '董事会 ', script: 'Cjk' },
      { text: 'budget (CFO)', script: 'Latn' },
    ]);
    expect(scriptSpans('Microsoft Entra IDの導入')).toEqual([
      { text: 'Microsoft Entra ID', script: 'Latn' },
      { text: 'の導入', script: 'Cjk' },
    ]);
  });
  it('keeps an Arabic word with its tatweel and marks whole, and a leading number with what follows', () => {
    expect(scriptSpans('لـ 1,400 مُستخدم')).toEqual([{ text: 'لـ 1,400 مُستخدم', script: 'Arab' }]);
    expect(scriptSpans('12 نوفمبر')).toEqual([{ text: '12 نوفمبر', script: 'Arab' }]);
    expect(scriptSpans('98.9%')).toEqual([{ text: '98.9%', script: undefined }]);
  });
});

describe('officeTag: a language as Office writes a run language', () => {
  it.each([
    ['ja', 'ja-JP'],
    ['ar', 'ar-EG'],
    ['ar-SA', 'ar-SA'],
    ['he', 'he-IL'],
    ['zh', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['ko', 'ko-KR'],
    ['en-GB', 'en-GB'],
    ['sr-Latn', 'sr-Latn-RS'],
  ])('%s → %s', (tag, office) => expect(officeTag(tag)).toBe(office));

  it('knows the East Asian languages', () => {
    expect(['ja-JP', 'zh-CN', 'zh-TW', 'ko-KR'].map(isEastAsian)).toEqual([true, true, true, true]);
    expect(['en-GB', 'ar-SA', 'he-IL', 'ru-RU'].map(isEastAsian)).toEqual([false, false, false, false]);
  });
});

describe('deckLanguage: the language of a run from its script and the program', () => {
  const english = deckLanguage('en-GB', 'en-GB');
  it('gives text in another script that script’s language in an English program', () => {
    expect(english.base).toBe('en-GB');
    expect(english.rtl).toBe(false);
    expect(english.languageOf('Latn', false)).toBe('en-GB');
    expect(english.languageOf(undefined, false)).toBe('en-GB');
    expect(english.languageOf('Arab', false)).toBe('ar-SA');
    expect(english.languageOf('Hebr', false)).toBe('he-IL');
    expect(english.languageOf('Hang', false)).toBe('ko-KR');
    expect(english.languageOf('Cjk', false)).toBe('zh-CN');
    expect(english.languageOf('Cjk', true)).toBe('ja-JP');
    expect(english.languageOf('Cyrl', false)).toBe('ru-RU');
    expect(english.languageOf('Other', false)).toBe('en-GB');
  });

  it('gives Han text the program’s language in a Japanese, Chinese or Korean program', () => {
    expect(deckLanguage('ja-JP', 'en-GB').languageOf('Cjk', false)).toBe('ja-JP');
    expect(deckLanguage('zh-CN', 'en-GB').languageOf('Cjk', false)).toBe('zh-CN');
    expect(deckLanguage('zh-TW', 'en-GB').languageOf('Cjk', false)).toBe('zh-TW');
    expect(deckLanguage('zh-Hant', 'en-GB').languageOf('Cjk', false)).toBe('zh-TW');
    expect(deckLanguage('ko-KR', 'en-GB').languageOf('Cjk', false)).toBe('ko-KR');
    // Kana make it Japanese whatever the program.
    expect(deckLanguage('zh-CN', 'en-GB').languageOf('Cjk', true)).toBe('ja-JP');
    expect(deckLanguage('ko-KR', 'en-GB').languageOf('Hang', false)).toBe('ko-KR');
  });

  it('gives Latin text the template’s locale in a program of another script, else en-US', () => {
    expect(deckLanguage('ar-SA', 'en-GB').languageOf('Latn', false)).toBe('en-GB');
    expect(deckLanguage('ja-JP', 'de-DE').languageOf('Latn', false)).toBe('de-DE');
    expect(deckLanguage('ja-JP', 'ja-JP').languageOf('Latn', false)).toBe('en-US');
    expect(deckLanguage('ar-SA', 'ar-SA').languageOf('Arab', false)).toBe('ar-SA');
    // An Arabic text in a Persian program is Persian: the program's script.
    expect(deckLanguage('fa-IR', 'en-GB').languageOf('Arab', false)).toBe('fa-IR');
    // A Chinese template's Han text is in its variant.
    expect(deckLanguage('en-GB', 'zh-TW').languageOf('Cjk', false)).toBe('zh-TW');
  });

  it('reads Arabic, Hebrew, Persian and Urdu programs right to left', () => {
    expect(['ar-SA', 'he-IL', 'fa-IR', 'ur-PK', 'ar'].map((l) => deckLanguage(l, 'en-GB').rtl)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['ja-JP', 'en-US', 'zh-CN'].map((l) => deckLanguage(l, 'en-GB').rtl)).toEqual([false, false, false]);
  });

  it('names the program’s language as altLang of East Asian text in a deck that is not, and the reverse', () => {
    expect(english.altLanguageOf('ja-JP')).toBe('en-GB');
    expect(english.altLanguageOf('ar-SA')).toBeUndefined();
    expect(english.altLanguageOf('en-GB')).toBeUndefined();
    const japanese = deckLanguage('ja-JP', 'en-GB');
    expect(japanese.altLanguageOf('en-GB')).toBe('ja-JP');
    expect(japanese.altLanguageOf('ja-JP')).toBeUndefined();
    expect(japanese.altLanguageOf('zh-CN')).toBeUndefined();
  });
});

describe('scriptSpans never cuts inside a word', () => {
  it('keeps digits with the letters they are written onto', () => {
    expect(scriptSpans('אבטחה 24x7 (ד"ר)')).toEqual([
      { text: 'אבטחה ', script: 'Hebr' },
      { text: '24x7 (', script: 'Latn' },
      { text: 'ד"ר)', script: 'Hebr' },
    ]);
    expect(scriptSpans('24x7')).toEqual([{ text: '24x7', script: 'Latn' }]);
    expect(scriptSpans('Windows 11 הושלם')).toEqual([
      { text: 'Windows 11 ', script: 'Latn' },
      { text: 'הושלם', script: 'Hebr' },
    ]);
  });
});

describe('scriptSpans keeps a word of one font in one run', () => {
  it('gives a word mixing Latin, Greek or Cyrillic letters the script most of its letters are in', () => {
    expect(scriptSpans('Zero Trust — Ωmega & <Beta>')).toEqual([
      { text: 'Zero Trust — Ωmega & <Beta>', script: 'Latn' },
    ]);
    expect(scriptSpans('αβγx Ωmega')).toEqual([
      { text: 'αβγx ', script: 'Grek' },
      { text: 'Ωmega', script: 'Latn' },
    ]);
    expect(scriptSpans('Proxy-сервер')).toEqual([
      { text: 'Proxy-', script: 'Latn' },
      { text: 'сервер', script: 'Cyrl' },
    ]);
  });
  it('still cuts a word where the font must change (CJK, Arabic after Latin)', () => {
    expect(scriptSpans('Entra東京')).toEqual([
      { text: 'Entra', script: 'Latn' },
      { text: '東京', script: 'Cjk' },
    ]);
    expect(scriptSpans('Ωmegaプロジェクト')).toEqual([
      { text: 'Ωmega', script: 'Latn' },
      { text: 'プロジェクト', script: 'Cjk' },
    ]);
  });
});
