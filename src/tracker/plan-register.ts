import { problem, type Problem } from '../problems/problem.js';
import type { TrackerLook } from './columns.js';
import { editedRecord, type FieldValue, idFromTitle, type RecordEdit } from './edits.js';
import { parseChoice, parseDate, parseRating, type Parsed } from './parse-values.js';
import { addressOf, type ReadBook, type ReadCell, type ReadRow, type ReadSheet } from './read-workbook.js';
import { choicesOf, type Register, type RegisterColumn } from './registers.js';

export interface RegisterContext {
  read: ReadSheet;
  register: Register;
  /** The records as the file holds them (validated), by id. */
  records: Record<string, Record<string, unknown>>;
  book: ReadBook;
  look: TrackerLook;
}

interface Out {
  edits: RecordEdit[];
  problems: Problem[];
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const where = (c: RegisterContext, address: string) => ({ file: `${c.read.name}!${address}` });

/** The rows of a register sheet against the records it was exported with: an edit per row that changed. */
export function planRegister(c: RegisterContext): Out {
  const out: Out = { edits: [], problems: [] };
  const titles = new Map(Object.entries(c.records).map(([id, r]) => [text(r.title).toLowerCase(), id]));
  const taken = new Set(Object.keys(c.records));
  const seen = new Map<string, number>();
  for (const row of c.read.rows) {
    const idCell = row.cells.id;
    const titled = titles.get(text(row.cells.title?.value).toLowerCase());
    const id = idCell ? text(idCell.value) : titled && !seen.has(titled) ? titled : undefined;
    if (idCell && (!id || !(id in c.records))) {
      out.problems.push(
        problem('tracker-cell', `"${text(idCell.value)}" is not the Id of a ${c.register.noun} on this sheet`, {
          hint: `leave the Id column as exported; for a new ${c.register.noun}, leave its Id empty`,
          location: where(c, idCell.address),
        }),
      );
      continue;
    }
    if (id && seen.has(id)) {
      out.problems.push(
        problem('tracker-cell', `${c.register.noun} ${id} is on two rows (${seen.get(id)} and ${row.number})`, {
          hint: `keep one row per ${c.register.noun}`,
          location: where(c, addressOf(c.read, row.number, 'id', c.register.columns)),
        }),
      );
      continue;
    }
    const newId = id ?? idFromTitle(text(row.cells.title?.value) || c.register.noun, taken);
    taken.add(newId);
    seen.set(newId, row.number);
    const edit = rowEdit(c, row, newId, id ? (c.records[id] ?? {}) : undefined, out.problems);
    if (Object.keys(edit.fields).length > 0) out.edits.push(edit);
  }
  for (const id of Object.keys(c.records).filter((x) => !seen.has(x)))
    out.problems.push(
      problem('tracker-row-missing', `the row of ${c.register.noun} ${id} is missing; the ${c.register.noun} is kept`, {
        severity: 'warning',
        hint: `a row deleted in the workbook never deletes data: remove the ${c.register.noun} in ${c.register.file} if it should go`,
        location: { file: c.read.name },
      }),
    );
  out.problems.push(...checkRecords(c.register, out.edits));
  return out;
}

/** A row's fields that differ from the record (every field of a new row); an empty cell clears an optional field. */
function rowEdit(
  c: RegisterContext,
  row: ReadRow,
  id: string,
  before: Record<string, unknown> | undefined,
  problems: Problem[],
): RecordEdit {
  const fields: RecordEdit['fields'] = {};
  const cells: RecordEdit['cells'] = {};
  for (const col of c.register.columns) {
    if (col.key === 'id') continue;
    cells[col.key] = `${c.read.name}!${addressOf(c.read, row.number, col.key, c.register.columns)}`;
    if (!c.read.found.has(col.key)) continue;
    const was = before?.[col.key];
    const cell = row.cells[col.key];
    if (!cell) {
      if (col.required)
        problems.push(
          problem('tracker-cell', `the ${col.header} of ${c.register.noun} ${id} is empty`, {
            hint: `a ${c.register.noun} needs its ${col.header}`,
            location: { file: cells[col.key] ?? c.read.name },
          }),
        );
      else if (was !== undefined && !(Array.isArray(was) && was.length === 0)) fields[col.key] = undefined;
      continue;
    }
    const p = parseCell(c, col, cell);
    if (!p.ok) problems.push(problem('tracker-cell', p.why, { hint: hintOf(col), location: where(c, cell.address) }));
    else if (JSON.stringify(p.value) !== JSON.stringify(was)) fields[col.key] = p.value;
  }
  return {
    register: c.register.mark,
    id,
    create: before === undefined,
    fields,
    row: `${c.read.name}!${row.number}`,
    before: before ?? {},
    cells,
  };
}

function parseCell(c: RegisterContext, col: RegisterColumn, cell: ReadCell): Parsed<FieldValue> {
  const what = col.header.toLowerCase();
  if (col.kind === 'date') return parseDate(cell.value, c.look.locale, c.book.date1904);
  if (col.kind === 'rating') return parseRating(cell.value, choicesOf(col, c.look), what);
  if (col.kind === 'choice') return parseChoice(cell.value, choicesOf(col, c.look), what);
  const s = text(cell.value).replace(/\r\n/g, '\n');
  if (col.kind === 'list')
    return {
      ok: true,
      value: s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
  return { ok: true, value: s };
}

function hintOf(col: RegisterColumn): string {
  if (col.kind === 'date') return 'enter a date (the cell is formatted as one), or YYYY-MM-DD';
  if (col.kind === 'rating' || col.kind === 'choice') return `choose the ${col.header.toLowerCase()} in the drop-down`;
  return 'correct the cell';
}

/** validate's rules on each record the workbook changes, before anything is written, at the cell to correct. */
function checkRecords(register: Register, edits: readonly RecordEdit[]): Problem[] {
  const problems: Problem[] = [];
  for (const edit of edits) {
    const result = register.schema.safeParse({ [register.section]: { [edit.id]: editedRecord(edit) } });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = String(issue.path[2] ?? 'title');
      const params = (issue as { params?: { hint?: string } }).params;
      problems.push(
        problem('tracker-cell', `${register.noun} ${edit.id}: ${field} ${issue.message}`, {
          hint: params?.hint ?? 'correct the cell',
          location: { file: edit.cells[field] ?? edit.row },
        }),
      );
    }
  }
  return problems;
}
