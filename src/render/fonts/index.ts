/**
 * Text measurement in the fonts a template names: advance widths and line
 * metrics pre-extracted from open fonts metric-compatible with the Office fonts
 * (docs/fonts.md), with widths for characters they lack.
 *
 * ```ts
 * const font = fontMetrics('Segoe UI').metrics;
 * textWidthPt('Secure remote work', font, 12, true); // points
 * lineHeightPt(font, 12);                             // points
 * ```
 */
export { lineHeightPt, textWidthEm, textWidthPt } from './measure.js';
export { fontMetrics, fontResolver, type FontFallback, type FontMetrics, type ResolvedFont } from './resolve.js';
export { FAMILIES, guessClass, normalizeFamily, type FamilySpec } from './families.js';
export type { FontClass } from './face-data.js';
