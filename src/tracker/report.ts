import type { Problem } from '../problems/problem.js';
import type { ObjectiveEdit, RecordEdit } from './edits.js';

export interface TrackerOutcome {
  changes: ObjectiveEdit[];
  /** The risks and decisions the workbook changes. */
  records?: RecordEdit[];
  /** Warnings (a deleted row) when the import went through; every problem when it did not. */
  problems: readonly Problem[];
  /** The change as a unified diff per scenario file. */
  diff?: string;
  written: boolean;
  /** The scenario files changed, as the user names them. */
  files?: string[];
}

const describe = (e: Pick<ObjectiveEdit, 'fields'> | RecordEdit) =>
  Object.entries(e.fields)
    .map(([k, v]) =>
      v === undefined
        ? `${k} cleared`
        : `${k} ${Array.isArray(v) ? v.join('; ') : typeof v === 'string' && v.includes('\n') ? JSON.stringify(v) : String(v)}`,
    )
    .join(', ');

/** What the import changed, an objective a line, then the diff. */
export function trackerReportText(o: TrackerOutcome): string {
  const records = o.records ?? [];
  if (o.changes.length === 0 && records.length === 0) return 'no change: the workbook says what the program says\n';
  const lines = [
    ...o.changes.map(
      (e) =>
        `${e.create && e.custom ? 'new custom objective' : 'objective'} ${e.scenarioId}/${e.id} (${e.row}): ${describe(e)}`,
    ),
    ...records.map(
      (e) => `${e.create ? 'new ' : ''}${e.register.replace(/s$/, '')} ${e.id} (${e.row}): ${describe(e)}`,
    ),
  ];
  const state = o.written ? `written: ${(o.files ?? []).join(', ')}` : 'nothing written (--dry-run)';
  return `${lines.join('\n')}\n${o.diff ? `\n${o.diff}` : ''}\n${state}\n`;
}

export function trackerReportJson(o: TrackerOutcome): string {
  const changes = o.changes.map((e) => ({
    scenario: e.scenarioId,
    objective: e.id,
    custom: e.custom,
    created: e.create,
    row: e.row,
    fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v ?? null])),
  }));
  return `${JSON.stringify(
    {
      schema: 'ztdeck.tracker-import/1',
      written: o.written,
      files: o.files ?? [],
      changes,
      records: (o.records ?? []).map((e) => ({
        register: e.register,
        id: e.id,
        created: e.create,
        row: e.row,
        fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v ?? null])),
      })),
      problems: o.problems,
      ...(o.diff !== undefined ? { diff: o.diff } : {}),
    },
    null,
    2,
  )}\n`;
}
