/** Text in XML: escaping and unescaping, and stable GUIDs for the attributes that hold one. */

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
