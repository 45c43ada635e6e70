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
    },
    null,
    2,
  )}\n`;
}
