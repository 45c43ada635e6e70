/** Largest side and area of an image a template may use (a logo is small; this stops a decompression bomb). */
export const MAX_IMAGE_SIDE = 8000;
export const MAX_IMAGE_PIXELS = 40_000_000;

export type ImageInfo =
  { ok: true; type: 'png' | 'jpeg' | 'svg'; width: number; height: number } | { ok: false; reason: string };

function pngSize(b: Buffer): { width: number; height: number } | undefined {
  if (b.length < 24 || b.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Buffer): { width: number; height: number } | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    const length = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

/** The size an SVG declares (width/height, or the viewBox). */
function svgSize(text: string): { width: number; height: number } | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)(px)?"`, 'i').exec(tag)?.[1]);
  const box = /\bviewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/i.exec(tag);
  const width = attr('width') || Number(box?.[1]);
  const height = attr('height') || Number(box?.[2]);
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined;
}

/** Whether bytes begin as an SVG document does (an XML declaration and comments at most before <svg). */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/i.test(head);
}

/** Why an SVG may not be used (it scripts, declares a DTD or entities, or loads something), or undefined. */
export function svgRefusal(text: string): string | undefined {
  if (/<script\b|\bon[a-z]+\s*=|<foreignObject\b|<!ENTITY|<!DOCTYPE/i.test(text))
    return 'the SVG holds scripts, event handlers, entities or foreign content';
  if (/\b(xlink:)?href\s*=\s*["'](?!#|data:image\/(png|jpeg);)/i.test(text))
    return 'the SVG refers to another file or a URL';
  return undefined;
}

/**
 * What an image file really is, from its bytes (not its name), and whether
 * its size is acceptable. SVGs must not script or load anything.
 */
export function checkImage(bytes: Buffer): ImageInfo {
  let type: 'png' | 'jpeg' | 'svg';
  let size: { width: number; height: number } | undefined;
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    type = 'png';
    size = pngSize(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    type = 'jpeg';
    size = jpegSize(bytes);
  } else {
    if (!looksLikeSvg(bytes)) return { ok: false, reason: 'it is not a PNG, JPEG or SVG image' };
    const text = bytes.toString('utf8');
    const refused = svgRefusal(text);
    if (refused) return { ok: false, reason: refused };
    type = 'svg';
    size = svgSize(text);
  }
  if (!size) return { ok: false, reason: `the ${type.toUpperCase()} has no readable size` };
  if (size.width === 0 || size.height === 0) return { ok: false, reason: `the image is ${size.width}×${size.height}` };
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
    return {
      ok: false,
      reason: `the image claims ${size.width}×${size.height} pixels; the limit is ${MAX_IMAGE_SIDE}×${MAX_IMAGE_SIDE} and ${MAX_IMAGE_PIXELS / 1e6} million pixels`,
    };
  }
  return { ok: true, type, ...size };
}
