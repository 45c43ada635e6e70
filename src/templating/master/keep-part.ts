import { checkedPicture, type PictureKind } from '../import/picture-type.js';
import { RELATIONSHIP_TYPES } from '../../ooxml/relationships.js';
import { keptXmlRefusal } from '../../ooxml/xml-safety.js';

/**
 * Which relationships of a master or layout are followed into master.potx,
 * and what the part at the end must be for it to be kept: its relationship
 * type, its declared content type and its bytes must all say the same thing.
 * A picture relationship to a VBA project or an OLE object keeps nothing.
 */

const RELATIONSHIPS = [RELATIONSHIP_TYPES, 'http://purl.oclc.org/ooxml/officeDocument/relationships'] as const;

export const CONTENT_TYPES = {
  slideMaster: 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml',
  slideLayout: 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
} as const;

type XmlKind = keyof typeof CONTENT_TYPES;
export type KeptKind = XmlKind | 'image';

/** Where each kind of XML part is kept (PowerPoint's folders) and the root element its bytes must have. */
const XML_PARTS: Record<XmlKind, { folder: RegExp; dir: string; root: string; word: string }> = {
  slideMaster: {
    folder: /^ppt\/slideMasters\/[^/]+\.xml$/,
    dir: 'ppt/slideMasters/',
    root: 'sldMaster',
    word: 'slide master',
  },
  slideLayout: {
    folder: /^ppt\/slideLayouts\/[^/]+\.xml$/,
    dir: 'ppt/slideLayouts/',
    root: 'sldLayout',
    word: 'slide layout',
  },
  theme: { folder: /^ppt\/theme\/[^/]+\.xml$/, dir: 'ppt/theme/', root: 'theme', word: 'theme' },
};

/** What a kind of part is called in a note. */
export function kindWord(kind: KeptKind): string {
  return kind === 'image' ? 'picture' : XML_PARTS[kind].word;
}

/** The kind a relationship type names, when it is one that is followed (the exact type, Transitional or Strict). */
export function keptKind(type: string): KeptKind | undefined {
  for (const ns of RELATIONSHIPS)
    for (const kind of ['slideMaster', 'slideLayout', 'theme', 'image'] as const)
      if (type === `${ns}/${kind}`) return kind;
  return undefined;
}

/** The content type of a kept XML part, by the folder it is kept in; undefined for any other name. */
export function xmlContentType(name: string): string | undefined {
  for (const kind of Object.keys(XML_PARTS) as XmlKind[])
    if (XML_PARTS[kind].folder.test(name)) return CONTENT_TYPES[kind];
  return undefined;
}

/**
 * Whether the part `name` can be kept as a `kind`: a picture's kind by its
 * signature, an XML part when it is in its folder, declared as its kind,
 * and safe and well-formed with the right root element; else why not.
 */
export function judgePart(
  name: string,
  bytes: Uint8Array,
  kind: KeptKind,
  declared: string | undefined,
): { picture?: PictureKind } | { why: string } {
  if (kind === 'image') {
    const picture = checkedPicture(bytes, declared);
    return 'why' in picture ? picture : { picture: picture.kind };
  }
  const expected = XML_PARTS[kind];
  if (declared !== CONTENT_TYPES[kind])
    return { why: `its content type is ${declared ?? 'missing'}, not a ${expected.word}'s` };
  if (!expected.folder.test(name)) return { why: `a ${expected.word} is kept only as an .xml part of ${expected.dir}` };
  const refused = keptXmlRefusal(bytes, expected.root);
  return refused ? { why: `it ${refused}` } : {};
}
