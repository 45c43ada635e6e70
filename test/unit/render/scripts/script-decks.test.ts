import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../../src/index.js';
import { decode, openDeck, texts, type OpenedDeck } from '../../../helpers/pptx.js';
import { fixturesDir } from '../../../helpers/cli.js';

/**
 * The script fixtures (test/fixtures/scripts): programs written in Arabic,
 * Hebrew, Japanese, Simplified Chinese and Korean (each with a template in its
 * language), and an English one with Arabic names and items, built and read
 * back: each run's language, the theme's fonts per script, the direction of
 * paragraphs and lists, the initials. test/layout/render.test.ts renders them
 * with LibreOffice through pptx-check (npm run test:render).
 */
const programs = ['arabic', 'hebrew', 'japanese', 'chinese', 'korean', 'mixed'] as const;
type Program = (typeof programs)[number];

interface Built {
  deck: OpenedDeck;
  bytes: Uint8Array;
  slides: string[];
  theme: string;
}
const built = new Map<Program, Built>();

async function buildProgram(name: Program): Promise<Uint8Array> {
  const result = await build(path.join(fixturesDir, 'scripts', 'programs', name), {
    outDir: mkdtempSync(path.join(tmpdir(), 'ztdeck-scripts-')),
    formats: ['pptx'],
  });
  return result.files.find((f) => f.path.endsWith('.pptx'))?.content as Uint8Array;
}

beforeAll(async () => {
  for (const name of programs) {
    const bytes = await buildProgram(name);
    const deck = await openDeck(bytes);
    built.set(name, {
      deck,
      bytes,
      slides: deck.slides.map((s) => s.xml),
      theme: await deck.part('ppt/theme/theme1.xml'),
    });
  }
}, 120_000);

const get = (name: Program) => built.get(name) as Built;

/** Every run of the deck's slides: its language, other language and text. */
function runs(name: Program) {
  return get(name).slides.flatMap((xml) =>
    [...xml.matchAll(/<a:r><a:rPr\b([^>]*?)\/?>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((m) => ({
      lang: /\slang="([^"]*)"/.exec(m[1] ?? '')?.[1],
      alt: /\saltLang="([^"]*)"/.exec(m[1] ?? '')?.[1],
      text: decode(m[2] ?? ''),
    })),
  );
}

/** Every paragraph of the slides: its properties and its text. */
function paragraphs(name: Program) {
  return get(name).slides.flatMap((xml) =>
    [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => ({
      pPr: /^<a:pPr\b[^>]*>/.exec(m[1] ?? '')?.[0] ?? '',
      bullet: /<a:buChar\b/.test(m[1] ?? ''),
      text: texts(m[1] ?? '').join(''),
    })),
  );
}

/** The initials drawn on each avatar, by the person's name. */
function avatars(name: Program): Map<string, string> {
  const out = new Map<string, string>();
  for (const xml of get(name).slides)
    for (const m of xml.matchAll(/name="Avatar of ([^"]*)"[\s\S]*?<\/p:sp><p:sp>([\s\S]*?)<\/p:sp>/g))
      out.set(decode(m[1] ?? ''), texts(m[2] ?? '').join(''));
  return out;
}

/** The languages of the runs holding letters of a script. */
const languagesOf = (name: Program, script: RegExp) =>
  new Set(
    runs(name)
      .filter((r) => script.test(r.text))
      .map((r) => `${r.lang}${r.alt ? `/${r.alt}` : ''}`),
  );
const minor = (name: Program) => /<a:minorFont>[\s\S]*?<\/a:minorFont>/.exec(get(name).theme)?.[0] ?? '';
const major = (name: Program) => /<a:majorFont>[\s\S]*?<\/a:majorFont>/.exec(get(name).theme)?.[0] ?? '';
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const ZWNJ = '\u200C';

