import type { ScenarioModel } from '../../../model/types.js';
import type { Status } from '../../../schema/status.js';
import type { Theme } from '../../../schema/template.js';
import { linesHeightIn, textWidthIn, wrap } from '../../text-fit.js';
import type { DeckWords } from '../slide-deck.js';
import type { Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { CELL_PAD_W } from '../canvas/table-cells.js';
import type { DeckFonts } from '../canvas/text-style.js';

export const STATUS_LEGEND: Status[] = [
  'not-started',
  'in-progress',
  'at-risk',
  'blocked',
  'complete',
  'not-applicable',
];

/** A person's initials for an avatar (render/initials.ts). */
export { initials } from '../../initials.js';

/** The report context's entry for a scenario (what notes and titles receive as {{scenario}}). */
export function scenarioContext(deck: Pick<DeckWords, 'ctx'>, s: ScenarioModel) {
  const found = deck.ctx.scenarios.find((x) => x.id === s.id);
  if (!found) throw new Error(`scenario ${s.id} is missing from the report context`);
  return found;
}

/** A row of small markers with labels, for legends. */
export function legend(c: SlideCanvas, items: { label: string; draw: (box: Box) => void }[], box: Box, size = 9): void {
  const face = { metrics: c.deck.fonts.body };
  // Widths measured on the slide, laid out on the design grid.
  const widthAt = (pt: number) =>
    items.map((item) => Math.max(0.4, (textWidthIn(item.label, pt, face) + 0.1) / c.frame.sx));
  const total = (widths: number[]) => widths.reduce((sum, w) => sum + 0.35 + w, -0.15);
  // Smaller, down to 7 pt (or the deck's smallest size), when the labels (long words in some languages) would run past the box.
  const floor = Math.max(7, c.deck.minText);
  size = Math.max(size, floor);
  while (size > floor && total(widthAt(size)) > box.w) size -= 0.5;
  const widths = widthAt(size);
  if (total(widths) > box.w) c.deck.warn(c, 'text-truncated', `the legend: wider than its place even at ${floor} pt`);
  let x = box.x;
  for (const [i, item] of items.entries()) {
    item.draw({ x, y: box.y + (box.h - 0.14) / 2, w: 0.14, h: 0.14 });
    const w = widths[i] ?? 0.4;
    c.text(
      item.label,
      { x: x + 0.2, y: box.y, w, h: box.h },
      { size, color: c.deck.theme.colors.muted, valign: 'middle' },
    );
    x += 0.2 + w + 0.15;
  }
}

/** The marker of an objective: a diamond whose fill, outline and dash show its status; `name` names the shape. */
export function statusMarker(
  c: SlideCanvas,
  status: Status,
  box: Box,
  theme: Theme,
  name = `Legend: ${c.deck.w.t(`status.${status}`)}`,
): void {
  const color = theme.colors.status[status];
  if (status === 'not-started')
    c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1.25, name });
  else if (status === 'not-applicable')
    c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1, dash: 'sysDot', name });
  else c.shape('diamond', box, { fill: color, line: color, lineWidth: 1, name });
}

const CELL_PAD_H = 6 / 72;

/** A cell's text for height measures: plain (lines at the table's size), or parts at their own sizes and weights. */
export type CellText = string | { text: string; size: number; bold?: boolean }[];

/**
 * Measured height of a table row: the tallest cell, each part wrapped at its
 * column width in the deck's body font; `bold` says which columns are bold
 * (all of them for a header).
 */
export function rowHeight(
  fonts: DeckFonts,
  cells: readonly CellText[],
  widths: readonly number[],
  fontSize: number,
  bold: boolean | readonly boolean[] = false,
): number {
  // Measured where the table lands (through the content frame), returned on the design grid, at the deck's smallest size or more.
  const { sx, sy } = fonts.frame;
  fontSize = Math.max(fontSize, fonts.minText);
  const heights = cells.map((cell, i) => {
    const isBold = typeof bold === 'boolean' ? bold : (bold[i] ?? false);
    const parts: Exclude<CellText, string> =
      typeof cell === 'string'
        ? cell.split('\n').map((text) => ({ text, size: fontSize }))
        : cell.map((p) => ({ ...p, size: Math.max(p.size, fonts.minText) }));
    const width = Math.max(0.2, (widths[i] ?? 1) * sx - CELL_PAD_W);
    return parts.reduce((h, p) => {
      const face = { metrics: fonts.body, bold: p.bold ?? isBold };
      return h + linesHeightIn(wrap(p.text, p.size, width, face).length, p.size, face);
    }, 0);
  });
  return (Math.max(linesHeightIn(1, fontSize, { metrics: fonts.body }), ...heights) + CELL_PAD_H) / sy;
}

/**
 * Measured heights of table rows as they will be drawn: each run of a cell
 * at its own size and weight, a run ending its line on a line of its own
 * (runs sharing a line are measured as if they did not: an overestimate).
 */
export function measureRows(
  fonts: DeckFonts,
  rows: readonly TableRow[],
  widths: readonly number[],
  fontSize: number,
): number[] {
  return rows.map((row) =>
    rowHeight(
      fonts,
      row.map((cell): CellText => {
        const size = cell.options?.fontSize ?? fontSize;
        const bold = cell.options?.bold ?? false;
        if (typeof cell.text === 'string') return [{ text: cell.text, size, bold }];
        return (cell.text ?? []).map((run) => ({
          text: typeof run.text === 'string' ? run.text : '',
          size: run.options?.fontSize ?? size,
          bold: run.options?.bold ?? bold,
        }));
      }),
      widths,
      fontSize,
    ),
  );
}

const half = (n: number) => Math.round(n * 2) / 2;

