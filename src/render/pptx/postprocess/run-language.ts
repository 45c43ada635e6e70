import type { Parts } from '../../../ooxml/parts.js';
import { escapeXml, unescapeXml } from '../../../ooxml/xml-text.js';
import { separatorMarks } from '../../bidi.js';
import type { DeckLanguage } from '../../scripts/language.js';
import { hasKana, scriptSpans } from '../../scripts/scripts.js';
import { themeFontRefs } from './font-refs.js';

/**
 * pptxgenjs writes lang="en-US" on every run, whatever its text, and names
 * the Latin font as the East Asian and complex-script font of each run
 * (<a:ea typeface="Calibri"/>, which has no CJK or Arabic glyphs). Here each
 * run gets the language of its text (split where the script changes, see
 * scripts/language.ts), the runs refer to the theme's East Asian and complex
 * fonts (font-refs.ts), and a list's separators between words of the other
 * direction keep the paragraph's (bidi.ts, separatorMarks).
 */
export interface RunLanguageOptions {
  language: DeckLanguage;
  /** The heading font, when it is not the body font: runs in it refer to the theme's major (heading) fonts. */
  headingFont?: string | undefined;
  /** The masters and layouts are ztdeck's own (not a corporate master's, whose text is left as it is). */
  ownMasters: boolean;
}

/** Runs, fields and line breaks of a paragraph, in order. */
const ITEM =
  /<a:(r|fld)\b([^>]*)>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>))?(<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>))?<a:t>([^<]*)<\/a:t><\/a:\1>|<a:br\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:br>)/g;

const OPENING = { rPr: /^<a:rPr\b([^>]*?)(\/?)>/, endParaRPr: /^<a:endParaRPr\b([^>]*?)(\/?)>/ } as const;
const LANGUAGE_ATTRS = /\s(?:lang|altLang)="[^"]*"/g;

/** The run properties' language (and other language) set, the other attributes kept. */
function withLanguage(props: string, tag: 'rPr' | 'endParaRPr', lang: string, alt: string | undefined): string {
  const attrs = ` lang="${lang}"${alt ? ` altLang="${alt}"` : ''}`;
  if (!props) return `<a:${tag}${attrs}/>`;
  return props.replace(
    OPENING[tag],
    (_, own: string, close: string) => `<a:${tag}${attrs}${own.replace(LANGUAGE_ATTRS, '')}${close}>`,
  );
}

interface Item {
  whole: string;
  kind: 'r' | 'fld' | 'br';
  attrs: string;
  rPr: string;
  between: string;
  written: string;
  text: string;
}

function itemsOf(body: string): Item[] {
  return [...body.matchAll(ITEM)].map((m) => ({
    whole: m[0],
    kind: (m[1] ?? 'br') as Item['kind'],
    attrs: m[2] ?? '',
    rPr: m[3] ?? '',
    between: m[4] ?? '',
    written: m[5] ?? '',
    text: m[1] ? unescapeXml(m[5] ?? '') : ' ',
  }));
}

/** Characters of text by language, over every run of the deck: the theme's ea and cs faces are those of the most used. */
export type LanguageCounts = Map<string, number>;

/** One paragraph: its runs split by language, marks before the separators that need one, the end mark's language. */
function paragraph(body: string, o: RunLanguageOptions, counts: LanguageCounts): string {
  const items = itemsOf(body);
  if (items.length === 0)
    return body.replace(/<a:endParaRPr\b[^>]*?\/?>/, (p) => withLanguage(p, 'endParaRPr', o.language.base, undefined));
  const full = items.map((i) => i.text).join('');
  const kana = hasKana(full);
  const rtl = /^\s*<a:pPr\b[^>]*\srtl="1"/.test(body);
  const marks = separatorMarks(full, rtl);
  let offset = 0;
  let last = o.language.base;
  const out = new Map<Item, string>();
  for (const item of items) {
    const start = offset;
    offset += item.text.length;
    if (item.kind === 'br') continue;
    const lang = (l: string) => withLanguage(item.rPr, 'rPr', l, o.language.altLanguageOf(l));
    if (item.kind === 'fld') {
      out.set(item, `<a:fld${item.attrs}>${lang(o.language.base)}${item.between}<a:t>${item.written}</a:t></a:fld>`);
      continue;
    }
    const inside = marks.at.filter((at) => at >= start && at < offset).map((at) => at - start);
    const text = inside.reduceRight((t, at) => t.slice(0, at) + marks.mark + t.slice(at), item.text);
    const spans: { text: string; lang: string }[] = [];
    for (const span of scriptSpans(text)) {
      const l = o.language.languageOf(span.script, kana);
      if (span.script !== undefined) counts.set(l, (counts.get(l) ?? 0) + span.text.length);
      const previous = spans[spans.length - 1];
      if (previous?.lang === l) previous.text += span.text;
      else spans.push({ text: span.text, lang: l });
    }
    last = spans[spans.length - 1]?.lang ?? last;
    const [only] = spans;
    out.set(
      item,
      spans.length === 1 && only && inside.length === 0
        ? `<a:r${item.attrs}>${lang(only.lang)}${item.between}<a:t>${item.written}</a:t></a:r>`
        : spans
            .map((s) => `<a:r${item.attrs}>${lang(s.lang)}${item.between}<a:t>${escapeXml(s.text)}</a:t></a:r>`)
            .join(''),
    );
  }
  let k = 0;
  return body
    .replace(ITEM, (whole) => {
      const item = items[k++];
      return item ? (out.get(item) ?? whole) : whole;
    })
    .replace(/<a:endParaRPr\b[^>]*?\/?>/, (p) => withLanguage(p, 'endParaRPr', last, o.language.altLanguageOf(last)));
}

const TITLE_PLACEHOLDER = /<p:ph\b[^>]*\btype="(?:title|ctrTitle)"/;

/** Where the title placeholders of a part are (each shape, <p:sp> to its </p:sp>): their text refers to the theme's major (heading) fonts. */
function titleRanges(xml: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = xml.indexOf('<p:sp>'); from >= 0; from = xml.indexOf('<p:sp>', from + 1)) {
    const close = xml.indexOf('</p:sp>', from);
    if (close < 0) break;
    const to = close + '</p:sp>'.length;
    if (TITLE_PLACEHOLDER.test(xml.slice(from, to))) ranges.push([from, to]);
    from = close;
  }
  return ranges;
}

export function fixRunLanguages(parts: Parts, o: RunLanguageOptions): LanguageCounts {
  const counts: LanguageCounts = new Map();
  const text = o.ownMasters
    ? /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters|charts)\/[^/]+\.xml$/
    : /^ppt\/(slides|notesSlides|notesMasters|charts)\/[^/]+\.xml$/;
  parts.editXml(text, (xml) => {
    const withRuns = xml.replace(
      /<a:p>([\s\S]*?)<\/a:p>/g,
      (_, body: string) => `<a:p>${paragraph(body, o, counts)}</a:p>`,
    );
    return themeFontRefs(withRuns, titleRanges(withRuns), o.headingFont).replace(
      /(<a:defRPr\b[^>]*\slang=")[^"]*(")/g,
      `$1${o.language.base}$2`,
    );
  });
  parts.editXml(/^ppt\/presentation\.xml$/, (xml) =>
    xml.replace(/(<a:defRPr\b[^>]*\slang=")[^"]*(")/g, `$1${o.language.base}$2`),
  );
  return counts;
}
