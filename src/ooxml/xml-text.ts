/** Text in XML: escaping and unescaping, the attributes of a start tag, and stable GUIDs for the attributes that hold one. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for an XML element or attribute (XML's five entities). */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Decodes XML's five entities and character references (the parser leaves them as written). */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]{1,6});/g, (m, h: string) => codePoint(parseInt(h, 16), m))
    .replace(/&#(\d{1,7});/g, (m, d: string) => codePoint(Number(d), m))
    .replace(/&amp;/g, '&');
}

/** A character reference as XML 1.0 allows it (no controls but tab and line breaks); else left as written. */
function codePoint(n: number, written: string): string {
  const allowed =
    n === 0x9 ||
    n === 0xa ||
    n === 0xd ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    (n >= 0x10000 && n <= 0x10ffff);
  return allowed ? String.fromCodePoint(n) : written;
}

/** An attribute and its value, in a start tag: any white space around =, either quote. */
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Each attribute of a start tag as XML writes them (a name inside another's value is not taken for one). */
function* attributes(tag: string): Generator<RegExpExecArray> {
  const element = /^<[^\s/>]+/.exec(tag);
  if (!element) return;
  const lexer = new RegExp(ATTRIBUTE.source, 'y');
  lexer.lastIndex = element[0].length;
  for (let m = lexer.exec(tag); m; m = lexer.exec(tag)) yield m;
}

/** An attribute of a start tag (`<p:sldMasterId id="1" r:id="rId1"/>`), its entities decoded. */
export function attr(tag: string, name: string): string | undefined {
  for (const m of attributes(tag)) if (m[1] === name) return unescapeXml(m[2] ?? m[3] ?? '');
  return undefined;
}

/** The start tag with an attribute's value replaced (escaped, in double quotes), every other byte kept; as it is without that attribute. */
export function withAttr(tag: string, name: string, value: string): string {
  for (const m of attributes(tag)) {
    if (m[1] !== name) continue;
    const quote = m[0].search(/["']/);
    return `${tag.slice(0, m.index)}${m[0].slice(0, quote)}"${escapeXml(value)}"${tag.slice(m.index + m[0].length)}`;
  }
  return tag;
}

/** A deterministic GUID derived from a seed (FNV-1a), in the 8-4-4-4-12 form. */
export function stableGuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const g = hex.slice(0, 32).toUpperCase();
  return `${g.slice(0, 8)}-${g.slice(8, 12)}-4${g.slice(13, 16)}-8${g.slice(17, 20)}-${g.slice(20, 32)}`;
}
