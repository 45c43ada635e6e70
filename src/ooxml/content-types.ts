import { asList, parser, tokenAttribute as value, type XmlNode } from './xml-parser.js';
import { attr, escapeXml, withAttr, XML_DECLARATION } from './xml-text.js';

/**
 * [Content_Types].xml: read with the XML parser, written in one form, and
 * edited entry by entry with every other byte kept.
 */

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

/** An entry of [Content_Types].xml: a Default names an extension (png), an Override a part (ppt/slides/slide1.xml, no leading slash). */
export interface ContentTypeEntry {
  kind: 'Default' | 'Override';
  name: string;
  type: string;
}

const NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';
const NAME_ATTRIBUTE = { Default: 'Extension', Override: 'PartName' } as const;

function entryXml(e: ContentTypeEntry): string {
  const name = e.kind === 'Override' ? `/${e.name}` : e.name;
  return `<${e.kind} ${NAME_ATTRIBUTE[e.kind]}="${escapeXml(name)}" ContentType="${escapeXml(e.type)}"/>`;
}

/** A whole [Content_Types].xml of these entries, in the order given. */
export function typesXml(entries: readonly ContentTypeEntry[]): string {
  return `${XML_DECLARATION}<Types xmlns="${NAMESPACE}">${entries.map(entryXml).join('')}</Types>`;
}

/** A Default or Override element, empty or not, with the white space before it. */
const ELEMENT = /(\s*)(<(Default|Override)\b[^>]*?(?:\/>|>[\s\S]*?<\/\3>))/g;

function entryOf(kind: ContentTypeEntry['kind'], element: string): ContentTypeEntry {
  const name = attr(element, NAME_ATTRIBUTE[kind])?.trim() ?? '';
  return { kind, name: kind === 'Override' ? name.replace(/^\//, '') : name, type: attr(element, 'ContentType') ?? '' };
}

/**
 * [Content_Types].xml edited entry by entry: `edit` returns the entry with
 * its name or type changed (only what changes is written again), or null to
 * take it out with the white space before it. Every other byte is kept.
 */
export function editContentTypes(xml: string, edit: (e: ContentTypeEntry) => ContentTypeEntry | null): string {
  return xml.replace(ELEMENT, (whole, space: string, element: string, kind: ContentTypeEntry['kind']) => {
    const e = entryOf(kind, element);
    const after = edit(e);
    if (after === null) return '';
    let out = element;
    if (after.name !== e.name)
      out = withAttr(out, NAME_ATTRIBUTE[kind], kind === 'Override' ? `/${after.name}` : after.name);
    if (after.type !== e.type) out = withAttr(out, 'ContentType', after.type);
    return out === element ? whole : `${space}${out}`;
  });
}

/**
 * Entries added at the end of [Content_Types].xml, in the order given: each
 * Default whose extension and each Override whose part is not declared yet
 * (compared without case, as OPC does).
 */
export function addContentTypes(xml: string, entries: readonly ContentTypeEntry[]): string {
  const declared = new Set(
    [...xml.matchAll(ELEMENT)].map((m) => {
      const e = entryOf(m[3] as ContentTypeEntry['kind'], m[2] ?? '');
      return `${e.kind}:${e.name.toLowerCase()}`;
    }),
  );
  const added = entries.filter((e) => {
    const key = `${e.kind}:${e.name.toLowerCase()}`;
    if (declared.has(key)) return false;
    declared.add(key);
    return true;
  });
  const end = xml.lastIndexOf('</Types>');
  if (added.length === 0 || end < 0) return xml;
  return `${xml.slice(0, end)}${added.map(entryXml).join('')}${xml.slice(end)}`;
}
