import { problem, type Problem } from '../problems/problem.js';
import type { ColumnKey, TrackerLook } from './columns.js';
import { type Field, type FieldValue, idFromTitle, type ObjectiveEdit } from './edits.js';
import { parseDate, parseReason, parsePercent, parseStage, parseStatus, type Parsed } from './parse-values.js';
import { addressOf, type ReadBook, type ReadRow, type ReadSheet } from './read-workbook.js';
import { blockerText } from './cell-values.js';
import type { ScenarioSheet, TrackerRow } from './sheets.js';

export interface SheetContext {
  read: ReadSheet;
  sheet: ScenarioSheet;
  book: ReadBook;
  look: TrackerLook;
  /** The catalog's stage count for the scenario. */
  stages: number;
  /** Ids taken in the scenario (catalog and custom), which a new objective's id must not repeat. */
  taken: Set<string>;
}

export interface SheetPlan {
  edits: ObjectiveEdit[];
  problems: Problem[];
}

const where = (c: SheetContext, address: string) => ({ file: `${c.read.name}!${address}` });
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const lines = (v: unknown) =>
  text(v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The rows of one sheet against the objectives it was exported with: an edit per row that changed. */
export function planSheet(c: SheetContext): SheetPlan {
  const out: SheetPlan = { edits: [], problems: [] };
  const byId = new Map(c.sheet.rows.map((r) => [r.id, r]));
  const byTitle = new Map(c.sheet.rows.map((r) => [r.title.trim().toLowerCase(), r]));
  const seen = new Map<string, number>();
  for (const row of c.read.rows) {
    const idCell = row.cells.id;
    const titleText = text(row.cells.title?.value).toLowerCase();
    // A row without an Id is the objective of its title when there is one (the Id column taken away, or a
    // new row imported twice), else a new objective.
    const titled = byTitle.get(titleText);
    const target = idCell ? byId.get(text(idCell.value)) : titled && !seen.has(titled.id) ? titled : undefined;
    if (idCell && !target) {
      out.problems.push(
        problem('tracker-cell', `"${text(idCell.value)}" is not the Id of an objective on this sheet`, {
          hint: 'leave the Id column as exported; for an objective of your own, leave its Id empty',
          location: where(c, idCell.address),
        }),
      );
      continue;
    }
    if (target) {
      if (seen.has(target.id)) {
        out.problems.push(
          problem('tracker-cell', `objective ${target.id} is on two rows (${seen.get(target.id)} and ${row.number})`, {
            hint: 'keep one row per objective',
            location: where(c, addressOf(c.read, row.number, 'id')),
          }),
        );
        continue;
      }
      seen.set(target.id, row.number);
      collect(out, rowEdit(c, row, target));
    } else collect(out, newObjective(c, row));
  }
  for (const r of c.sheet.rows.filter((x) => !seen.has(x.id)))
    out.problems.push(
      problem('tracker-row-missing', `the row of ${r.id} ("${r.title}") is missing; the objective is kept as it is`, {
        severity: 'warning',
        hint: 'a row deleted in the workbook never deletes data: remove the objective in its YAML file if it should go',
        location: { file: c.read.name },
      }),
    );
  return out;
}

function collect(out: SheetPlan, r: { edit?: ObjectiveEdit; problems: Problem[] }): void {
  if (r.edit && Object.keys(r.edit.fields).length > 0) out.edits.push(r.edit);
  out.problems.push(...r.problems);
}

/** The fields of a row that differ from what was exported; an empty cell clears a field that was filled. */
function rowEdit(
  c: SheetContext,
  row: ReadRow,
  target: TrackerRow,
  isNew = false,
): { edit?: ObjectiveEdit; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields: ObjectiveEdit['fields'] = {};
  const r = target.record;
  const take = <T extends FieldValue>(
    key: ColumnKey,
    parse: (v: unknown) => Parsed<T>,
    field: Field,
    before: unknown,
  ) => {
    if (!c.read.found.has(key)) return;
    const cell = row.cells[key];
    if (!cell) {
      if (before !== undefined) fields[field] = undefined;
      return;
    }
    const p = parse(cell.value);
    if (!p.ok) problems.push(problem('tracker-cell', p.why, { hint: hintOf(key), location: where(c, cell.address) }));
    else if (JSON.stringify(p.value) !== JSON.stringify(before)) fields[field] = p.value;
  };
  const date = (v: unknown) => parseDate(v as never, c.look.locale, c.book.date1904);
  if (target.custom) {
    take('title', (v) => nonEmpty(v), 'title', target.title);
    take('stage', (v) => parseStage(v as never, c.stages), 'stage', target.stage);
  }
  take('owner', (v) => nonEmpty(v), 'owner', r.owner);
  const statusCell = row.cells.status;
  const status = statusCell ? parseStatus(statusCell.value, c.look) : undefined;
  if (c.read.found.has('status') && !statusCell && !isNew)
    problems.push(emptyStatus(c, addressOf(c.read, row.number, 'status')));
  else if (status && !status.ok)
    problems.push(
      problem('tracker-cell', status.why, { hint: hintOf('status'), location: where(c, statusCell?.address ?? '') }),
    );
  else if (status?.ok && status.value !== (r.status ?? 'not-started')) fields.status = status.value;
  take('due', date, 'due', r.due);
  take('started', date, 'started', r.started);
  take('completed', date, 'completed', r.completed);
  take('percent', (v) => parsePercent(v as never), 'percent', r.percent);
  take('notes', (v) => nonEmpty(v), 'notes', r.notes);
  blockerEdit(c, row, target, status?.ok ? status.value : undefined, fields, problems);
  const edit = {
    scenarioId: c.sheet.scenarioId,
    id: target.id,
    custom: target.custom,
    create: false,
    fields,
    row: `${c.read.name}!${row.number}`,
    cells: cellsOf(c, row.number),
    before: target.custom ? { title: target.title, stage: target.stage, ...r } : { ...r },
  };
  return { edit: { ...edit, create: !target.custom && Object.keys(r).length === 0 }, problems };
}

/** The column each field is read from. */
const fieldColumn: Partial<Record<Field, ColumnKey>> = {
  title: 'title',
  stage: 'stage',
  status: 'status',
  percent: 'percent',
  owner: 'owner',
  started: 'started',
  due: 'due',
  completed: 'completed',
  reason: 'blockers',
  blockers: 'blockers',
  notes: 'notes',
};

function cellsOf(c: SheetContext, row: number): ObjectiveEdit['cells'] {
  return Object.fromEntries(
    Object.entries(fieldColumn).map(([f, key]) => [f, `${c.read.name}!${addressOf(c.read, row, key)}`]),
  );
}

function nonEmpty(v: unknown): Parsed<string> {
  const s = text(v).replace(/\r\n/g, '\n');
  return s ? { ok: true, value: s } : { ok: false, why: 'the cell is empty' };
}

function emptyStatus(c: SheetContext, address: string): Problem {
  return problem('tracker-cell', 'the status is empty', {
    hint: hintOf('status', c.look),
    location: where(c, address),
  });
}

function hintOf(key: ColumnKey, look?: TrackerLook): string {
  if (key === 'status')
    return `choose a status in the drop-down${look ? ` (${Object.values(look.statusLabels).join(', ')})` : ''}`;
  if (key === 'due' || key === 'started' || key === 'completed')
    return 'enter a date (the cell is formatted as one), or YYYY-MM-DD';
  if (key === 'percent') return 'enter a whole number from 0 to 100 (40, or 40 %)';
  if (key === 'stage') return 'enter the stage number';
  return 'correct the cell';
}

/**
 * The Blocker / reason column: the reason of a not-applicable objective, else
 * a blocker per line. An objective that leaves not-applicable loses its reason
 * even when the cell was not changed.
 */
function blockerEdit(
  c: SheetContext,
  row: ReadRow,
  target: TrackerRow,
  status: string | undefined,
  fields: ObjectiveEdit['fields'],
  problems: Problem[],
): void {
  if (!c.read.found.has('blockers')) return;
  const r = target.record;
  const cell = row.cells.blockers;
  const now = status ?? r.status ?? 'not-started';
  const changed = lines(cell?.value).join('\n') !== lines(blockerText(r, c.look)).join('\n');
  if (now !== 'not-applicable') {
    if (r.reason !== undefined) fields.reason = undefined;
    if (!changed && r.status !== 'not-applicable') return;
    const blockers = r.status === 'not-applicable' && !changed ? [] : lines(cell?.value);
    if (JSON.stringify(blockers) !== JSON.stringify(r.blockers ?? []))
      fields.blockers = blockers.length ? blockers : undefined;
    return;
  }
  if (!changed && r.reason !== undefined) return;
  if (!cell) return;
  const reason = parseReason(cell.value, c.look);
  if (!reason.ok)
    problems.push(
      problem('tracker-cell', reason.why, {
        hint: 'write why the objective does not apply',
        location: where(c, cell.address),
      }),
    );
  else if (reason.value !== r.reason) fields.reason = reason.value;
}

/** A row without an Id: an objective of the organization's own, its id made from its title. */
function newObjective(c: SheetContext, row: ReadRow): { edit?: ObjectiveEdit; problems: Problem[] } {
  const title = nonEmpty(row.cells.title?.value);
  const at = (key: ColumnKey) => where(c, row.cells[key]?.address ?? addressOf(c.read, row.number, key));
  const problems: Problem[] = [];
  if (!title.ok)
    return {
      problems: [
        problem('tracker-cell', 'a new row has no Objective title', {
          hint: 'give the objective a title, or delete the row',
          location: at('title'),
        }),
      ],
    };
  const stage = parseStage(row.cells.stage?.value ?? null, c.stages);
  if (!stage.ok) problems.push(problem('tracker-cell', stage.why, { hint: hintOf('stage'), location: at('stage') }));
  const id = idFromTitle(title.value, c.taken);
  c.taken.add(id);
  const blank: TrackerRow = {
    id,
    custom: false,
    stage: stage.ok ? stage.value : 1,
    title: title.value,
    includes: '',
    record: {},
  };
  const rest = rowEdit(c, row, blank, true);
  const fields: ObjectiveEdit['fields'] = {
    title: title.value,
    stage: stage.ok ? stage.value : 1,
    ...(c.sheet.track ? { track: c.sheet.track } : {}),
    status: 'not-started',
    ...rest.edit?.fields,
  };
  const edit: ObjectiveEdit = {
    scenarioId: c.sheet.scenarioId,
    id,
    custom: true,
    create: true,
    fields,
    row: `${c.read.name}!${row.number}`,
    cells: cellsOf(c, row.number),
    before: {},
  };
  return { edit, problems: [...problems, ...rest.problems] };
}
