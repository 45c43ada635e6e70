import type { CatalogIndex } from '../../catalog/catalog-index.js';
import type { SourceFile } from '../../data/source-file.js';
import { problem, type Problem } from '../../problems/problem.js';
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
  /** --source: the tool may become the source: of a KPI whose source: names another. */
  acceptSource: boolean;
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
): { changes: KpiChange[]; problems: Problem[]; notes: string[] } {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const changes: KpiChange[] = [];
  const at = (path: (string | number)[], want: 'key' | 'value' = 'value') =>
    ctx.file ? { location: ctx.file.locate(['kpis', ...path], want) } : {};
  for (const kpi of [...new Set(points.map((p) => p.kpi))]) {
    const mine = points.filter((p) => p.kpi === kpi);
    const metric = mine[0]?.metric;
    if (!metric) continue;
    const existing = own(ctx.kpis, kpi);
    if (!existing) {
      const create = newKpi(kpi, metric, ctx.catalogs, ctx.scope);
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
        problems.push(
          problem(
            'import-conflict',
            `KPI ${kpi} has ${key} ${JSON.stringify(existing[key])}; ${metric.id} is measured with ${key} ${JSON.stringify(metric[key])}`,
            { hint: 'import it into another KPI with --kpi <measure>=<new-kpi-id>', ...at([kpi, key]) },
          ),
        );
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
        problems.push(
          problem('import-conflict', `KPI ${kpi} holds ${previous} on ${p.date}; the import gives ${p.value}`, {
            hint: 'keep the value in kpis.yaml, or pass --replace to take the imported one',
            ...at([kpi, 'series', p.date]),
          }),
        );
      }
    }
    const source = sourceChange(kpi, existing, metric, mine, ctx.acceptSource);
    problems.push(...source.problems.map((p) => ({ ...p, ...at([kpi, 'source']) })));
    notes.push(...source.notes);
    changes.push({ kpi, metric, ...(source.change ? { source: source.change } : {}), points: pointChanges });
  }
  return { changes, problems, notes };
}

/**
 * What becomes of a KPI's source: when values of a tool go into it. The
 * slide's source line names where the value it shows (the latest) came from,
 * so source: names the tool only when the import gives the latest value; a
 * source: the user wrote that names another tool is never changed silently:
 * the import is refused unless --source accepts the change (mixing two
 * tools' numbers in one line is the user's call, not ztdeck's).
 */
function sourceChange(
  kpi: string,
  existing: Kpi,
  metric: Metric,
  mine: readonly PlannedPoint[],
  accept: boolean,
): { change?: { from?: string; to: string }; problems: Omit<Problem, 'location'>[]; notes: string[] } {
  const stated = existing.source;
  if (stated === metric.source) return { problems: [], notes: [] };
  if (stated !== undefined && !accept) {
    return {
      problems: [
        problem(
          'import-conflict',
          `KPI ${kpi} says its values come from "${stated}"; these come from ${metric.source}`,
          {
            hint: `pass --source to make the tool its source (its title "${existing.title}" stays yours to change), or send them to a KPI of their own with --kpi ${metric.id}=<new-kpi-id>`,
          },
        ),
      ],
      notes: [],
    };
  }
  const latestKept = Object.keys(existing.series).at(-1) ?? '';
  const latestImported = mine.map((p) => p.date).reduce((a, b) => (b > a ? b : a), '');
  if (latestImported < latestKept) {
    return {
      problems: [],
      notes: [
        `${kpi}: source: ${stated === undefined ? 'not set' : 'left as it is'}: the latest value (${latestKept}) is not one of these, and the slide's source line names where the value it shows came from.`,
      ],
    };
  }
  return {
    change: { ...(stated !== undefined ? { from: stated } : {}), to: metric.source },
    problems: [],
    notes:
      stated !== undefined
        ? [
            `${kpi}: source: now names ${metric.source}; check that its title "${existing.title}" still says what is measured.`,
          ]
        : [],
  };
}