/** A table's text at `k` times its sizes (to the half point). */
export function scaleRows(rows: readonly TableRow[], k: number, fontSize: number): TableRow[] {
  return rows.map((row) =>
    row.map((cell) => {
      const size = half((cell.options?.fontSize ?? fontSize) * k);
      return {
        ...cell,
        options: { ...cell.options, fontSize: size },
        ...(Array.isArray(cell.text)
          ? {
              text: cell.text.map((run) => ({
                ...run,
                options: { ...run.options, fontSize: half((run.options?.fontSize ?? size / k) * k) },
              })),
            }
          : {}),
      };
    }),
  );
}

/** A table fitted to a height: its rows at the size they fit at, their heights, and whether they fit at all. */
export interface FittedTable {
  rows: TableRow[];
  box: Box;
  colW: number[];
  fontSize: number;
  rowH: number[];
  /** False when the rows need more height than the box even at 70 % of their size (drawn so, and reported). */
  fits: boolean;
  /** What the table is, in a warning. */
  what: string;
}

/**
 * A table that must fit a height (box.h, on the design grid): rows measured,
 * each at least `minRowH`; when they do not fit, every size shrinks a step at
 * a time, down to 70 %; past that it is drawn smallest and reported.
 */
export function fitRows(
  fonts: DeckFonts,
  rows: readonly TableRow[],
  box: Box,
  options: { colW: number[]; fontSize: number; minRowH?: readonly number[]; what: string },
): FittedTable {
  const steps = [1, 0.92, 0.85, 0.78, 0.7];
  let drawn = { rows: [...rows], rowH: [] as number[], k: 1 };
  for (const k of steps) {
    const scaled = k === 1 ? [...rows] : scaleRows(rows, k, options.fontSize);
    const rowH = measureRows(fonts, scaled, options.colW, options.fontSize * k).map((h, i) =>
      Math.max(h, options.minRowH?.[i] ?? 0),
    );
    drawn = { rows: scaled, rowH, k };
    if (rowH.reduce((a, b) => a + b, 0) <= box.h) break;
  }
  return {
    rows: drawn.rows,
    box,
    colW: options.colW,
    fontSize: half(options.fontSize * drawn.k),
    rowH: drawn.rowH,
    fits: drawn.rowH.reduce((a, b) => a + b, 0) <= box.h,
    what: options.what,
  };
}

/** Draws a fitted table, reporting one that does not fit. */
export function drawFitted(c: SlideCanvas, t: FittedTable): void {
  if (!t.fits)
    c.deck.warn(c, 'text-truncated', `${t.what}: needs more height than the slide has even at 70 % of its size`);
  c.table(t.rows, { ...t.box, h: 0 }, { colW: t.colW, fontSize: t.fontSize, rowH: t.rowH });
}

/** A table fitted to a height and drawn (see fitRows). */
export function fitTable(
  c: SlideCanvas,
  rows: readonly TableRow[],
  box: Box,
  options: { colW: number[]; fontSize: number; minRowH?: readonly number[]; what: string },
): void {
  drawFitted(c, fitRows(c.deck.fonts, rows, box, options));
}

/** Measured height of a header row (bold, at the table's size), at least `min`. */
export function headerHeight(
  fonts: DeckFonts,
  headers: readonly string[],
  widths: readonly number[],
  fontSize: number,
  min = 0.3,
): number {
  return Math.max(min, rowHeight(fonts, headers, widths, fontSize, true));
}

/**
 * Splits table rows into pages that fit `height` (the header repeats on each
 * page), as few pages as fit and the rows spread evenly over them: the
 * tallest page is as short as it can be, so no page is left with a row or
 * two. Returns the row indexes of each page. A row taller than a page gets a
 * page of its own (the caller warns).
 */
export function paginate(heights: readonly number[], headerHeight: number, height: number): number[][] {
  const room = height - headerHeight;
  const greedy = (capacity: number) => {
    const pages: number[][] = [];
    let page: number[] = [];
    let used = 0;
    heights.forEach((h, i) => {
      if (page.length > 0 && used + h > capacity) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push(i);
      used += h;
    });
    if (page.length > 0 || pages.length === 0) pages.push(page);
    return pages;
  };
  const fewest = greedy(room);
  const tallest = Math.max(...heights);
  if (fewest.length < 2 || tallest > room) return fewest;
  // The smallest capacity that still needs no more pages (bisection: page count only grows as capacity shrinks).
  let lo = tallest;
  let hi = room;
  if (greedy(lo).length <= fewest.length) return greedy(lo);
  for (let k = 0; k < 40 && hi - lo > 1e-4; k++) {
    const mid = (lo + hi) / 2;
    if (greedy(mid).length <= fewest.length) hi = mid;
    else lo = mid;
  }
  return greedy(hi);
}

/** `count` items in pages of at most `perPage`, as few pages as that takes and as evenly filled (10 by 9: 5 + 5). */
export function spread<T>(items: readonly T[], perPage: number): T[][] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const out: T[][] = [];
  let at = 0;
  for (let p = 0; p < pages; p++) {
    const take = Math.ceil((items.length - at) / (pages - p));
    out.push(items.slice(at, at + take));
    at += take;
  }
  return out;
}

export function headerRow(
  columns: readonly { header: string; align?: 'left' | 'center' | 'right' }[],
  theme: Theme,
): TableRow {
  return columns.map((col) => ({
    text: col.header,
    options: {
      bold: true,
      color: theme.colors.on_accent,
      fill: { color: theme.colors.accent },
      align: col.align ?? 'left',
    },
  }));
}

/** What a page of a continued table holds, for its notes. */
export function pageInfo(indexes: readonly number[], pages: number, page: number, total: number) {
  return { page: page + 1, pages, first: (indexes[0] ?? 0) + 1, last: (indexes[indexes.length - 1] ?? 0) + 1, total };
}
