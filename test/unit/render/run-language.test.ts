import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { finalizePackage } from '../../../src/render/pptx/postprocess/finalize.js';
import { PptxGenJSClass } from '../../../src/render/pptx/pptxgen.js';
import { deckLanguage } from '../../../src/render/scripts/language.js';
import { ALM, LRM } from '../../../src/render/bidi.js';
import type { Theme } from '../../../src/schema/template.js';
import { loadTemplate } from '../../../src/templating/load-template.js';

const theme = (await loadTemplate('default')).template!.theme as Theme;

/** A raw pptxgenjs deck with text in several scripts: a title, a list, a table, notes. */
async function rawDeck(): Promise<Uint8Array> {
  const pptx = new PptxGenJSClass();
  pptx.defineSlideMaster({
    title: 'M',
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.2, w: 9, h: 1 }, text: '' } }],
  });
  const slide = pptx.addSlide({ masterName: 'M' });
  slide.addText('مجلس الإدارة: Zero Trust', { placeholder: 'title', rtlMode: true, fontFace: 'Calibri' });
  const item = (text: string, rtl: boolean) => ({
    text,
    options: { breakLine: true, ...(rtl ? { rtlMode: true } : {}) },
  });
  slide.addText(
    [
      item('نشر Microsoft Entra ID, Intune للجميع.', true),
      item('Owners: أحمد علي, سارة and the CISO', false),
      item('Approve the 董事会 budget', false),
      item('取締役会の承認 (Microsoft Entra ID)', false),
      item('이사회 승인', false),
      item('أولاً، ثانياً', false),
    ],
    { x: 1, y: 1.5, w: 8, h: 3, fontFace: 'Calibri' },
  );
  slide.addTable([[{ text: '王芳 (Wang Fang)' }, { text: 'ליאור כהן' }]], { x: 1, y: 5, w: 6, fontFace: 'Calibri' });
  slide.addNotes('ليلى حداد (Laila Haddad) asks for a decision.');
  return pptx.write({ outputType: 'uint8array' }) as Promise<Uint8Array>;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

