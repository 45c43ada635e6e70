import { typesXml, type ContentTypeEntry } from '../../ooxml/content-types.js';
import { RELATIONSHIP_TYPES } from '../../ooxml/relationships.js';
import { escapeXml, XML_DECLARATION as DECLARATION } from '../../ooxml/xml-text.js';
import { IMAGE_TYPES } from '../import/picture-type.js';
import { own } from '../../schema/names.js';
import { xmlContentType } from './keep-part.js';

/** The parts of master.potx that ztdeck writes itself: content types and the presentation (relationships: relsXml). */

const MAIN = 'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml';

/**
 * Content types of a package's parts: a Default per picture extension, an
 * Override per master, layout, theme and the presentation. Every part gets
 * one: a name that would get none is a bug, not a part to write.
 */
export function contentTypesXml(names: readonly string[]): string {
  const defaults = new Map([
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
  ]);
  const overrides: ContentTypeEntry[] = [];
  for (const n of [...names].sort()) {
    const ext = n.replace(/^.*\./, '').toLowerCase();
    const type = n === 'ppt/presentation.xml' ? MAIN : xmlContentType(n);
    const picture = own(IMAGE_TYPES, ext);
    if (type) overrides.push({ kind: 'Override', name: n, type });
    else if (picture && n.startsWith('ppt/media/')) defaults.set(ext, picture);
    else if (ext !== 'rels' || !n.includes('_rels/')) throw new Error(`master.potx: no content type for ${n}`);
  }
  return typesXml([
    ...[...defaults.keys()]
      .sort()
      .map((ext): ContentTypeEntry => ({ kind: 'Default', name: ext, type: defaults.get(ext) ?? '' })),
    ...overrides,
  ]);
}

/** The presentation part of master.potx: its masters (by id) and its slide size, no slides. */
export function presentationXml(
  masterIds: readonly { id: number; rid: string }[],
  size: { cx: number; cy: number },
): string {
  const ids = masterIds.map((m) => `<p:sldMasterId id="${m.id}" r:id="${escapeXml(m.rid)}"/>`).join('');
  return `${DECLARATION}<p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELATIONSHIP_TYPES}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldMasterIdLst>${ids}</p:sldMasterIdLst><p:sldSz cx="${size.cx}" cy="${size.cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`;
}
