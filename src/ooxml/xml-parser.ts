import { XMLParser } from 'fast-xml-parser';
import { PackageError } from './read-package.js';
import { declarationRefusal } from './xml-safety.js';

/**
 * The XML parser every reader of a package someone else made uses, and what
 * it reads: relationships and content types. Entities are never expanded (a
 * text that declares a DTD or an entity is refused before it is parsed);
 * attribute values come with XML's own five entities and character
 * references decoded, as any XML reader gives them.
 */
export type XmlNode = Record<string, unknown>;
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  attributeValueProcessor: (_name, value) => (value.includes('&') ? unescapeXml(value) : undefined),
});
export const parser = {
  parse(xml: string): unknown {
    const why = declarationRefusal(xml);
    if (why) throw new PackageError(`a part ${why}`);
    return xmlParser.parse(xml);
  },
};

export function asList(v: unknown): XmlNode[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is XmlNode => typeof x === 'object' && x !== null,
  );
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

/** Escapes text for an XML attribute or element. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An attribute of an ID, URI or token type: white space around it collapsed, as XML Schema reads them. */
function value(node: XmlNode, name: string): string {
  const v = node[`@${name}`];
  return typeof v === 'string' ? v.trim() : '';
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** TargetMode is anything but Internal (the default): a link out of the package, never followed. */
  external: boolean;
}

/** The relationships of a .rels part, parsed (never matched with a pattern built from the file). */
export function readRelationships(xml: string): Relationship[] {
  if (!xml) return [];
  const root = (parser.parse(xml) as XmlNode).Relationships as XmlNode | undefined;
  return asList(root?.Relationship)
    .map((r) => {
      const mode = value(r, 'TargetMode');
      return {
        id: value(r, 'Id'),
        type: value(r, 'Type'),
        target: value(r, 'Target'),
        external: mode !== '' && mode !== 'Internal',
      };
    })
    .filter((r) => r.id && r.target);
}

/** The internal relationships of a part, from its .rels part. */
export function relationships(xml: string): Omit<Relationship, 'external'>[] {
  return readRelationships(xml)
    .filter((r) => !r.external)
    .map(({ external: _, ...r }) => r);
}

/**
 * The content type [Content_Types].xml gives a part: its Override, else the
 * Default of its extension (both compared without case, as OPC does), else
 * undefined.
 */
export function readContentTypes(xml: string): (part: string) => string | undefined {
  const root = (xml ? (parser.parse(xml) as XmlNode).Types : undefined) as XmlNode | undefined;
  const overrides = new Map(
    asList(root?.Override).map((o) => [value(o, 'PartName').replace(/^\//, '').toLowerCase(), value(o, 'ContentType')]),
  );
  const defaults = new Map(
    asList(root?.Default).map((d) => [value(d, 'Extension').toLowerCase(), value(d, 'ContentType')]),
  );
  return (part) => {
    const name = part.toLowerCase();
    const slash = name.lastIndexOf('/');
    const dot = name.lastIndexOf('.');
    return overrides.get(name) || (dot > slash ? defaults.get(name.slice(dot + 1)) : undefined) || undefined;
  };
}
