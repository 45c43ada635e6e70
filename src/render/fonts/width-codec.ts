/**
 * Decoder of the width strings in metrics.generated.ts; the encoder is
 * scripts/font-metrics/encoding.mjs. Two characters per width (thousandths of an
 * em, 64 × 64 values), 4095 for a code point without a glyph, and `~count value`
 * for a run of equal widths.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const MISSING = 4095;
const RUN = '~'.charCodeAt(0);

/** Digit value by character code, -1 for a character not in the alphabet. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

function tokenAt(encoded: string, at: number): number {
  const hi = DIGIT[encoded.charCodeAt(at)] ?? -1;
  const lo = DIGIT[encoded.charCodeAt(at + 1)] ?? -1;
  if (hi < 0 || lo < 0) throw new Error(`bad width token at ${at} of the font metrics`);
  return hi * 64 + lo;
}

/** The widths in em, NaN where the face has no glyph; `count` must match the ranges' size. */
export function decodeWidths(encoded: string, count: number): Float32Array {
  const out = new Float32Array(count);
  let n = 0;
  const push = (value: number, times: number): void => {
    const em = value === MISSING ? Number.NaN : value / 1000;
    for (let k = 0; k < times; k++) out[n++] = em;
  };
  for (let i = 0; i < encoded.length;) {
    if (encoded.charCodeAt(i) === RUN) {
      push(tokenAt(encoded, i + 3), tokenAt(encoded, i + 1));
      i += 5;
    } else {
      push(tokenAt(encoded, i), 1);
      i += 2;
    }
  }
  if (n !== count) throw new Error(`font metrics list ${n} widths where ${count} code points were expected`);
  return out;
}
