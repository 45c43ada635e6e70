import { problemsJson } from '../../problems/format-problems.js';
import { sortProblems, type Problem } from '../../problems/problem.js';
import type { ImportResult } from '../run-import.js';
import { counts } from './summary.js';

/** The import report for tools (`--format json`): `"schema": "ztdeck.import/1"`. */
export function reportJson(r: ImportResult, o: { kpisFile: string; written: boolean; diff: string | null }): string {
  return `${JSON.stringify(
    {
      schema: 'ztdeck.import/1',
      kpisFile: o.kpisFile,
      written: o.written,
      changed: r.after !== r.before,
      counts: counts(r),
      files: r.files,
      kpis: r.changes.map((c) => ({
        kpi: c.kpi,
        measure: c.metric.id,
        created: c.create ?? null,
        source: c.source ?? null,
        points: c.points.map((p) => ({
          date: p.date,
          value: p.value,
          previous: p.previous ?? null,
          action: p.action,
          provenance: p.comment,
        })),
      })),
      excludedControls: r.excludedControls,
      notes: r.notes,
      hints: r.hints ?? null,
      diff: o.diff,
      problems: problemsJson(sortProblems(r.problems)).problems,
    },
    null,
    2,
  )}\n`;
}

/** The report of an import that failed: its problems, and nothing written. */
export function failedReportJson(problems: readonly Problem[]): string {
  return `${JSON.stringify({ schema: 'ztdeck.import/1', written: false, ...problemsJson(sortProblems(problems)) }, null, 2)}\n`;
}