describe('every script fixture', () => {
  it.each(programs)(
    '%s: runs refer to the theme for East Asian and complex-script fonts, never name the Latin font',
    (name) => {
      const all = get(name).slides.join('');
      expect(all).not.toMatch(/<a:(ea|cs)\s+typeface="(?!\+)/);
      expect(all).toContain('<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');
      expect(all).not.toContain('lang="en-US" dirty');
      for (const entry of [
        'Jpan" typeface="游ゴシック"',
        'Hans" typeface="等线"',
        'Hang" typeface="맑은 고딕"',
        'Arab" typeface="Arial"',
        'Hebr" typeface="Arial"',
      ])
        expect(minor(name)).toContain(`<a:font script="${entry}/>`);
    },
  );
});

describe('Arabic and Hebrew programs', () => {
  it('mark Arabic and Hebrew runs ar-SA and he-IL, Latin ones English, the same bytes at every build', async () => {
    expect(Buffer.from(await buildProgram('arabic')).equals(Buffer.from(get('arabic').bytes))).toBe(true);
    expect(languagesOf('arabic', ARABIC)).toEqual(new Set(['ar-SA']));
    expect(languagesOf('arabic', LATIN)).toEqual(new Set(['en-US']));
    expect(languagesOf('hebrew', HEBREW)).toEqual(new Set(['he-IL']));
    expect(languagesOf('hebrew', LATIN)).toEqual(new Set(['en-US']));
  });
  it('name the Arabic and Hebrew faces as the theme’s complex-script fonts', () => {
    expect(minor('arabic')).toMatch(/<a:cs typeface="Arial"\/>/);
    expect(major('arabic')).toMatch(/<a:cs typeface="Times New Roman"\/>/);
    expect(minor('hebrew')).toMatch(/<a:cs typeface="Arial"\/>/);
  });
  it.each(['arabic', 'hebrew'] as const)(
    '%s: reads every list item and every paragraph that starts right to left right to left',
    (name) => {
      const ps = paragraphs(name);
      const lists = ps.filter((p) => p.bullet);
      expect(lists.length).toBeGreaterThan(5);
      expect(lists.filter((p) => !/\srtl="1"/.test(p.pPr)).map((p) => p.text)).toEqual([]);
      // Lists whose item starts with an English catalog title too.
      expect(lists.some((p) => /^Integrate SaaS apps/.test(p.text))).toBe(true);
      const rtlStart = /^[^\p{L}]*(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}]/u;
      expect(ps.filter((p) => rtlStart.test(p.text) && !/\srtl="1"/.test(p.pPr)).map((p) => p.text)).toEqual([]);
    },
  );
  it('keep English product names listed in an Arabic sentence in Arabic order', () => {
    expect(
      runs('arabic')
        .map((r) => r.text)
        .join(''),
    ).toContain('Microsoft Entra ID\u061C, Intune');
  });
  it('give avatars the initials of the names without honorifics, particles, articles or brackets', () => {
    const ar = avatars('arabic');
    expect(ar.get('د. ليلى حداد (CFO)')).toBe(`ل${ZWNJ}ح`);
    expect(ar.get('عمر الفاروق')).toBe(`ع${ZWNJ}ف`);
    expect(ar.get('السيد خالد بن راشد')).toBe(`خ${ZWNJ}ر`);
    expect(ar.get("سارة العتيبي 'Sara' <Lead>")).toBe(`س${ZWNJ}ع`);
    expect(ar.get('Henrik de Vries')).toBe('HV');
    const he = avatars('hebrew');
    expect(he.get('ד"ר דנה לוי')).toBe('דל');
    expect(he.get('מיכל אברהם (CISO)')).toBe('מא');
    expect(he.get('Johannes van der Berg')).toBe('JB');
  });
});

