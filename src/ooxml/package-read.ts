import { relsOf, resolveTarget } from './part-name.js';
import { readRelationships, type Relationship } from './relationships.js';
import { unescapeXml } from './xml-text.js';

/**
 * Small readers over the parts of an Open Packaging Conventions package
 * (.potx, .pptx) as read: a part's text, its relationships and the parts they
 * point at, and the attributes of a start tag.
 */

/** The parts of a package as read, by name. */
export type PartMap = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder();

export function partText(parts: PartMap, name: string): string {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : '';
}

/** An attribute and its value, in a start tag: any white space around =, either quote. */
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * An attribute of a start tag (`<p:sldMasterId id="1" r:id="rId1"/>`), read
 * attribute by attribute as XML writes them (a name inside another's value is
 * not taken for one), its entities decoded.
 */
export function attr(tag: string, name: string): string | undefined {
  const element = /^<[^\s/>]+/.exec(tag);
  if (!element) return undefined;
  const lexer = new RegExp(ATTRIBUTE.source, 'y');
  lexer.lastIndex = element[0].length;
  for (let m = lexer.exec(tag); m; m = lexer.exec(tag)) if (m[1] === name) return unescapeXml(m[2] ?? m[3] ?? '');
  return undefined;
}

/** Every relationship of a part, from its .rels part. */
export function relationships(parts: PartMap, part: string): Relationship[] {
  return readRelationships(partText(parts, relsOf(part)));
}

/** The parts a part points at (internal relationships to valid part names only). */
export function targets(parts: PartMap, part: string, type?: RegExp): string[] {
  return relationships(parts, part)
    .filter((r) => !r.external && (!type || type.test(r.type)))
    .map((r) => resolveTarget(part, r.target))
    .filter((t): t is string => t !== undefined);
}
