import { textWidthEm, type FontMetrics } from './fonts/index.js';
import { graphemes, pieces } from './line-break.js';

/**
 * Text layout by measurement: the template's font's advance widths
 * (render/fonts), greedy line breaking the way PowerPoint and LibreOffice do
 * it, and the largest size at which a text fits its box.
 */

/** A font in a weight: what a piece of text is measured in. */
export interface Face {
  readonly metrics: FontMetrics;
  readonly bold?: boolean;
}

/**
 * Measured widths are scaled up a little so estimates err towards "does not
 * fit": clients round glyph positions to their own grids, and a line that fits
 * by a hair in one wraps in another.
 */
const SAFETY = 1.03;
/** Inserted where a word wider than its line is broken, so every client breaks it where it was measured. */
export const BREAK = '\u200B';

/** Time spent laying out text, for npm run bench: counted only while `on`. */
export const layoutClock = { on: false, ms: 0 };

function em(text: string, face: Face): number {
  return textWidthEm(text, face.bold ? face.metrics.bold : face.metrics.regular);
}

/** Width of a single line of text, in inches. */
export function textWidthIn(text: string, sizePt: number, face: Face): number {
  const started = layoutClock.on ? performance.now() : 0;
  const width = (em(text, face) * sizePt * SAFETY) / 72;
  if (layoutClock.on) layoutClock.ms += performance.now() - started;
  return width;
}

/** Height in inches of `lines` lines at a size: the font's single spacing times `spacing` (a line spacing multiple). */
export function linesHeightIn(lines: number, sizePt: number, face: Face, spacing = 1): number {
  return (lines * sizePt * face.metrics.lineEm * spacing) / 72;
}

export interface Wrapped {
  lines: string[];
  /** The text to place: the words as written, with a break mark where a word wider than a line was broken. */
  text: string;
  /** A word had to be broken where nothing allows it (inside a word, not after / - . or next to a CJK character). */
  broken: boolean;
}

/** One paragraph laid out greedily in lines of at most `cap` em. */
class LineBuilder {
  readonly lines: string[] = [];
  private line = '';
  private lineEm = 0;
  broken = false;

  constructor(
    private readonly face: Face,
    private readonly cap: number,
    private readonly spaceEm: number,
  ) {}

  /** Appends `text` of width `width` to the line (after a space when `spaced`), or starts a new line with it. */
  private put(text: string, width: number, spaced: boolean): void {
    if (this.line && !this.fits(width, spaced)) this.newLine();
    const glue = spaced && this.line ? this.spaceEm : 0;
    this.line += (glue ? ' ' : '') + text;
    this.lineEm += glue + width;
  }

  private fits(width: number, spaced: boolean): boolean {
    return this.lineEm + (spaced && this.line ? this.spaceEm : 0) + width <= this.cap;
  }

  private newLine(): void {
    this.lines.push(this.line);
    this.line = '';
    this.lineEm = 0;
  }

  /** Places a word; returns it as it is to be written (with break marks when it had to be broken). */
  word(word: string): string {
    const width = em(word, this.face);
    if (width <= this.cap) {
      this.put(word, width, true);
      return word;
    }
    // Wider than a line: break at the allowed points, filling the current line first, as a client does.
    let written = '';
    pieces(word).forEach((piece, j) => {
      const spaced = j === 0;
      const w = em(piece.text, this.face);
      const mark = j > 0 && !piece.native ? BREAK : '';
      if (w <= this.cap) {
        this.put(piece.text, w, spaced);
        written += mark + piece.text;
        return;
      }
      // A piece wider than a line: break it between graphemes, marking where.
      if (this.line) this.newLine();
      written += mark;
      for (const g of graphemes(piece.text)) {
        const gw = em(g, this.face);
        if (this.line && !this.fits(gw, false)) {
          this.broken = true;
          this.newLine();
          written += BREAK;
        }
        this.line += g;
        this.lineEm += gw;
        written += g;
      }
    });
    return written;
  }

  finish(): string[] {
    this.lines.push(this.line);
    return this.lines;
  }
}

/** Greedy word wrap into lines no wider than `widthIn`; a word wider than a line breaks where it may (see line-break). */
export function wrapText(text: string, sizePt: number, widthIn: number, face: Face): Wrapped {
  const started = layoutClock.on ? performance.now() : 0;
  const wrapped = wrapParagraphs(text, sizePt, widthIn, face);
  if (layoutClock.on) layoutClock.ms += performance.now() - started;
  return wrapped;
}

