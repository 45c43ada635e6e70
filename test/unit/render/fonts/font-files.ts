// The font files the generated metrics come from, opened with fontkit, so tests
// measure against the fonts themselves rather than against the data file.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { FACES } from '../../../../src/render/fonts/metrics.generated.js';

const require = createRequire(import.meta.url);

export type FaceId = keyof typeof FACES;
export const FACE_IDS = Object.keys(FACES) as FaceId[];

const opened = new Map<FaceId, fontkit.Font>();

/** The face's font file, from the package@version/file its data names. */
export function fontFile(id: FaceId): fontkit.Font {
  let font = opened.get(id);
  if (!font) {
    const match = /^(@[^/]+\/[^@]+|[^@]+)@[^/]+\/(.+)$/.exec(FACES[id].source);
    if (!match?.[1] || !match[2]) throw new Error(`cannot read the source of ${id}: ${FACES[id].source}`);
    const dir = path.dirname(require.resolve(`${match[1]}/package.json`));
    const file = fontkit.openSync(path.join(dir, match[2]));
    if (!('glyphForCodePoint' in file)) throw new Error(`${id} is a font collection`);
    font = file;
    opened.set(id, font);
  }
  return font;
}

/** A code point's advance in em, read through fontkit's glyph (not hmtx as the generator does). */
export function advanceEm(font: fontkit.Font, cp: number): number {
  return font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
}

/** A string's width in points at a size: the sum of its advances, no kerning. */
export function fileWidthPt(id: FaceId, text: string, sizePt: number): number {
  const font = fontFile(id);
  let em = 0;
  for (const ch of text) em += advanceEm(font, ch.codePointAt(0) ?? 0);
  return em * sizePt;
}
