import path from 'node:path';

/**
 * Small readers for the parts of an Open Packaging Conventions package
 * (.potx, .pptx): relationships, part names, attributes. Regular expressions
 * over XML written by Office and LibreOffice: the elements read here never
 * nest in themselves.
 */

export type Parts = ReadonlyMap<string, Uint8Array>;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const decoder = new TextDecoder();

export function partText(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : '';
}

/** The relationships part of a part: ppt/slideLayouts/_rels/slideLayout1.xml.rels. */
export function relsOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** A relationship target as a part name (relative to the part, or absolute from the package root). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function relationships(parts: Parts, part: string): Relationship[] {
  return [...partText(parts, relsOf(part)).matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** The parts a part points at (internal relationships only), resolved to part names. */
export function targets(parts: Parts, part: string, type?: RegExp): string[] {
  return relationships(parts, part)
    .filter((r) => !r.external && (!type || type.test(r.type)))
    .map((r) => resolveTarget(part, r.target));
}

/** Decodes the five XML entities (names of layouts are shown to the user). */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
