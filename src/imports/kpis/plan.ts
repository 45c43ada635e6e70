import type { CatalogIndex } from '../../catalog/catalog-index.js';
import type { SourceFile } from '../../data/source-file.js';
import type { Problem } from '../../problems/problem.js';
import type { Kpi } from '../../schema/kpis.js';
import type { PlannedPoint } from '../collect-points.js';
import type { Metric } from '../types.js';
import { newKpi, type NewKpi } from './definitions.js';
import { own } from '../../schema/names.js';

export interface PointChange {
  date: string;
  value: number;
  /** The value kpis.yaml held for that date. */
  previous?: number;
  action: 'added' | 'unchanged' | 'replaced';
  comment: string;
}

/** What an import does to one KPI. */
export interface KpiChange {
  kpi: string;
  metric: Metric;
  /** Set when the KPI does not exist yet. */
  create?: NewKpi;
  /** Set when the KPI's source: does not name the tool yet. */
  source?: { from?: string; to: string };
  points: PointChange[];
}

export interface PlanContext {
  file?: SourceFile;
  kpis: Readonly<Record<string, Kpi>>;
  replace: boolean;
  catalogs: readonly CatalogIndex[];
  scope: readonly string[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * The points against kpis.yaml: new dates are added, a date with the same
 * value is unchanged, a different value is a conflict unless --replace; a
 * KPI measured in another unit or direction is refused.
 */
export function planChanges(
  points: readonly PlannedPoint[],
  ctx: PlanContext,
): { changes: KpiChange[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const changes: KpiChange[] = [];
  const at = (path: (string | number)[], want: 'key' | 'value' = 'value') =>
    ctx.file ? { location: ctx.file.locate(['kpis', ...path], want) } : {};
  for (const kpi of [...new Set(points.map((p) => p.kpi))]) {
    const mine = points.filter((p) => p.kpi === kpi);
    const metric = mine[0]?.metric;
    if (!metric) continue;
    const existing = own(ctx.kpis, kpi);
    if (!existing) {
      const create = newKpi(kpi, metric, ctx.catalogs, ctx.scope, mine.at(-1)?.value ?? 0);
      changes.push({
        kpi,
        metric,
        create,
        points: mine.map((p) => ({ date: p.date, value: p.value, action: 'added', comment: p.comment })),
      });
      continue;
    }
    for (const key of ['unit', 'direction'] as const) {
      if (existing[key] !== metric[key]) {
        problems.push({
          code: 'import-conflict',
          severity: 'error',
          ...at([kpi, key]),
          message: `KPI ${kpi} has ${key} ${JSON.stringify(existing[key])}; ${metric.id} is measured with ${key} ${JSON.stringify(metric[key])}`,
          hint: 'import it into another KPI with --kpi <measure>=<new-kpi-id>',
        });
      }
    }
    const pointChanges: PointChange[] = [];
    for (const p of mine) {
      const previous = existing.series[p.date];
      if (previous === undefined)
        pointChanges.push({ date: p.date, value: p.value, action: 'added', comment: p.comment });
      else if (same(previous, p.value))
        pointChanges.push({ date: p.date, value: p.value, previous, action: 'unchanged', comment: p.comment });
      else if (ctx.replace)
        pointChanges.push({ date: p.date, value: p.value, previous, action: 'replaced', comment: p.comment });
      else {
        problems.push({
          code: 'import-conflict',
          severity: 'error',
          ...at([kpi, 'series', p.date]),
          message: `KPI ${kpi} holds ${previous} on ${p.date}; the import gives ${p.value}`,
          hint: 'keep the value in kpis.yaml, or pass --replace to take the imported one',
        });
      }
    }
    const source =
      existing.source === metric.source
        ? undefined
        : { ...(existing.source ? { from: existing.source } : {}), to: metric.source };
    changes.push({ kpi, metric, ...(source ? { source } : {}), points: pointChanges });
  }
  return { changes, problems };
}