function wrapParagraphs(text: string, sizePt: number, widthIn: number, face: Face): Wrapped {
  const cap = (widthIn * 72) / (sizePt * SAFETY);
  const spaceEm = em(' ', face);
  const lines: string[] = [];
  const written: string[] = [];
  let broken = false;
  let marked = false;
  for (const paragraph of text.split('\n')) {
    const builder = new LineBuilder(face, cap, spaceEm);
    const words = paragraph.split(/\s+/).filter(Boolean);
    const out = words.map((w) => builder.word(w));
    marked ||= out.some((w, i) => w !== words[i]);
    broken ||= builder.broken;
    lines.push(...builder.finish());
    // Spaces around the paragraph are kept (a run may start with one).
    written.push(`${/^\s*/.exec(paragraph)?.[0] ?? ''}${out.join(' ')}${/\s*$/.exec(paragraph)?.[0] ?? ''}`);
  }
  return { lines, text: marked ? written.join('\n') : text, broken };
}

/** The lines of `text` wrapped at a width (see wrapText). */
export function wrap(text: string, sizePt: number, widthIn: number, face: Face): string[] {
  return wrapText(text, sizePt, widthIn, face).lines;
}

export interface Fit {
  fontSize: number;
  lines: string[];
  /** The text to place: the original when it fits (with break marks in words wider than a line), else the part that fits ending in an ellipsis. */
  text: string;
  /** The size had to go below the preferred one. */
  shrunk: boolean;
  /** Even the smallest size did not fit; `lines` is cut to what fits, ending with an ellipsis. */
  truncated: boolean;
  /** A word is broken inside (no smaller size allowed keeps every word whole). */
  broken: boolean;
}

export interface FitOptions {
  face: Face;
  max: number;
  min: number;
  maxLines?: number;
  /** Space after each paragraph, in points. */
  paragraphGapPt?: number;
  /** A hanging indent (bullets), in inches. */
  indentIn?: number;
  /** The line spacing multiple the text is drawn with. */
  lineSpacing?: number;
}

/** PowerPoint's default left and right insets (0.05 in each), kept even for boxes drawn without them. */
const INSETS = 0.1;

/**
 * The largest size from `max` down to `min` at which the text fits the box,
 * preferring a size at which no word is broken inside; cut with … if none fits.
 */
export function fitText(text: string, box: { w: number; h: number }, o: FitOptions): Fit {
  const inner = box.w - INSETS - (o.indentIn ?? 0);
  const gaps = ((text.split('\n').length - 1) * (o.paragraphGapPt ?? 0)) / 72;
  const height = (lines: number, size: number) => linesHeightIn(lines, size, o.face, o.lineSpacing) + gaps;
  let firstFit: Fit | undefined;
  for (let size = o.max; size >= o.min; size -= 1) {
    const wrapped = wrapText(text, size, inner, o.face);
    const n = wrapped.lines.length;
    if (height(n, size) > box.h || n > (o.maxLines ?? Infinity)) continue;
    const fit = { fontSize: size, lines: wrapped.lines, text: wrapped.text, shrunk: size < o.max, truncated: false };
    if (!wrapped.broken) return { ...fit, broken: false };
    firstFit ??= { ...fit, broken: true };
  }
  return firstFit ?? cut(text, box, o, inner, gaps);
}

/** What fits at the smallest size, paragraphs kept, the last line ending in an ellipsis. */
function cut(text: string, box: { w: number; h: number }, o: FitOptions, inner: number, gaps: number): Fit {
  const size = o.min;
  const lineH = linesHeightIn(1, size, o.face, o.lineSpacing);
  let room = Math.max(1, Math.min(o.maxLines ?? Infinity, Math.floor((box.h - gaps) / lineH)));
  const paragraphs: string[][] = [];
  let broken = false;
  for (const paragraph of text.split('\n')) {
    if (room === 0) break;
    const wrapped = wrapText(paragraph, size, inner, o.face);
    const lines = wrapped.lines.slice(0, room);
    broken ||= wrapped.broken;
    room -= lines.length;
    paragraphs.push(lines);
  }
  const normalized = text.split('\n').map((p) => p.split(/\s+/).filter(Boolean).join(' '));
  const lastParagraph = paragraphs[paragraphs.length - 1] ?? [''];
  const chars = graphemes(lastParagraph[lastParagraph.length - 1] ?? '');
  let last = `${chars.join('')}…`;
  while (textWidthIn(last, size, o.face) > inner && chars.length > 0) {
    chars.pop();
    last = `${chars.join('').trimEnd()}…`;
  }
  lastParagraph[lastParagraph.length - 1] = last;
  return {
    fontSize: size,
    lines: paragraphs.flat(),
    text: paragraphs.map((p, i) => rejoin(normalized[i] ?? '', p)).join('\n'),
    shrunk: true,
    truncated: true,
    broken,
  };
}

/** The lines of a paragraph joined again: a space where the paragraph has one, a break mark inside a word. */
function rejoin(paragraph: string, lines: readonly string[]): string {
  let out = '';
  let at = 0;
  for (const line of lines) {
    if (out) {
      const spaced = paragraph[at] === ' ';
      out += spaced ? ' ' : BREAK;
      if (spaced) at++;
    }
    out += line;
    at += line.length;
  }
  return out;
}
