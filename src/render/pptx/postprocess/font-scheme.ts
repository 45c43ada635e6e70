import type { Theme } from '../../../schema/template.js';
import { escapeXml } from '../../../ooxml/xml-text.js';
import { scriptOfLanguage, type DeckLanguage } from '../../scripts/language.js';
import { readFontScheme, scriptFaces, type FontCollection } from '../../scripts/office-fonts.js';

/** East Asian scripts, by the theme's codes (Korean is written in hangul). */
const EAST_ASIAN = ['Jpan', 'Hans', 'Hant', 'Hang'];
/** Complex scripts (right to left, or shaped), by the theme's codes. */
const COMPLEX = [
  ...['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt', 'Sinh'],
  ...['Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym'],
];

/** The theme's per-script code of a language (ja-JP → Jpan, zh-TW → Hant, ko-KR → Hang, ar-EG → Arab). */
export function themeScript(tag: string): string {
  const script = scriptOfLanguage(tag);
  return script === 'Kore' ? 'Hang' : script;
}

/**
 * The script of a kind (East Asian, complex) whose face the theme's ea or cs
 * names: the program's language's when it is of that kind, else the one the
 * deck's text uses most (its characters counted by language), else none.
 */
function chosen(
  kind: readonly string[],
  language: DeckLanguage,
  used: ReadonlyMap<string, number>,
): string | undefined {
  const own = themeScript(language.base);
  if (kind.includes(own)) return own;
  const counts = new Map<string, number>();
  for (const [tag, n] of used) {
    const script = themeScript(tag);
    if (kind.includes(script)) counts.set(script, (counts.get(script) ?? 0) + n);
  }
  // The most characters; a tie goes to the script listed first.
  return [...counts].sort((a, b) => b[1] - a[1] || kind.indexOf(a[0]) - kind.indexOf(b[0]))[0]?.[0];
}

/**
 * A theme part's font scheme, complete: the template's Latin fonts; as the
 * East Asian and complex-script faces (what +mn-ea and +mn-cs resolve to),
 * the part's own where it names one (a corporate master's), else those of
 * the program's language, or of the script the deck's text uses most
 * (LibreOffice reads no per-script list: with an empty cs it draws Arabic in
 * its default complex font and falls back glyph by glyph, which breaks the
 * joining of letters), theme.yaml's face for that script first;
 * and the face of every script (theme.yaml's `fonts.scripts`, else the
 * part's own list, as a corporate master has it, else Office's).
 */
export function completeFontScheme(
  xml: string,
  theme: Theme,
  language: DeckLanguage,
  used: ReadonlyMap<string, number>,
): string {
  const own = readFontScheme(xml);
  const faces = scriptFaces(theme.fonts.scripts, own);
  const ea = chosen(EAST_ASIAN, language, used);
  const cs = chosen(COMPLEX, language, used);
  const collection = (which: 'major' | 'minor', latin: string, part: FontCollection | undefined): string => {
    const side = (f: { heading: string; body: string }) => (which === 'major' ? f.heading : f.body);
    // theme.yaml's face for the script, else the part's own (a corporate master's), else the script's.
    const pick = (script: string | undefined, written: string) => {
      const set = script === undefined ? undefined : theme.fonts.scripts?.[script];
      if (set !== undefined) return typeof set === 'string' ? set : side(set);
      const f = script === undefined ? undefined : faces.get(script);
      return written || (f ? side(f) : '');
    };
    const list = [...faces].map(
      ([script, f]) => `<a:font script="${escapeXml(script)}" typeface="${escapeXml(side(f))}"/>`,
    );
    const tag = `${which}Font`;
    // The part's own Latin entry (with its panose) where it names the same font.
    const written = new RegExp(`<a:${tag}>\\s*(<a:latin\\b[^>]*\\/>)`).exec(xml)?.[1];
    const sameLatin = part?.latin === latin && written ? written : `<a:latin typeface="${escapeXml(latin)}"/>`;
    return `<a:${tag}>${sameLatin}<a:ea typeface="${escapeXml(pick(ea, part?.ea ?? ''))}"/><a:cs typeface="${escapeXml(pick(cs, part?.cs ?? ''))}"/>${list.join('')}</a:${tag}>`;
  };
  return xml
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, () => collection('major', theme.fonts.heading, own?.major))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/, () => collection('minor', theme.fonts.body, own?.minor));
}