/** Every run of a part: its language, other language and text. */
function runs(xml: string): { lang: string; alt: string | undefined; text: string }[] {
  return [...xml.matchAll(/<a:r><a:rPr\b([^>]*?)\/?>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((m) => ({
    lang: /\slang="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    alt: /\saltLang="([^"]*)"/.exec(m[1] ?? '')?.[1],
    text: m[2] ?? '',
  }));
}

const raw = await rawDeck();
const options = { date: '2026-11-20', company: 'ACME', theme };

describe('run languages: each run says the language of its text', async () => {
  const english = await parts(await finalizePackage(raw, { ...options, language: deckLanguage('en-GB', 'en-GB') }));
  const slide = english.get('ppt/slides/slide1.xml') ?? '';
  const all = runs(slide);

  it('starts from pptxgenjs runs that all say en-US and name Calibri for every script', async () => {
    const before = (await parts(raw)).get('ppt/slides/slide1.xml') ?? '';
    expect(runs(before).every((r) => r.lang === 'en-US')).toBe(true);
    expect(before).toContain('<a:ea typeface="Calibri"');
  });

  it('gives Arabic, Hebrew, Chinese, Japanese, Korean and Latin text their languages, the runs split where the script changes', () => {
    const langOf = (fragment: string) => all.find((r) => r.text.includes(fragment));
    expect(langOf('مجلس الإدارة')?.lang).toBe('ar-SA');
    expect(langOf('Zero Trust')?.lang).toBe('en-GB');
    expect(langOf('نشر')?.lang).toBe('ar-SA');
    expect(langOf('Microsoft Entra ID')?.lang).toBe('en-GB');
    expect(langOf('董事会')).toMatchObject({ lang: 'zh-CN', alt: 'en-GB' });
    expect(langOf('Approve the')).toMatchObject({ lang: 'en-GB', alt: undefined });
    // Kana make the whole paragraph's Han text Japanese.
    expect(langOf('取締役会の承認')).toMatchObject({ lang: 'ja-JP', alt: 'en-GB' });
    expect(langOf('이사회')).toMatchObject({ lang: 'ko-KR', alt: 'en-GB' });
    expect(langOf('王芳')).toMatchObject({ lang: 'zh-CN', alt: 'en-GB' });
    expect(langOf('Wang Fang')?.lang).toBe('en-GB');
    expect(langOf('ליאור כהן')?.lang).toBe('he-IL');
    // Nothing is lost or reordered by the split.
    expect(all.map((r) => r.text).join('')).toContain('Approve the 董事会 budget');
    const notes = [...english].find(([name]) => /notesSlide\d+\.xml$/.test(name))?.[1] ?? '';
    expect(runs(notes).map((r) => r.lang)).toEqual(['ar-SA', 'en-GB']);
  });

  it('refers to the theme for East Asian and complex-script fonts: +mj for the title, +mn elsewhere', () => {
    expect(slide).not.toMatch(/<a:(ea|cs) typeface="Calibri"/);
    const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(slide)?.[0] ?? '';
    expect(title).toContain('<a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>');
    expect(slide.replace(title, '')).toContain('<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');
    expect(title).not.toBe('');
    expect(slide.replace(title, '')).not.toContain('+mj-');
  });

  it('keeps list separators in the paragraph’s direction with a mark, and leaves an Arabic comma in Arabic text', () => {
    const text = all.map((r) => r.text).join('');
    expect(text).toContain(`Microsoft Entra ID${ALM}, Intune`);
    expect(text).toContain(`أحمد علي${LRM}, سارة`);
    expect(text).toContain('أولاً، ثانياً');
    expect(text).not.toContain(`${LRM}،`);
  });

  it('completes the theme: Office’s face for every script, the deck’s complex script as cs', () => {
    const scheme = english.get('ppt/theme/theme1.xml') ?? '';
    const minor = /<a:minorFont>[\s\S]*?<\/a:minorFont>/.exec(scheme)?.[0] ?? '';
    const major = /<a:majorFont>[\s\S]*?<\/a:majorFont>/.exec(scheme)?.[0] ?? '';
    expect(minor).toMatch(/^<a:minorFont><a:latin typeface="Calibri"[^>]*\/>/);
    // Arabic is the complex script with the most characters; Chinese the East Asian one (7 Han characters to 4 hangul...).
    expect(minor).toContain('<a:cs typeface="Arial"/>');
    expect(major).toContain('<a:cs typeface="Times New Roman"/>');
    expect(minor).toMatch(/<a:ea typeface="(等线|游ゴシック|맑은 고딕)"\/>/);
    for (const entry of ['Jpan" typeface="游ゴシック"', 'Hans" typeface="等线"', 'Hang" typeface="맑은 고딕"'])
      expect(minor).toContain(`<a:font script="${entry}/>`);
    expect(major).toContain('<a:font script="Arab" typeface="Times New Roman"/>');
    expect(minor).toContain('<a:font script="Hebr" typeface="Arial"/>');
  });

  it('marks the deck’s default text and paragraph ends in the program’s language', () => {
    expect(english.get('ppt/slideMasters/slideMaster1.xml')).toContain('<a:defRPr lang="en-GB"/>');
    expect(slide).not.toContain('lang="en-US"');
  });
});

describe('run languages in a Japanese, an Arabic and a Chinese program', async () => {
  const build = async (language: string, scripts?: Theme['fonts']['scripts']) =>
    parts(
      await finalizePackage(raw, {
        ...options,
        theme: { ...theme, fonts: { ...theme.fonts, ...(scripts ? { scripts } : {}) } },
        language: deckLanguage(language, 'en-GB'),
      }),
    );

  it('Japanese: Latin text is English with Japanese as its other language; the theme’s ea is Yu Gothic', async () => {
    const deck = await build('ja-JP');
    const all = runs(deck.get('ppt/slides/slide1.xml') ?? '');
    expect(all.find((r) => r.text.includes('Approve the'))).toMatchObject({ lang: 'en-GB', alt: 'ja-JP' });
    // Han text without kana in a Japanese program is Japanese.
    expect(all.find((r) => r.text.includes('董事会'))).toMatchObject({ lang: 'ja-JP', alt: undefined });
    const theme1 = deck.get('ppt/theme/theme1.xml') ?? '';
    expect(theme1).toMatch(/<a:minorFont><a:latin typeface="Calibri"[^>]*\/><a:ea typeface="游ゴシック"\/>/);
    expect(theme1).toMatch(/<a:majorFont><a:latin typeface="Calibri"[^>]*\/><a:ea typeface="游ゴシック Light"\/>/);
  });

  it('Arabic: the theme’s cs is the Arabic face, or the one theme.yaml names for Arab', async () => {
    const office = (await build('ar-SA')).get('ppt/theme/theme1.xml') ?? '';
    expect(office).toMatch(
      /<a:minorFont><a:latin typeface="Calibri"[^>]*\/><a:ea typeface="[^"]*"\/><a:cs typeface="Arial"\/>/,
    );
    const own = (await build('ar-SA', { Arab: { heading: 'Sakkal Majalla', body: 'Dubai' }, Jpan: 'Meiryo' })).get(
      'ppt/theme/theme1.xml',
    );
    expect(own).toContain('<a:cs typeface="Dubai"/>');
    expect(own).toContain('<a:cs typeface="Sakkal Majalla"/>');
    expect(own).toContain('<a:font script="Arab" typeface="Dubai"/>');
    expect(own).toContain('<a:font script="Jpan" typeface="Meiryo"/>');
  });

  it('Traditional Chinese: Han text is zh-TW and the theme’s ea is its face', async () => {
    const deck = await build('zh-TW');
    expect(runs(deck.get('ppt/slides/slide1.xml') ?? '').find((r) => r.text.includes('董事会'))?.lang).toBe('zh-TW');
    expect(deck.get('ppt/theme/theme1.xml')).toMatch(
      /<a:minorFont><a:latin typeface="Calibri"[^>]*\/><a:ea typeface="新細明體"\/>/,
    );
  });
});
