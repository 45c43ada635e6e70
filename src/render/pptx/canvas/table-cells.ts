import { wrapText } from '../../text-fit.js';
import { isRtl } from '../../bidi.js';
import { stripForXml as clean } from '../../../schema/characters.js';
import type { Theme } from '../../../schema/template.js';
import { alignIn, MIRRORED, roundInch, type Box, type Frame } from '../geometry.js';
import type { TableCellProps, TableRow } from '../pptxgen.js';
import type { DeckFonts } from './text-style.js';

/** A table on a slide: its cells as pptxgenjs is given them, and the table's options. */

/** A table cell's left and right margins (5 pt each, see tableOptions()). */
export const CELL_PAD_W = 10 / 72;

/** A table's sizes as designed: column widths and row heights on the design grid, the text size. */
export interface TableDesign {
  colW: number[];
  fontSize: number;
  rowH?: number | number[];
}

/** The design's widths and heights through a frame, the text size no smaller than `sz` makes it. */
export function framedTable(designed: TableDesign, frame: Frame, sz: (n: number) => number): TableDesign {
  const { sx, sy } = frame;
  return {
    ...designed,
    fontSize: sz(designed.fontSize),
    colW: designed.colW.map((w) => w * sx),
    ...(designed.rowH !== undefined
      ? { rowH: Array.isArray(designed.rowH) ? designed.rowH.map((h) => h * sy) : designed.rowH * sy }
      : {}),
  };
}

/**
 * A table drawn right to left: each row's cells and the column widths in
 * reverse (spanned cells stay spanned), each cell aligned to the other side
 * and its left and right borders swapped.
 */
export function mirroredTable(rows: TableRow[], options: TableDesign): [TableRow[], TableDesign] {
  const cell = (c: TableRow[number]): TableRow[number] => {
    const o = c.options ?? {};
    const border = Array.isArray(o.border) ? { border: [o.border[0], o.border[3], o.border[2], o.border[1]] } : {};
    return { ...c, options: { ...o, ...border, align: alignIn(MIRRORED, o.align) } as TableCellProps };
  };
  return [rows.map((row) => [...row].reverse().map(cell)), { ...options, colW: [...options.colW].reverse() }];
}

/** A table cell with its own sizes, and its runs', no smaller than `sz` makes them. */
function sizedCell(cell: TableRow[number], sz: (n: number) => number): TableRow[number] {
  const size = (n: number | undefined) => (n === undefined ? {} : { fontSize: sz(n) });
  return {
    ...cell,
    ...(cell.options ? { options: { ...cell.options, ...size(cell.options.fontSize) } } : {}),
    ...(Array.isArray(cell.text)
      ? {
          text: cell.text.map((run) =>
            run.options ? { ...run, options: { ...run.options, ...size(run.options.fontSize) } } : run,
          ),
        }
      : {}),
  };
}

/** A cell whose text starts right-to-left, marked so (and aligned right unless the theme keeps left). */
function rtlCell(cell: TableRow[number], text: NonNullable<TableRow[number]['text']>, rtlRight: boolean) {
  const align = (cell.options?.align ?? 'left') === 'left' && rtlRight ? { align: 'right' as const } : {};
  return {
    ...cell,
    text:
      typeof text === 'string'
        ? text
        : text.map((r) => ({ ...r, options: { ...r.options, rtlMode: true } as unknown as TableCellProps })),
    // pptxgenjs reads rtlMode on a cell's options too, though its types leave it out.
    options: { ...cell.options, ...align, rtlMode: true } as unknown as TableCellProps,
  };
}

/**
 * A table's cells as drawn: each cell's words wider than its column get
 * break marks where they were measured to break, and a cell whose text starts
 * right-to-left reads right-to-left (aligned right, unless the theme keeps
 * left or the table is mirrored: then its cells are aligned already).
 */
export function tableCells(
  rows: TableRow[],
  options: TableDesign,
  fonts: DeckFonts,
  theme: Theme,
  sz: (n: number) => number,
  mirrored = false,
): TableRow[] {
  const rtlRight = theme.rtl_align === 'right' && !mirrored;
  const sized = rows.map((row) => row.map((cell) => sizedCell(cell, sz)));
  return sized.map((row) =>
    row.map((cell, col) => {
      const width = Math.max(0.2, (options.colW[col] ?? 1) - CELL_PAD_W);
      const size = cell.options?.fontSize ?? options.fontSize;
      const bold = cell.options?.bold ?? false;
      const fit = (text: string, runSize = size, runBold = bold) =>
        wrapText(clean(text), runSize, width, { metrics: fonts.body, bold: runBold }).text;
      const text =
        typeof cell.text === 'string'
          ? fit(cell.text)
          : (cell.text ?? []).map((run) => ({
              ...run,
              text: fit(
                typeof run.text === 'string' ? run.text : '',
                run.options?.fontSize ?? size,
                run.options?.bold ?? bold,
              ),
            }));
      const plain = typeof text === 'string' ? text : text.map((r) => r.text).join('');
      if (!isRtl(plain)) return { ...cell, text };
      return rtlCell(cell, text, rtlRight);
    }),
  );
}

/** The options of a table on the slide, in the theme's body font and line colour. */
export function tableOptions(theme: Theme, box: Box, options: TableDesign) {
  return {
    x: roundInch(box.x),
    y: roundInch(box.y),
    w: roundInch(box.w),
    colW: options.colW.map(roundInch),
    fontFace: theme.fonts.body,
    fontSize: options.fontSize,
    color: theme.colors.text,
    valign: 'middle' as const,
    margin: [3, 5, 3, 5] as [number, number, number, number],
    border: { type: 'solid' as const, pt: 0.5, color: theme.colors.line },
    ...(options.rowH !== undefined ? { rowH: options.rowH } : {}),
  };
}
