import ExcelJS from 'exceljs';
import { columnLetter, columns, MARK_PREFIX } from './columns.js';
import { kpiSheet, registers } from './registers.js';

/** What a cell holds once read: its shown value, whatever program saved it. */
export type ReadValue = string | number | boolean | Date | null;

export interface ReadCell {
  value: ReadValue;
  /** A1 address, for the location of a problem. */
  address: string;
}

export interface ReadRow {
  /** The sheet's row number. */
  number: number;
  /** By column key: a scenario sheet's ColumnKey, a register's field. */
  cells: Partial<Record<string, ReadCell>>;
}

export interface ReadSheet {
  name: string;
  /** The hidden mark of an exported sheet, without its prefix. */
  mark?: string;
  /** The columns found by their header, and their letters. */
  found: Set<string>;
  letters: Partial<Record<string, string>>;
  rows: ReadRow[];
}

export interface ReadBook {
  sheets: ReadSheet[];
  date1904: boolean;
}

/** A cell's value as people see it: rich text as its text, a formula as its result, a link as its text. */
export function plainValue(v: ExcelJS.CellValue): ReadValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return plainValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

const keysOf = (cols: readonly { header: string; key: string }[]) =>
  new Map(cols.map((c) => [normalHeader(c.header), c.key]));
const scenarioKeys = keysOf(columns);
const registerKeys = new Map([...registers, kpiSheet].map((r) => [r.mark, keysOf(r.columns)]));
const registerByName = new Map([...registers, kpiSheet].map((r) => [r.name.toLowerCase(), r.mark]));

/** The header row's hidden mark, if any. */
function markOf(ws: ExcelJS.Worksheet): string | undefined {
  let mark: string | undefined;
  ws.getRow(1).eachCell((cell) => {
    const v = plainValue(cell.value);
    if (typeof v === 'string' && v.startsWith(MARK_PREFIX)) mark = v.slice(MARK_PREFIX.length).trim();
  });
  return mark;
}

function normalHeader(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function readSheet(ws: ExcelJS.Worksheet): ReadSheet {
  const byColumn = new Map<number, string>();
  const mark = markOf(ws);
  // A register sheet's columns by its mark, else by its name; any other sheet's as a scenario sheet's.
  const headerKey = registerKeys.get(mark ?? registerByName.get(ws.name.trim().toLowerCase()) ?? '') ?? scenarioKeys;
  ws.getRow(1).eachCell((cell, col) => {
    const v = plainValue(cell.value);
    if (typeof v !== 'string') return;
    const key = headerKey.get(normalHeader(v));
    if (key && ![...byColumn.values()].includes(key)) byColumn.set(col, key);
  });
  const rows: ReadRow[] = [];
  ws.eachRow((row, number) => {
    if (number === 1) return;
    const cells: ReadRow['cells'] = {};
    for (const [col, key] of byColumn) {
      const cell = row.getCell(col);
      const value = plainValue(cell.value);
      if (value !== null && !(typeof value === 'string' && value.trim() === ''))
        cells[key] = { value, address: cell.address };
    }
    if (Object.keys(cells).length > 0) rows.push({ number, cells });
  });
  const letters = Object.fromEntries([...byColumn].map(([col, key]) => [key, columnLetter(col)]));
  return { name: ws.name, ...(mark ? { mark } : {}), found: new Set(byColumn.values()), letters, rows };
}

/** The sheets of a workbook with the tracker's columns found by their headers (people move columns too). */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadBook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const date1904 = Boolean((book.properties as { date1904?: boolean }).date1904);
  return { sheets: book.worksheets.map(readSheet), date1904 };
}

/** The address of a column's cell in a row (the Id's column when the column was taken away), for a problem about it. */
export function addressOf(
  sheet: ReadSheet,
  row: number,
  key: string,
  cols: readonly { key: string }[] = columns,
): string {
  return `${sheet.letters[key] ?? columnLetter(cols.findIndex((c) => c.key === key) + 1)}${row}`;
}
