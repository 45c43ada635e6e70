import { keptLogoSize } from '../logo-size.js';

/** A logo as stored in the template. */
export interface StoredLogo {
  bytes: Buffer;
  extension: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** JPEG quality of a downscaled logo: no visible loss at the size it is shown. */
const JPEG_QUALITY = 90;

/**
 * The logo at most as large as the deck can show (keptLogoSize): drawn
 * smaller with high-quality smoothing and encoded again in its own format
 * (PNG keeps its transparency). The same picture gives the same bytes. A logo
 * small enough is kept byte for byte. Throws when the picture cannot be decoded.
 */
export async function downscaleLogo(logo: StoredLogo): Promise<StoredLogo> {
  const size = keptLogoSize(logo.width, logo.height);
  if (size.width === logo.width) return logo;
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(logo.bytes);
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  if (logo.extension === 'jpeg') {
    // A JPEG has no transparency: fill first, so the edges are not blended with transparent black.
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, size.width, size.height);
  }
  ctx.drawImage(image, 0, 0, size.width, size.height);
  const bytes = logo.extension === 'jpeg' ? canvas.toBuffer('image/jpeg', JPEG_QUALITY) : canvas.toBuffer('image/png');
  return { bytes, extension: logo.extension, ...size };
}
