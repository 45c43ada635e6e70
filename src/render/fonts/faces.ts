import type { FaceData, FontClass } from './face-data.js';
import { decodeWidths } from './width-codec.js';
import { FACES, RANGES } from './metrics.generated.js';

/** A face of the generated data: one family in one weight. */
export type FaceId = keyof typeof FACES;
/** A family of the generated data; its bold face is `${id}-bold`. */
export type FaceFamily = Exclude<FaceId, `${string}-bold`>;

/** Single line spacing the way LibreOffice 7.4 lays out a PPTX: 1.2 × the size, measured for every font. */
export const LIBREOFFICE_LINE_EM = 1.2;

const decoded = new Map<FaceId, Float32Array>();

/** The face's data as generated. */
export function faceData(id: FaceId): FaceData {
  return FACES[id];
}

/** The face of a family in a weight. */
export function faceOf(family: FaceFamily, bold: boolean): FaceId {
  return bold ? (`${family}-bold` as FaceId) : family;
}

/** Every family of a class, for the fallback of an unknown font name. */
export function familiesOfClass(fontClass: FontClass): FaceFamily[] {
  return (Object.keys(FACES) as FaceId[]).filter(
    (id): id is FaceFamily => !id.endsWith('-bold') && FACES[id].fontClass === fontClass,
  );
}

/** Every family, for characters no font of the class has. */
export function allFamilies(): FaceFamily[] {
  return (Object.keys(FACES) as FaceId[]).filter((id): id is FaceFamily => !id.endsWith('-bold'));
}

/** Number of code points in RANGES: the length of every face's width array. */
export const CODE_POINT_COUNT = RANGES.reduce((n, [first, last]) => n + last - first + 1, 0);

/** Advance widths in em, one per code point of RANGES in order, NaN where the face has no glyph; decoded once. */
export function faceWidths(id: FaceId): Float32Array {
  let widths = decoded.get(id);
  if (!widths) {
    widths = decodeWidths(FACES[id].widths, CODE_POINT_COUNT);
    decoded.set(id, widths);
  }
  return widths;
}

/** One code point's advance in em, undefined when the face lists it without a glyph or does not list it. */
export function faceWidth(id: FaceId, cp: number): number | undefined {
  let offset = 0;
  for (const [first, last] of RANGES) {
    if (cp >= first && cp <= last) {
      const em = faceWidths(id)[offset + cp - first] ?? Number.NaN;
      return Number.isNaN(em) ? undefined : em;
    }
    offset += last - first + 1;
  }
  return undefined;
}

/**
 * The face's own single line spacing in em, as Windows computes it and
 * PowerPoint follows: the typo values when the font asks for them
 * (USE_TYPO_METRICS), else usWinAscent + usWinDescent plus whatever hhea line
 * gap does not already fit inside them (GDI's external leading).
 */
export function faceLineEm(id: FaceId): number {
  const face = FACES[id];
  const [ascender, descender, lineGap] = face.hhea;
  const [typoAscender, typoDescender, typoLineGap] = face.typo;
  const [winAscent, winDescent] = face.win;
  const units = face.useTypoMetrics
    ? typoAscender - typoDescender + typoLineGap
    : winAscent + winDescent + Math.max(0, lineGap - (winAscent + winDescent - (ascender - descender)));
  return units / face.unitsPerEm;
}
