/** A field of an objective that the tracker edits, in the order scenario files write them. */
export const fieldOrder = [
  'title',
  'stage',
  'track',
  'status',
  'percent',
  'owner',
  'started',
  'due',
  'completed',
  'reason',
  'blockers',
  'notes',
  'evidence',
  'areas',
] as const;

export type Field = (typeof fieldOrder)[number];
export type FieldValue = string | number | string[];

/** What the workbook changes about one objective of a scenario file. */
export interface ObjectiveEdit {
  scenarioId: string;
  id: string;
  /** Under custom_objectives: (else under objectives:). */
  custom: boolean;
  /** Not in the file yet: a new row, or a catalog objective the file does not list. */
  create: boolean;
  /** New values, and fields to remove (undefined). */
  fields: Partial<Record<Field, FieldValue | undefined>>;
  /** Where the row is, for the report: `Sheet!row`. */
  row: string;
  /** The record before the edit (a custom objective's with its title and stage). */
  before: Record<string, unknown>;
  /** The cell of each field on the row (`Sheet!E12`), to locate what validation finds. */
  cells: Partial<Record<Field, string>>;
}

/** The record an objective will have once the edit is made. */
export function editedRecord(edit: Pick<ObjectiveEdit, 'before' | 'fields'> | RecordEdit): Record<string, unknown> {
  const out: Record<string, unknown> = { ...edit.before };
  for (const [k, v] of Object.entries(edit.fields)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** An id made from a title, for an objective people add: lower case words joined by hyphens, not one already used. */
export function idFromTitle(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'objective';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** What the workbook changes about one record of a register (a risk, a decision). */
export interface RecordEdit {
  /** The register's mark (risks, decisions). */
  register: string;
  id: string;
  /** A new row: the record is added. */
  create: boolean;
  /** New values, and fields to remove (undefined). */
  fields: Record<string, FieldValue | undefined>;
  /** Where the row is, for the report: `Sheet!row`. */
  row: string;
  before: Record<string, unknown>;
  /** The cell of each field on the row, to locate what validation finds. */
  cells: Record<string, string>;
}
