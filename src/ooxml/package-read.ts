import { relsOf, resolveTarget } from './part-name.js';
import { readRelationships, type Relationship } from './relationships.js';

/**
 * Small readers over the parts of an Open Packaging Conventions package
 * (.potx, .pptx) as read: a part's text, its relationships and the parts they
 * point at.
 */

/** The parts of a package as read, by name. */
export type PartMap = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder();

export function partText(parts: PartMap, name: string): string {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : '';
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
