import { fitText, linesHeightIn, wrapText, type Face, type Fit } from '../../text-fit.js';
import type { FontMetrics } from '../../fonts/index.js';
import { stripForXml as clean } from '../../../schema/characters.js';
import type { Theme } from '../../../schema/template.js';
import { roundInch, type Box, type Frame } from '../geometry.js';
import type { TextPropsOptions } from '../pptxgen.js';

/** Text on a slide: its styles, how it is measured, and the options pptxgenjs is given for it. */

export interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  font?: 'heading' | 'body';
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  fill?: string;
  /** Inner margin in points (pptxgenjs' unit for text box margins). */
  margin?: number;
  charSpacing?: number;
  lineSpacingMultiple?: number;
  /** Space after each paragraph, in points. */
  paraSpaceAfter?: number;
  /** Every paragraph a bulleted list item. */
  bullet?: boolean;
  /** The shape's name (what a reader of the slide's structure sees). */
  name?: string;
}

export interface Run {
  text: string;
  bold?: boolean;
  color?: string;
  size?: number;
  breakLine?: boolean;
}

/** How text is fitted into a box: the largest size from max down to min; `what` names it in a warning. */
export type FitStyle = Omit<TextStyle, 'size'> & { max: number; min: number; what: string; maxLines?: number };

export const BULLET_INDENT_PT = 12;

/** The metrics of the theme's two fonts, and the frame content slides are drawn through (see geometry.ts). */
export interface DeckFonts {
  readonly heading: FontMetrics;
  readonly body: FontMetrics;
  /** Content slides' frame: text measured before a slide exists is measured where it will land. */
  readonly frame: Frame;
  /** The smallest text size the deck allows (a board deck's budget), or 0: what is measured is measured at it. */
  readonly minText: number;
}

/** What text in a style is measured in. */
export function faceOf(fonts: DeckFonts, style: { font?: 'heading' | 'body'; bold?: boolean }): Face {
  return { metrics: style.font === 'heading' ? fonts.heading : fonts.body, bold: style.bold ?? false };
}

/** The width text wraps at in a box: less the insets and a bullet's indent. */
export function innerWidth(box: Box, style: Pick<TextStyle, 'margin' | 'bullet'>): number {
  return box.w - (2 * (style.margin ?? 0)) / 72 - (style.bullet ? BULLET_INDENT_PT / 72 : 0);
}

/** Runs grouped in paragraphs: a run with breakLine ends one. */
export function paragraphsOf(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    out[out.length - 1]?.push(run);
    if (run.breakLine) out.push([]);
  }
  return out.filter((p, i) => p.length > 0 || i === 0);
}

/** How `content` would fit a box in a style, without drawing it (to decide what goes on a slide before it is made). */
export function measureFit(fonts: DeckFonts, content: string, box: Box, style: FitStyle): Fit {
  const min = Math.max(style.min, fonts.minText);
  return fitIn(fonts, content, fonts.frame.map(box), { ...style, min, max: Math.max(style.max, min) });
}

/** How text fits a box already on the slide (not through a frame). */
export function fitIn(fonts: DeckFonts, content: string, box: Box, style: FitStyle): Fit {
  return fitText(clean(content), box, {
    face: faceOf(fonts, style),
    max: style.max,
    min: style.min,
    paragraphGapPt: style.paraSpaceAfter ?? 0,
    indentIn: style.bullet ? BULLET_INDENT_PT / 72 : 0,
    ...(style.lineSpacingMultiple ? { lineSpacing: style.lineSpacingMultiple } : {}),
    ...(style.maxLines ? { maxLines: style.maxLines } : {}),
  });
}

/** The text with a break mark in each word wider than the box, where it was measured to break. */
export function breakable(fonts: DeckFonts, text: string, box: Box, style: TextStyle): string {
  return wrapText(clean(text), style.size, innerWidth(box, style), faceOf(fonts, style)).text;
}

/** The height paragraphs of runs need in a box at their sizes, in inches. */
export function paragraphsHeight(fonts: DeckFonts, paragraphs: Run[][], box: Box, style: TextStyle): number {
  let height = 0;
  for (const p of paragraphs) {
    const size = Math.max(style.size, ...p.map((r) => r.size ?? 0));
    const face = faceOf(fonts, { ...style, bold: style.bold || p.some((r) => r.bold) });
    const lines = wrapText(p.map((r) => r.text).join(''), size, innerWidth(box, style), face).lines.length;
    height += linesHeightIn(lines, size, face, style.lineSpacingMultiple);
  }
  return height + ((paragraphs.length - 1) * (style.paraSpaceAfter ?? 0)) / 72;
}

/** The options of a text box in a style, in the theme's fonts and colours. */
export function textOptions(theme: Theme, box: Box, s: TextStyle): TextPropsOptions {
  const fonts = theme.fonts;
  return {
    x: roundInch(box.x),
    y: roundInch(box.y),
    w: roundInch(box.w),
    h: roundInch(box.h),
    fontFace: s.font === 'heading' ? fonts.heading : fonts.body,
    fontSize: s.size,
    color: s.color ?? theme.colors.text,
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    align: s.align ?? 'left',
    valign: s.valign ?? 'top',
    margin: s.margin ?? 0,
    ...(s.fill ? { fill: { color: s.fill } } : {}),
    ...(s.charSpacing ? { charSpacing: s.charSpacing } : {}),
    ...(s.lineSpacingMultiple ? { lineSpacingMultiple: s.lineSpacingMultiple } : {}),
    ...(s.paraSpaceAfter ? { paraSpaceAfter: s.paraSpaceAfter } : {}),
    ...(s.bullet ? { bullet: { indent: BULLET_INDENT_PT } } : {}),
    ...(s.name ? { objectName: clean(s.name) } : {}),
  };
}
