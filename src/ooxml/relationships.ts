import { asList, parser, tokenAttribute as value, type XmlNode } from './xml-parser.js';
import { escapeXml } from './xml-text.js';

/** The relationships of a part (its .rels part): read with the XML parser, written in one form. */

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
export function internalRelationships(xml: string): Omit<Relationship, 'external'>[] {
  return readRelationships(xml)
    .filter((r) => !r.external)
    .map(({ external: _, ...r }) => r);
}

export type WrittenRelationship = Omit<Relationship, 'external'>;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A .rels part of internal relationships, in the order given. */
export function relsXml(rels: readonly WrittenRelationship[]): string {
  const list = rels.map(
    (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join('')}</Relationships>`;
}
