/** Serif, sans serif or monospaced: what an unknown font name falls back by. */
export type FontClass = 'sans' | 'serif' | 'mono';

/**
 * One font face as scripts/font-metrics/extract.mjs writes it into
 * metrics.generated.ts: vertical metrics in font units, as the font file has them,
 * and the advance widths of the code points of `RANGES`.
 */
export interface FaceData {
  readonly family: string;
  readonly fontClass: FontClass;
  readonly bold: boolean;
  /** The package, its version and the file the numbers were read from. */
  readonly source: string;
  readonly unitsPerEm: number;
  /** hhea ascender, descender (negative), line gap. */
  readonly hhea: readonly [number, number, number];
  /** OS/2 sTypoAscender, sTypoDescender (negative), sTypoLineGap. */
  readonly typo: readonly [number, number, number];
  /** OS/2 usWinAscent, usWinDescent (both positive). */
  readonly win: readonly [number, number];
  /** OS/2 fsSelection bit 7: the typo values are the line metrics. */
  readonly useTypoMetrics: boolean;
  /** Thousandths of an em per code point of `RANGES`, encoded (width-codec.ts). */
  readonly widths: string;
}
