import { CARLITO_BOLD, CARLITO_REGULAR, FIRST_CODE_POINT, LAST_CODE_POINT } from './font-metrics.js';

/**
 * Text measurement without a font engine: Carlito's advance widths (the metrics
 * of Calibri) for Latin text, estimates for other scripts, plus a small margin so
 * estimates err towards "does not fit". Good enough to choose a size, wrap, and
 * know when to give.
 */
const SAFETY = 1.04;

function decode(table: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < table.length; i += 2) out.push(parseInt(table.slice(i, i + 2), 36) / 1000);
  return out;
}
const REGULAR = decode(CARLITO_REGULAR);
const BOLD = decode(CARLITO_BOLD);

export function charWidthEm(ch: string, bold = false): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= FIRST_CODE_POINT && cp <= LAST_CODE_POINT) return (bold ? BOLD : REGULAR)[cp - FIRST_CODE_POINT] ?? 0.5;
  if (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60))
  )
    return 1.0;
  if (cp >= 0x1f000) return 1.1;
  if (cp < FIRST_CODE_POINT || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d) return 0;
  return 0.55;
}

/** Width of a single line of text, in inches. */
export function textWidthIn(text: string, fontSizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch, bold);
  return (em * fontSizePt * SAFETY) / 72;
}

/** Greedy word wrap into lines no wider than `widthIn`; a word longer than a line is split. */
export function wrap(text: string, fontSizePt: number, widthIn: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidthIn(candidate, fontSizePt, bold) <= widthIn) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (textWidthIn(line, fontSizePt, bold) > widthIn && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidthIn(line.slice(0, cut), fontSizePt, bold) > widthIn) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Height in inches of `lines` lines at a size (single spacing of Calibri and Carlito is 1.22 × the size). */
export function linesHeightIn(lines: number, fontSizePt: number, spacing = 1.22): number {
  return (lines * fontSizePt * spacing) / 72;
}

export interface Fit {
  fontSize: number;
  lines: string[];
  /** The text to place: the original when it fits, else the part that fits (paragraphs kept) ending in an ellipsis. */
  text: string;
  /** The size had to go below the preferred one. */
  shrunk: boolean;
  /** Even the smallest size did not fit; `lines` is cut to what fits, ending with an ellipsis. */
  truncated: boolean;
}

/** The largest size from `max` down to `min` at which the text fits the box; cut with … if none does. */
export function fitText(
  text: string,
  box: { w: number; h: number },
  sizes: { max: number; min: number; bold?: boolean; maxLines?: number; paragraphGapPt?: number; indentIn?: number },
): Fit {
  const inner = box.w - 0.1 - (sizes.indentIn ?? 0); // PowerPoint's default left and right insets (0.05 in each)
  const gaps = ((text.split('\n').length - 1) * (sizes.paragraphGapPt ?? 0)) / 72;
  for (let size = sizes.max; size >= sizes.min; size -= 1) {
    const lines = wrap(text, size, inner, sizes.bold);
    if (linesHeightIn(lines.length, size) + gaps <= box.h && lines.length <= (sizes.maxLines ?? Infinity)) {
      return { fontSize: size, lines, text, shrunk: size < sizes.max, truncated: false };
    }
  }
  const size = sizes.min;
  let room = Math.max(1, Math.min(sizes.maxLines ?? Infinity, Math.floor((box.h - gaps) / linesHeightIn(1, size))));
  const paragraphs: string[][] = [];
  for (const paragraph of text.split('\n')) {
    if (room === 0) break;
    const lines = wrap(paragraph, size, inner, sizes.bold).slice(0, room);
    room -= lines.length;
    paragraphs.push(lines);
  }
  const lastParagraph = paragraphs[paragraphs.length - 1] ?? [''];
  let last = `${lastParagraph[lastParagraph.length - 1] ?? ''}…`;
  while (textWidthIn(last, size, sizes.bold) > inner && last.length > 1) last = `${last.slice(0, -2)}…`;
  lastParagraph[lastParagraph.length - 1] = last;
  return {
    fontSize: size,
    lines: paragraphs.flat(),
    text: paragraphs.map((p) => p.join(' ')).join('\n'),
    shrunk: true,
    truncated: true,
  };
}
