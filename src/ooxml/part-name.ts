/**
 * Part names of an Open Packaging Conventions package (.potx, .pptx), as
 * ECMA-376 Part 2 §6.2.2 defines them: segments of URI characters, none
 * empty, none ending in a dot, no percent-encoded unreserved character (%2e
 * is a dot), slash or backslash, and nothing above the package root. A name
 * that breaks a rule names no part: it is never looked up, kept or written.
 */

/** An absolute URI (http:, file:, C:) or a network path (//host): never a part of the package. */
const NOT_A_PART = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;
/** A segment: RFC 3986 pchar, and the characters an IRI adds past ASCII (no controls, no private use). */
const SEGMENT =
  /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]|[\u{10000}-\u{EFFFD}])+$/u;
/** What a percent-encoded character of a part name may not stand for. */
const ENCODED_FORBIDDEN = /[A-Za-z0-9\-._~/\\]/;

function validSegment(segment: string): boolean {
  if (!SEGMENT.test(segment) || segment.endsWith('.')) return false;
  for (const m of segment.matchAll(/%([0-9A-Fa-f]{2})/g))
    if (ENCODED_FORBIDDEN.test(String.fromCharCode(parseInt(m[1] ?? '', 16)))) return false;
  return true;
}

/** Whether `name` (ppt/media/image1.png, without the leading slash) is a valid part name. */
export function isPartName(name: string): boolean {
  return name !== '' && name.split('/').every(validSegment);
}

/**
 * The part a relationship target of `fromPart` names (relative to the part,
 * or absolute from the package root; '' is the package itself), or undefined
 * when the target names no part inside the package: it climbs above the
 * root, is a URL, or breaks a rule of part names.
 */
export function resolveTarget(fromPart: string, target: string): string | undefined {
  if (NOT_A_PART.test(target)) return undefined;
  const absolute = target.startsWith('/');
  const segments = absolute ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of (absolute ? target.slice(1) : target).split('/')) {
    if (segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  const name = segments.join('/');
  return isPartName(name) ? name : undefined;
}

/** The relationships part of a part (ppt/slideLayouts/_rels/slideLayout1.xml.rels); of the package itself ('') _rels/.rels. */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relative target from one part to another (../media/image1.png). */
export function relativeTarget(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === target[common]) common++;
  return [...Array<string>(dir.length - common).fill('..'), ...target.slice(common)].join('/');
}

/** The part a relationships part belongs to: ppt/slideLayouts/_rels/slideLayout2.xml.rels → ppt/slideLayouts/slideLayout2.xml (the package itself, '', for _rels/.rels). */
export function partOfRels(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}
