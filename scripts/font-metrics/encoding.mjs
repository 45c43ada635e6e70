// The width encoding of src/render/fonts/metrics.generated.ts; its decoder is
// src/render/fonts/width-codec.ts. Widths are thousandths of an em, one
// two-character token each (64 × 64 values); MISSING marks a code point the face
// has no glyph for; a run of three or more equal tokens is RUN, the count's
// token, then the value's token. Strings stay plain ASCII and small (no JSON
// number array, no base64 blob to unpack).

export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
export const MISSING = 4095;
export const RUN = '~';

/** @param {number} value 0..4095 */
export function token(value) {
  if (!Number.isInteger(value) || value < 0 || value > MISSING) throw new Error(`cannot encode ${value}`);
  return ALPHABET[value >> 6] + ALPHABET[value & 63];
}

/** @param {number[]} values thousandths of an em, MISSING for no glyph */
export function encodeWidths(values) {
  let out = '';
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j < values.length && values[j] === values[i] && j - i < MISSING - 1) j++;
    const count = j - i;
    out += count >= 3 ? RUN + token(count) + token(values[i]) : token(values[i]).repeat(count);
    i = j;
  }
  return out;
}
