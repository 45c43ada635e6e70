import { createHash } from 'node:crypto';
import type { Parts } from '../../../ooxml/parts.js';
import { editContentTypes } from '../../../ooxml/content-types.js';
import { partOfRels, relativeTarget, resolveTarget } from '../../../ooxml/part-name.js';
import { editRelationships } from '../../../ooxml/relationships.js';

/** ppt/media/image-1-1.png before ppt/media/image-10-1.png. */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * pptxgenjs writes a picture once for every slide layout that shows it (the
 * logo of three layouts is three identical parts; a 1.7 MB logo made a 4.4 MB
 * deck). One media part is kept for each content, the first by name; every
 * relationship to a copy points at it instead, and the copies and their
 * content-type overrides go.
 */
export function shareIdenticalMedia(parts: Parts): void {
  const first = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const name of parts
    .names()
    .filter((n) => n.startsWith('ppt/media/'))
    .sort(byNumber)) {
    const digest = createHash('sha256')
      .update(parts.bytes(name) ?? new Uint8Array())
      .digest('hex');
    const kept = first.get(digest);
    if (kept) copies.set(name, kept);
    else first.set(digest, name);
  }
  if (copies.size === 0) return;
  for (const name of copies.keys()) parts.delete(name);
  parts.editXml(/\.rels$/, (xml, rels) => {
    const from = partOfRels(rels);
    return editRelationships(xml, (r) => {
      const resolved = r.external ? undefined : resolveTarget(from, r.target);
      const kept = resolved === undefined ? undefined : copies.get(resolved);
      if (!kept) return r;
      return { ...r, target: r.target.startsWith('/') ? `/${kept}` : relativeTarget(from, kept) };
    });
  });
  parts.editXml(/^\[Content_Types\]\.xml$/, (xml) =>
    editContentTypes(xml, (e) => (e.kind === 'Override' && copies.has(e.name) ? null : e)),
  );
}
