import { XMLParser } from 'fast-xml-parser';
import { PackageError } from './read-package.js';
import { declarationRefusal } from './xml-safety.js';
import { unescapeXml } from './xml-text.js';

/**
 * The XML parser every reader of a package someone else made uses.
 * Entities are never expanded (a text that declares a DTD or an entity is
 * refused before it is parsed); attribute values come with XML's own five
 * entities and character references decoded, as any XML reader gives them.
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

/** An attribute of an ID, URI or token type: white space around it collapsed, as XML Schema reads them. */
export function tokenAttribute(node: XmlNode, name: string): string {
  const v = node[`@${name}`];
  return typeof v === 'string' ? v.trim() : '';
}