describe('Japanese, Chinese and Korean programs', () => {
  it('mark Japanese, Chinese and Korean runs in their language, Latin ones English with the program’s as altLang', () => {
    expect(languagesOf('japanese', KANA)).toEqual(new Set(['ja-JP']));
    // Han text without kana in a Japanese program is Japanese.
    expect(languagesOf('japanese', HAN)).toEqual(new Set(['ja-JP']));
    expect(languagesOf('japanese', LATIN)).toEqual(new Set(['en-US/ja-JP']));
    expect(languagesOf('chinese', HAN)).toEqual(new Set(['zh-CN']));
    expect(languagesOf('chinese', LATIN)).toEqual(new Set(['en-US/zh-CN']));
    expect(languagesOf('korean', HANGUL)).toEqual(new Set(['ko-KR']));
    expect(languagesOf('korean', LATIN)).toEqual(new Set(['en-US/ko-KR']));
  });
  it('name the language’s face as the theme’s East Asian font, and read left to right', () => {
    for (const name of ['japanese', 'chinese', 'korean'] as const)
      expect(get(name).slides.join('')).not.toContain('rtl="1"');
    expect(minor('japanese')).toMatch(/<a:ea typeface="游ゴシック"\/>/);
    expect(major('japanese')).toMatch(/<a:ea typeface="游ゴシック Light"\/>/);
    expect(minor('chinese')).toMatch(/<a:ea typeface="等线"\/>/);
    expect(minor('korean')).toMatch(/<a:ea typeface="맑은 고딕"\/>/);
  });

  it('give avatars the initials of the names without brackets or aliases', () => {
    expect(avatars('japanese').get("周杰 'Jay' <Lead>")).toBe('周');
    expect(avatars('japanese').get('鈴木 一郎 (情報システム部)')).toBe('鈴一');
    expect(avatars('japanese').get('ジョン・スミス')).toBe('ジス');
    expect(avatars('chinese').get('陈静 【安全部】')).toBe('陈');
    expect(avatars('chinese').get('Dr. Jane Smith')).toBe('JS');
    expect(avatars('korean').get('최 유나 (보안팀)')).toBe('최유');
    expect(avatars('korean').get('Maria dos Santos')).toBe('MS');
  });
});

describe('an English program with Arabic names and items', () => {
  it('marks Arabic runs ar-SA in an en-GB deck and names Arial as the complex-script face it uses', () => {
    expect(languagesOf('mixed', ARABIC)).toEqual(new Set(['ar-SA']));
    expect(languagesOf('mixed', LATIN)).toEqual(new Set(['en-GB']));
    expect(minor('mixed')).toMatch(/<a:ea typeface=""\/><a:cs typeface="Arial"\/>/);
  });
  it('reads its lists left to right, also an item that starts in Arabic; other Arabic paragraphs right to left', () => {
    const ps = paragraphs('mixed');
    const arabicItems = ps.filter((p) => p.bullet && /^[^\p{L}]*(?=\p{L})\p{Script=Arabic}/u.test(p.text));
    expect(arabicItems.length).toBeGreaterThan(0);
    expect(arabicItems.filter((p) => /\srtl="1"/.test(p.pPr))).toEqual([]);
    const single = ps.filter((p) => !p.bullet && /^[^\p{L}]*(?=\p{L})\p{Script=Arabic}/u.test(p.text));
    expect(single.length).toBeGreaterThan(0);
    expect(single.filter((p) => !/\srtl="1"/.test(p.pPr)).map((p) => p.text)).toEqual([]);
  });
  it('keeps Arabic names listed with an English comma in English order', () => {
    expect(
      runs('mixed')
        .map((r) => r.text)
        .join(''),
    ).toContain('أحمد علي\u200E, سارة العتيبي');
  });
  it('gives avatars initials without the Arabic article, particles or a transliteration in brackets', () => {
    const m = avatars('mixed');
    expect(m.get('عبد الرحمن بن خالد')).toBe(`ع${ZWNJ}خ`);
    expect(m.get('Khalid al-Rashid')).toBe('KR');
    expect(m.get('ليلى حداد (Laila Haddad)')).toBe(`ل${ZWNJ}ح`);
  });
});
