import { XMLParser } from 'fast-xml-parser';
import path from 'node:path';

/** The parts of a package read as XML: a package someone else made, so entities are never expanded. */
export type XmlNode = Record<string, unknown>;
export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
});

/** The part a relationship of `fromPart` points at. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

/** The relationships part of a part: ppt/slideMasters/_rels/slideMaster1.xml.rels. */
export function relsOf(part: string): string {
  return part.replace(/([^/]+)$/, '_rels/$1.rels');
}

/** The internal relationships of a part, from its .rels part (parsed, never matched with a pattern built from the file). */
export function relationships(xml: string): { id: string; type: string; target: string }[] {
  if (!xml) return [];
  const root = (parser.parse(xml) as XmlNode).Relationships as XmlNode | undefined;
  return asList(root?.Relationship)
    .filter((r) => r['@TargetMode'] !== 'External')
    .map((r) => ({ id: String(r['@Id'] ?? ''), type: String(r['@Type'] ?? ''), target: String(r['@Target'] ?? '') }))
    .filter((r) => r.id && r.target);
}

export function asList(v: unknown): XmlNode[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is XmlNode => typeof x === 'object' && x !== null,
  );
}
