import type ExcelJS from 'exceljs';
import { statusIds } from '../schema/status.js';
import { columnLetter, columns, MARK_COLUMN, MARK_PREFIX, SPARE_ROWS, type TrackerLook } from './columns.js';
import { cellValue, type CellValue } from './cell-values.js';
import type { ScenarioSheet } from './sheets.js';

const HEADER_FILL = 'FFD9E1F2';

/** The width a column needs for its values, within its bounds. */
function fitWidth(values: readonly CellValue[], header: string, [min, max]: [number, number]): number {
  const longest = Math.max(
    header.length,
    ...values.map((v) => (typeof v === 'string' ? Math.max(...v.split('\n').map((l) => l.length)) : 10)),
  );
  return Math.min(max, Math.max(min, longest + 2));
}

const LINE_HEIGHT = 15;
const MAX_LINES = 8;

/**
 * The height of a row whose wrapped cells (Notes, Blocker) need several lines:
 * spreadsheet programs do not all fit a row to its text when they open a file.
 */
function rowHeight(values: readonly CellValue[], ws: ExcelJS.Worksheet): number {
  let lines = 1;
  columns.forEach((c, i) => {
    const v = values[i];
    if ((c.key !== 'notes' && c.key !== 'blockers') || typeof v !== 'string') return;
    const width = Math.max(1, (ws.getColumn(i + 1).width ?? c.width[1]) - 2);
    const needed = v.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / (width * 1.15))), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(lines, MAX_LINES) * LINE_HEIGHT;
}

/** A scenario sheet: the header, a row per objective, the validation, colours and protection. */
export function writeScenarioSheet(book: ExcelJS.Workbook, sheet: ScenarioSheet, look: TrackerLook): void {
  const values = sheet.rows.map((row) => columns.map((c) => cellValue(row, c.key, look)));
  const cols = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: {
      protection: { locked: c.key === 'id' },
      ...(c.date ? { numFmt: look.dateFormat } : {}),
      ...(c.key === 'percent' || c.key === 'stage' ? { numFmt: '0' } : {}),
      alignment: {
        vertical: 'top' as const,
        wrapText: c.key === 'notes' || c.key === 'blockers',
        ...(c.key === 'stage' ? { horizontal: 'center' as const } : {}),
      },
    },
  }));
  const ws = addTrackerSheet(book, sheet, cols, values);
  sheet.rows.forEach((row, r) => {
    const added = ws.addRow(values[r] ?? []);
    columns.forEach((c, i) => {
      if (c.catalog && (!row.custom || c.key === 'includes' || c.key === 'id'))
        added.getCell(i + 1).protection = { locked: true };
    });
    added.height = rowHeight(values[r] ?? [], ws);
  });
  const last = sheet.rows.length + 1 + SPARE_ROWS;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows.length + 1, column: columns.length } };
  addStatusRules(ws, `${statusColumn()}2:${statusColumn()}${last}`, look);
  ws.getColumn(MARK_COLUMN).hidden = true;
  protectSheet(ws);
}

/** A column of a sheet: its header, its key, its bounds of width and the style of its cells. */
export interface SheetColumn {
  header: string;
  key: string;
  width: [number, number];
  style: Partial<ExcelJS.Style>;
}

/**
 * A sheet of the tracker, its header row frozen and styled: a column each, as
 * wide as its values need within its bounds, then the hidden column whose
 * header marks the sheet (so it is recognised when read back). The rows are
 * the caller's.
 */
export function addTrackerSheet(
  book: ExcelJS.Workbook,
  sheet: { name: string; mark: string },
  cols: readonly SheetColumn[],
  values: readonly (readonly CellValue[])[],
): ExcelJS.Worksheet {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = [
    ...cols.map((c, i) => ({
      header: c.header,
      key: c.key,
      width: fitWidth(
        values.map((v) => v[i] ?? null),
        c.header,
        c.width,
      ),
      style: c.style,
    })),
    { header: `${MARK_PREFIX}${sheet.mark}`, key: 'mark', width: 4, hidden: true },
  ];
  styleHeader(ws);
  return ws;
}

/** The header row: bold, filled, locked. */
export function styleHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.protection = { locked: true };
  });
}

/** Protection without a password: the locked cells stay, rows can be added, sorted and filtered. */
export function protectSheet(ws: ExcelJS.Worksheet): void {
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}

function statusColumn(): string {
  return columnLetter(columns.findIndex((c) => c.key === 'status') + 1);
}

/** The status drop-down, and a fill per status that follows the cell when the status changes. */
function addStatusRules(ws: ExcelJS.Worksheet, range: string, look: TrackerLook): void {
  const labels = statusIds.map((s) => look.statusLabels[s]);
  (ws as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${labels.map((l) => l.replace(/"/g, '""')).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Status',
    error: `Use one of: ${labels.join(', ')}`,
  });
  const first = range.split(':')[0] ?? 'E2';
  ws.addConditionalFormatting({
    ref: range,
    rules: statusIds.map((s, i) => ({
      type: 'expression' as const,
      priority: i + 1,
      formulae: [`TRIM($${first})="${look.statusLabels[s].replace(/"/g, '""')}"`],
      style: {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: `FF${look.statusColors[s]}` } },
        font: { color: { argb: contrastText(look.statusColors[s]) } },
      },
    })),
  });
}

/** exceljs keeps a sheet's validations by range at run time; its types name only the cell's. */
export interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** White or black text, whichever reads on the fill. */
function contrastText(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const l = 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
  return l > 0.4 ? 'FF000000' : 'FFFFFFFF';
}
