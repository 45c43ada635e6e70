import { isRtl } from '../../bidi.js';
import type { Theme } from '../../../schema/template.js';
import type { Box } from '../geometry.js';
import type { TextProps } from '../pptxgen.js';
import { breakable, BULLET_INDENT_PT, paragraphsOf, type DeckFonts, type Run, type TextStyle } from './text-style.js';

/**
 * The text of a text box as pptxgenjs is given it: a string, or runs with
 * their own weight, colour and size. A paragraph whose first letter is of a
 * right-to-left script is marked right-to-left and aligned right (theme
 * rtl_align; in a mirrored deck the box's alignment is already the mirrored
 * one, and is kept); a list's items read as the program's language does. Each
 * word wider than the box gets a break mark where it was measured to break.
 */

/** The runs of text at a style's size: a string's lines, or runs each no smaller than `sz` makes them. */
export function runsOf(content: string | Run[], sz: (n: number) => number): Run[] {
  return typeof content === 'string'
    ? content.split('\n').map((text, i, all) => ({ text, breakLine: i < all.length - 1 }))
    : content.map((r) => (r.size === undefined ? r : { ...r, size: sz(r.size) }));
}

/** What a text body needs of its deck: the measured fonts, the theme and the program's language's direction. */
export interface TextDeck {
  readonly fonts: DeckFonts;
  readonly theme: Theme;
  readonly language: { readonly rtl: boolean };
}

/** The body of a text box: the string itself when it is plain and left-to-right, else its runs. */
export function textBody(
  deck: TextDeck,
  content: string | Run[],
  runs: Run[],
  box: Box,
  style: TextStyle,
  mirrored = false,
): string | TextProps[] {
  const { fonts, theme } = deck;
  const paragraphs = paragraphsOf(runs);
  // A list reads in the program's language's direction, each item in it; other text by its first letter.
  const rtl = paragraphs.map((p) => (style.bullet ? deck.language.rtl : isRtl(p.map((r) => r.text).join(''))));
  if (typeof content === 'string' && !rtl.includes(true)) return breakable(fonts, content, box, style);
  const align = (i: number) =>
    rtl[i] && !mirrored && (style.align ?? 'left') === 'left' && theme.rtl_align === 'right'
      ? { align: 'right' as const }
      : {};
  return paragraphs.flatMap((p, i) =>
    p.map((run) => ({
      text: breakable(fonts, run.text, box, { ...style, size: run.size ?? style.size, bold: run.bold ?? style.bold }),
      options: {
        ...(run.bold !== undefined ? { bold: run.bold } : {}),
        ...(run.color ? { color: run.color } : {}),
        ...(run.size ? { fontSize: run.size } : {}),
        ...(run.breakLine ? { breakLine: true } : {}),
        // pptxgenjs gives a bullet to the first paragraph of runs only: each paragraph says so itself.
        ...(style.bullet ? { bullet: { indent: BULLET_INDENT_PT } } : {}),
        ...(rtl[i] ? { rtlMode: true, ...align(i) } : {}),
      },
    })),
  );
}
