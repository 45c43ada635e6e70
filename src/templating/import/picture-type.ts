import { looksLikeSvg, svgRefusal } from '../image-check.js';

/**
 * What a picture of a slide master is, by its bytes: the formats PowerPoint
 * shows on a master, each known by its signature. A part a picture
 * relationship points at is kept only when its bytes are one of these and its
 * declared content type agrees; anything else (a VBA project, an OLE object,
 * a renamed executable) is not a picture, whatever its name or relationship.
 */

export const PICTURE_KINDS = ['png', 'jpeg', 'gif', 'emf', 'wmf', 'bmp', 'tiff', 'svg'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** The content type written for each kind, and the ones a package may declare for it. */
const TYPES: Record<PictureKind, { written: string; declared: readonly string[] }> = {
  png: { written: 'image/png', declared: ['image/png'] },
  jpeg: { written: 'image/jpeg', declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'] },
  gif: { written: 'image/gif', declared: ['image/gif'] },
  emf: { written: 'image/x-emf', declared: ['image/x-emf', 'image/emf'] },
  wmf: { written: 'image/x-wmf', declared: ['image/x-wmf', 'image/wmf'] },
  bmp: { written: 'image/bmp', declared: ['image/bmp', 'image/x-bmp', 'image/x-ms-bmp'] },
  tiff: { written: 'image/tiff', declared: ['image/tiff'] },
  svg: { written: 'image/svg+xml', declared: ['image/svg+xml'] },
};

/** Content types of pictures by file extension, for [Content_Types].xml (jpg and tif as PowerPoint names them too). */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(PICTURE_KINDS.map((k) => [k, TYPES[k].written])),
  jpg: 'image/jpeg',
  tif: 'image/tiff',
};

const starts = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

const SIGNATURES: Record<Exclude<PictureKind, 'svg'>, (b: Uint8Array) => boolean> = {
  png: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (b) => starts(b, [0xff, 0xd8, 0xff]),
  gif: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61,
  // EMR_HEADER (type 1) first, its " EMF" signature at byte 40.
  emf: (b) => starts(b, [1, 0, 0, 0]) && starts(b, [0x20, 0x45, 0x4d, 0x46], 40),
  // A placeable metafile's key, or a METAHEADER: type 1 or 2, 9 words long, version 0x100 or 0x300.
  wmf: (b) =>
    starts(b, [0xd7, 0xcd, 0xc6, 0x9a]) ||
    ((u16(b, 0) === 1 || u16(b, 0) === 2) && u16(b, 2) === 9 && (u16(b, 4) === 0x100 || u16(b, 4) === 0x300)),
  bmp: (b) => starts(b, [0x42, 0x4d]) && b.length > 26,
  tiff: (b) => starts(b, [0x49, 0x49, 0x2a, 0]) || starts(b, [0x4d, 0x4d, 0, 0x2a]),
};

/** The kind of picture the bytes are, by signature; an SVG only when it scripts and loads nothing. */
export function pictureKind(bytes: Uint8Array): PictureKind | undefined {
  for (const kind of PICTURE_KINDS) if (kind !== 'svg' && SIGNATURES[kind](bytes)) return kind;
  if (looksLikeSvg(bytes) && !svgRefusal(Buffer.from(bytes).toString('utf8'))) return 'svg';
  return undefined;
}

/**
 * The kind of a part a picture relationship points at, or why it is not kept:
 * its bytes must be a picture and its declared content type that picture's.
 */
export function checkedPicture(
  bytes: Uint8Array,
  declared: string | undefined,
): { kind: PictureKind } | { why: string } {
  const kind = pictureKind(bytes);
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  if (!kind)
    return {
      why: `it is not a picture (${type ? `content type ${type}` : 'no content type'}, and no picture's signature)`,
    };
  if (!type || !TYPES[kind].declared.includes(type))
    return { why: `its bytes are ${kind.toUpperCase()} but its content type is ${type ?? 'missing'}` };
  return { kind };
}
