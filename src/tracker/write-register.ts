import type ExcelJS from 'exceljs';
import { excelDate, type CellValue } from './cell-values.js';
import { columnLetter, SPARE_ROWS, type TrackerLook } from './columns.js';
import { choicesOf, type Register, type RegisterColumn } from './registers.js';
import { addTrackerSheet, protectSheet, type WithValidations } from './write-sheet.js';

/** A rating as the cell shows it: the number and the template's word (`4 - Likely`). */
export function ratingText(n: number, words: Record<string, string>): string {
  const word = words[String(n)];
  return word ? `${n} - ${word}` : String(n);
}

/** What a register cell shows, from the record as the file holds it: an absent optional field is an empty cell. */
export function registerCell(
  id: string,
  record: Record<string, unknown>,
  column: RegisterColumn,
  look: TrackerLook,
): CellValue {
  if (column.key === 'id') return id;
  const v = record[column.key];
  if (v === undefined || v === null) return null;
  if (column.kind === 'date') return excelDate(String(v));
  if (column.kind === 'rating') return ratingText(Number(v), choicesOf(column, look));
  if (column.kind === 'choice') return choicesOf(column, look)[String(v)] ?? String(v);
  if (column.kind === 'list') return (v as string[]).join('\n') || null;
  return String(v);
}

/** The drop-down of a closed set, in the template's wording. */
function addChoices(ws: ExcelJS.Worksheet, range: string, column: RegisterColumn, look: TrackerLook): void {
  const words = choicesOf(column, look);
  const labels = Object.entries(words).map(([k, w]) => (column.kind === 'rating' ? ratingText(Number(k), words) : w));
  if (labels.length === 0) return;
  (ws as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: !column.required,
    formulae: [`"${labels.map((l) => l.replace(/"/g, '""')).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: column.header,
    error: `Use one of: ${labels.join(', ')}`,
  });
}

/** A register sheet (Risks, Decisions): a row per record, the Id locked, drop-downs for the closed sets. */
export function writeRegisterSheet(
  book: ExcelJS.Workbook,
  register: Register,
  records: Record<string, Record<string, unknown>>,
  look: TrackerLook,
): void {
  const cols = register.columns;
  const ids = Object.keys(records);
  const values = ids.map((id) => cols.map((c) => registerCell(id, records[id] ?? {}, c, look)));
  const ws = addTrackerSheet(
    book,
    register,
    cols.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: {
        protection: { locked: c.key === 'id' },
        ...(c.kind === 'date' ? { numFmt: look.dateFormat } : {}),
        alignment: { vertical: 'top' as const, wrapText: Boolean(c.wrap) },
      },
    })),
    values,
  );
  const idColumn = cols.findIndex((c) => c.key === 'id') + 1;
  for (const v of values) ws.addRow(v).getCell(idColumn).protection = { locked: true };
  const last = ids.length + 1 + SPARE_ROWS;
  cols.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (c.kind === 'choice' || c.kind === 'rating') addChoices(ws, `${letter}2:${letter}${last}`, c, look);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ids.length + 1, column: cols.length } };
  ws.getColumn(cols.length + 1).hidden = true;
  protectSheet(ws);
}
