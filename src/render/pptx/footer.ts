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
/** fitText's insets: what a line needs beyond its text. */
const INSETS = 0.1;

/** The longest start of `name` (then "…") with which `make` fits, by halving; undefined when not even "…" does. */
function longest(
  name: string,
  make: (shortened: string) => string,
  fits: (text: string) => { truncated: boolean; fontSize: number },
): { text: string; size: number; n: number } | undefined {
  const chars = graphemes(name);
  let lo = 0;
  let hi = chars.length - 1;
  let best: { text: string; size: number; n: number } | undefined;
  while (lo <= hi) {
    const n = Math.floor((lo + hi) / 2);
    const text = make(n > 0 ? `${chars.slice(0, n).join('').trimEnd()}…` : '…');
    const fit = fits(text);
    if (fit.truncated) hi = n - 1;
    else {
      best = { text, size: fit.fontSize, n };
      lo = n + 1;
    }
  }
  return best;
}

/**
 * The footer of the content slides: the footer text on the left and the
 * classification marking on the right, between `left` and `right` (inches).
 * The marking is never cut (a marking is defined by policy): it goes smaller,
 * then on two lines, and leaves the footer room for its fixed words (the
 * date) with the names shortened to "…". The footer text goes smaller, then
 * the program's name in it is shortened, then the organization's, and only
 * then the footer itself is cut: the date stays.
 */
export function layOutFooter(o: {
  face: Face;
  /** The footer's words for an organization's and a program's name (as shortened to fit). */
  footer: (organization: string, program?: string) => string;
  organization: string;
  /** The program's name, shortened before the organization's when the footer names it. */
  program?: string | undefined;
  classification?: string | undefined;
  left: number;
  right: number;
  height: number;
  /** The largest size, in points (9 unless the footer's place says otherwise). */
  max?: number;
}): FooterLayout {
  const span = o.right - o.left;
  const least = o.program !== undefined ? o.footer('…', '…') : o.footer('…');
  const keep = Math.min(span / 2, Math.max(FOOTER_MIN_W, textWidthIn(least, 7, o.face) + INSETS));
  let classification: FooterLine | undefined;
  if (o.classification) {
    const bold = { ...o.face, bold: true };
    const size = SIZES.find((s) => textWidthIn(o.classification ?? '', s, bold) <= span - keep - GAP) ?? 7;
    const w = Math.min(span - keep - GAP, textWidthIn(o.classification, size, bold) + 0.02);
    classification = { text: o.classification, size, x: o.right - w, w };
  }
  const room = { w: (classification ? classification.x - GAP : o.right) - o.left, h: o.height };
  const fits = (text: string) =>
    fitText(text, room, { face: o.face, max: Math.max(7, o.max ?? 9), min: 7, maxLines: 1 });
  const place = (text: string, size: number): FooterLine => ({ text, size, x: o.left, w: room.w });
  const marking = classification ? { classification } : {};
  const full = o.footer(o.organization, o.program);
  const first = fits(full);
  if (!first.truncated) return { footer: place(full, first.fontSize), ...marking };
  const beside = classification ? ' to leave room for the classification marking' : '';
  // The program's name first, as long as it fits; then the organization's, the program's reduced to "…".
  const program = o.program === undefined ? undefined : longest(o.program, (p) => o.footer(o.organization, p), fits);
  if (program && program.n > 0)
    return {
      footer: place(program.text, program.size),
      ...marking,
      shortened: `the program's name is shortened in the footer${beside}`,
    };
  const organization = longest(o.organization, (org) => o.footer(org, o.program === undefined ? undefined : '…'), fits);
  if (organization)
    return {
      footer: place(organization.text, organization.size),
      ...marking,
      shortened: `the organization's ${o.program === undefined ? '' : "and the program's "}name${o.program === undefined ? ' is' : 's are'} shortened in the footer${beside}`,
    };
  const bare = fits(least);
  return {
    footer: place(bare.text, bare.fontSize),
    ...marking,
    shortened: "the footer is too long for its line even without the organization's name, so it was cut",
  };
}
