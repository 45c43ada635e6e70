import { graphemes } from '../line-break.js';
import { fitText, textWidthIn, type Face } from '../text-fit.js';

/** A line of the footer as laid out: its text, size and horizontal place. */
export interface FooterLine {
  text: string;
  size: number;
  x: number;
  w: number;
}

export interface FooterLayout {
  footer: FooterLine;
  /** The classification marking, when it goes in the footer: never cut, smaller or on two lines when long. */
  classification?: FooterLine;
  /** What had to give, for a warning. */
  shortened?: string;
}

const SIZES = [9, 8, 7];
/** The least room the footer's text keeps beside a long marking. */
const FOOTER_MIN_W = 1.5;
const GAP = 0.25;

/**
 * The footer of the content slides: the footer text on the left and the
 * classification marking on the right, between `left` and `right` (inches).
 * The marking is never cut (a marking is defined by policy): it goes smaller,
 * then on two lines. The footer text goes smaller, then the organization's
 * name in it is shortened, and only then the footer itself is cut.
 */
export function layOutFooter(o: {
  face: Face;
  footer: (organization: string) => string;
  organization: string;
  classification?: string | undefined;
  left: number;
  right: number;
  height: number;
  /** The largest size, in points (9 unless the footer's place says otherwise). */
  max?: number;
}): FooterLayout {
  const span = o.right - o.left;
  let classification: FooterLine | undefined;
  if (o.classification) {
    const bold = { ...o.face, bold: true };
    const size = SIZES.find((s) => textWidthIn(o.classification ?? '', s, bold) <= span - FOOTER_MIN_W - GAP) ?? 7;
    const w = Math.min(span - FOOTER_MIN_W - GAP, textWidthIn(o.classification, size, bold) + 0.02);
    classification = { text: o.classification, size, x: o.right - w, w };
  }
  const room = { w: (classification ? classification.x - GAP : o.right) - o.left, h: o.height };
  const fits = (text: string) =>
    fitText(text, room, { face: o.face, max: Math.max(7, o.max ?? 9), min: 7, maxLines: 1 });
  const full = o.footer(o.organization);
  const place = (text: string, size: number): FooterLine => ({ text, size, x: o.left, w: room.w });
  const first = fits(full);
  if (!first.truncated) return { footer: place(full, first.fontSize), ...(classification ? { classification } : {}) };
  // Shorten the organization's name: the longest start of it that lets the footer fit at the smallest size.
  const chars = graphemes(o.organization);
  let lo = 0;
  let hi = chars.length - 1;
  let best: { text: string; size: number } | undefined;
  while (lo <= hi) {
    const n = Math.floor((lo + hi) / 2);
    const text = o.footer(n > 0 ? `${chars.slice(0, n).join('').trimEnd()}…` : '…');
    const fit = fits(text);
    if (fit.truncated) hi = n - 1;
    else {
      best = { text, size: fit.fontSize };
      lo = n + 1;
    }
  }
  const bare = best ? undefined : fits(o.footer('…'));
  const footer = best ? place(best.text, best.size) : place(bare?.text ?? first.text, bare?.fontSize ?? 7);
  return {
    footer,
    ...(classification ? { classification } : {}),
    shortened: best
      ? `the organization's name is shortened in the footer to leave room${classification ? ' for the classification marking' : ''}`
      : "the footer is too long for its line even without the organization's name, so it was cut",
  };
}
