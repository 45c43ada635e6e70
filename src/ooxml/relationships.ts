import { asList, parser, tokenAttribute as value, type XmlNode } from './xml-parser.js';
import { attr, escapeXml, withAttr, XML_DECLARATION } from './xml-text.js';

/**
 * The relationships of a part (its .rels part): read with the XML parser,
 * written in one form, and edited relationship by relationship with every
 * other byte kept.
 */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** TargetMode is anything but Internal (the default): a link out of the package, never followed. */
  external: boolean;
}

/** The namespace of the officeDocument relationship types (Transitional): `${RELATIONSHIP_TYPES}/slideMaster`. */
export const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

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
export function internalRelationships(xml: string): Omit<Relationship, 'external'>[] {
  return readRelationships(xml)
    .filter((r) => !r.external)
    .map(({ external: _, ...r }) => r);
}

export type WrittenRelationship = Omit<Relationship, 'external'>;

function relationshipXml(r: WrittenRelationship): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

/** A .rels part of internal relationships, in the order given. */
export function relsXml(rels: readonly WrittenRelationship[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NAMESPACE}">${rels.map(relationshipXml).join('')}</Relationships>`;
}

/** A Relationship element, empty or not. */
const ELEMENT = /<Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/Relationship>)/g;

/**
 * A .rels part edited relationship by relationship: `edit` returns the
 * relationship with its id, type or target changed (only the attributes that
 * change are written again), or null to take it out; `added` are written after
 * the others. Every other byte of the part is kept as it was written.
 */
export function editRelationships(
  xml: string,
  edit: (r: Relationship) => Relationship | null,
  added: readonly WrittenRelationship[] = [],
): string {
  const edited = xml.replace(ELEMENT, (element) => {
    const read = (name: string) => attr(element, name)?.trim() ?? '';
    const mode = read('TargetMode');
    const r = {
      id: read('Id'),
      type: read('Type'),
      target: read('Target'),
      external: mode !== '' && mode !== 'Internal',
    };
    const after = edit(r);
    if (after === null) return '';
    let out = element;
    if (after.id !== r.id) out = withAttr(out, 'Id', after.id);
    if (after.type !== r.type) out = withAttr(out, 'Type', after.type);
    if (after.target !== r.target) out = withAttr(out, 'Target', after.target);
    return out;
  });
  if (added.length === 0) return edited;
  const more = added.map(relationshipXml).join('');
  const end = edited.lastIndexOf('</Relationships>');
  if (end >= 0) return `${edited.slice(0, end)}${more}${edited.slice(end)}`;
  return edited.replace(
    /<Relationships\b([^>]*?)\s*\/>/,
    (_, attrs: string) => `<Relationships${attrs}>${more}</Relationships>`,
  );
}
