import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Parts } from './parts.js';

/** The part a relationships part belongs to: ppt/slideLayouts/_rels/slideLayout2.xml.rels → ppt/slideLayouts/slideLayout2.xml (the package itself for _rels/.rels). */
function sourceOf(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}

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
    const from = path.posix.dirname(sourceOf(rels));
    return xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
      if (target === undefined || /\sTargetMode="External"/.test(tag)) return tag;
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(from, target);
      const kept = copies.get(resolved);
      if (!kept) return tag;
      const to = target.startsWith('/') ? `/${kept}` : path.posix.relative(from, kept);
      return tag.replace(/(\sTarget=")[^"]*(")/, `$1${to}$2`);
    });
  });
  parts.editXml(/^\[Content_Types\]\.xml$/, (xml) =>
    xml.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (tag, name: string) => (copies.has(name) ? '' : tag)),
  );
}
