import type ExcelJS from 'exceljs';
import { problem, type Problem } from '../problems/problem.js';
import type { Kpi } from '../schema/kpis.js';
import { excelDate } from './cell-values.js';
import type { TrackerLook } from './columns.js';
import type { RecordEdit } from './edits.js';
import { parseDate, type Parsed } from './parse-values.js';
import { kpiSheet } from './registers.js';
import { addressOf, type ReadBook, type ReadSheet, type ReadValue } from './read-workbook.js';
import { addTrackerSheet, protectSheet } from './write-sheet.js';

/** The KPI values sheet: the KPI and its title locked on the exported rows, the date and the value editable. */
export function writeKpiSheet(book: ExcelJS.Workbook, kpis: Record<string, Kpi>, look: TrackerLook): void {
  const values = Object.entries(kpis).flatMap(([id, k]) =>
    Object.entries(k.series).map(([date, v]) => [id, k.title, excelDate(date), v] as const),
  );
  const ws = addTrackerSheet(
    book,
    kpiSheet,
    kpiSheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: {
        protection: { locked: false },
        ...(c.key === 'date' ? { numFmt: look.dateFormat } : {}),
        alignment: { vertical: 'top' as const },
      },
    })),
    values,
  );
  for (const v of values) {
    const row = ws.addRow([...v]);
    for (const c of [1, 2]) row.getCell(c).protection = { locked: true };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: values.length + 1, column: kpiSheet.columns.length } };
  ws.getColumn(kpiSheet.columns.length + 1).hidden = true;
  protectSheet(ws);
}

/** A measure as people type it: 72.5, "72,5", "72.5 %". */
function parseValue(v: ReadValue): Parsed<number> {
  const n =
    typeof v === 'number'
      ? v
      : Number(
          String(v ?? '')
            .trim()
            .replace(/\s*%$/, '')
            .replace(',', '.'),
        );
  return Number.isFinite(n) && String(v ?? '').trim() !== ''
    ? { ok: true, value: n }
    : { ok: false, why: `"${String(v ?? '')}" is not a number` };
}

/**
 * The rows of the KPI values sheet against the series: a changed value
 * changes its point, a new KPI and date adds one; a KPI the program does not
 * have is refused; a deleted row is reported and deletes nothing.
 */
export function planKpiValues(
  read: ReadSheet,
  kpis: Record<string, Kpi>,
  book: ReadBook,
  look: TrackerLook,
): { edits: RecordEdit[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (address: string) => ({ file: `${read.name}!${address}` });
  const edits = new Map<string, RecordEdit>();
  const seen = new Map<string, number>();
  for (const row of read.rows) {
    const idCell = row.cells.id;
    const id = String(idCell?.value ?? '').trim();
    const kpi = kpis[id];
    if (!kpi) {
      problems.push(
        problem('tracker-cell', id ? `"${id}" is not a KPI of this program` : 'a row has no KPI', {
          hint: `write the id of a KPI of kpis.yaml (${Object.keys(kpis).slice(0, 5).join(', ')}...); add a new KPI in kpis.yaml`,
          location: at(idCell?.address ?? addressOf(read, row.number, 'id', kpiSheet.columns)),
        }),
      );
      continue;
    }
    const dateCell = row.cells.date;
    const valueCell = row.cells.value;
    const date = parseDate(dateCell?.value ?? null, look.locale, book.date1904);
    const value = parseValue(valueCell?.value ?? null);
    const where = (key: string, address?: string) => at(address ?? addressOf(read, row.number, key, kpiSheet.columns));
    if (!date.ok)
      problems.push(
        problem('tracker-cell', date.why, {
          hint: 'enter a date, or YYYY-MM-DD',
          location: where('date', dateCell?.address),
        }),
      );
    if (!value.ok)
      problems.push(
        problem('tracker-cell', value.why, {
          hint: 'enter the measured value as a number',
          location: where('value', valueCell?.address),
        }),
      );
    if (!date.ok || !value.ok) continue;
    const key = `${id}/${date.value}`;
    if (seen.has(key)) {
      problems.push(
        problem('tracker-cell', `${id} has two values for ${date.value} (rows ${seen.get(key)} and ${row.number})`, {
          hint: 'keep one row per KPI and date',
          location: where('date', dateCell?.address),
        }),
      );
      continue;
    }
    seen.set(key, row.number);
    if (kpi.series[date.value] === value.value) continue;
    const edit = edits.get(id) ?? {
      register: 'kpis',
      id,
      create: false,
      fields: {},
      row: `${read.name}!${row.number}`,
      before: { ...kpi.series },
      cells: {},
    };
    edit.fields[date.value] = value.value;
    edit.cells[date.value] = `${read.name}!${valueCell?.address ?? ''}`;
    edits.set(id, edit);
  }
  for (const [id, k] of Object.entries(kpis))
    for (const date of Object.keys(k.series).filter((d) => !seen.has(`${id}/${d}`)))
      problems.push(
        problem('tracker-row-missing', `the row of ${id} on ${date} is missing; the value is kept`, {
          severity: 'warning',
          hint: 'a row deleted in the workbook never deletes data: remove the value in kpis.yaml if it should go',
          location: { file: read.name },
        }),
      );
  return { edits: [...edits.values()], problems };
}
