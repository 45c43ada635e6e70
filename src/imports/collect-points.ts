import { errorAt, problem, type Problem } from '../problems/problem.js';
import { reduceToPeriods, type Period } from './dates.js';
import type { KpiTargets } from './select-metrics.js';
import type { Measurement, Metric, SourceId } from './types.js';

export type TaggedMeasurement = Measurement & { source: SourceId };

/** A value ready for kpis.yaml: its KPI, its date and the comment that says where it came from. */
export interface PlannedPoint {
  kpi: string;
  metric: Metric;
  date: string;
  value: number;
  comment: string;
}

export interface CollectOptions {
  asOf?: string;
  every?: Period;
  tenant?: string;
  reportingDate: string;
}

/** Values older than this many months before the reporting date are imported with a warning: an old export, or the wrong file? */
const OLD_MONTHS = 13;

/** The date `months` calendar months before a date (the month's last day when it has fewer days). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 - months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 - months, Math.min(d, last))).toISOString().slice(0, 10);
}

function oldValues(kpi: string, old: readonly { date: string }[], reportingDate: string): Problem {
  const dates = old.map((d) => d.date);
  return {
    code: 'kpi-stale',
    severity: 'warning',
    message: `${kpi}: ${old.length} value${old.length === 1 ? ' is' : 's are'} more than ${OLD_MONTHS} months before the reporting date ${reportingDate} (${dates
      .slice(0, 3)
      .join(', ')}${dates.length > 3 ? ', …' : ''}); imported, and the deck shows the date of a latest value that old`,
    hint: 'check that the file is a recent export of the tool; the deck says when an old latest value was measured',
  };
}

/** Values are kept to one decimal, as the example's KPIs are written. */
export function roundValue(v: number): number {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** What the provenance comment says: `import secure-score: 412.5 of 625 points, 2026-11-15T06:12:40Z (scores.json)`. */
export function provenance(m: TaggedMeasurement): string {
  const text = `import ${m.source}: ${m.detail}${m.name ? ` (${m.name})` : ''}`;
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ').slice(0, 200);
}

/** A measurement with the date it is imported on, and its order in the files. */
interface Dated {
  m: TaggedMeasurement;
  order: number;
  date: string;
  instant: number;
}

type Collected = { points: PlannedPoint[]; notes: string[]; problems: Problem[] };

/**
 * Measurements → the points to write: one tenant, a date for each (from the
 * payload, else --as-of), one value per snapshot and per day (the latest),
 * one per period with --every, and none after the reporting date.
 */
export function collectPoints(all: readonly TaggedMeasurement[], targets: KpiTargets, o: CollectOptions): Collected {
  const out: Collected = { points: [], notes: [], problems: [] };
  let ms = all.filter((m) => targets.has(m.metric));
  if (o.tenant) ms = ms.filter((m) => m.tenant === undefined || m.tenant.toLowerCase() === o.tenant?.toLowerCase());
  const dated = datedMeasurements(ms, o, out);
  if (!dated) return out;
  for (const [metricId, { metric, kpi }] of targets)
    out.points.push(
      ...metricPoints(
        metric,
        kpi,
        dated.filter((x) => x.m.metric === metricId),
        o,
        out,
      ),
    );
  if (out.points.length > 0) return out;
  // Nothing left: values after the reporting date are then the error, not a side note.
  if (out.problems.some((p) => p.code === 'date-order'))
    return { ...out, problems: out.problems.map((p) => (p.code === 'date-order' ? { ...p, severity: 'error' } : p)) };
  out.problems.push(
    problem('import-incomplete', 'nothing to import: the files give no value for the KPIs asked', {
      hint: 'check the files, --tenant and --kpi',
    }),
  );
  return out;
}

/** Each measurement's date: its own, else --as-of; undefined, with an error per file, when a file has none. */
function datedMeasurements(ms: readonly TaggedMeasurement[], o: CollectOptions, out: Collected): Dated[] | undefined {
  const undated = [...new Set(ms.filter((m) => !m.stamp && !o.asOf).map((m) => m.file))];
  for (const file of undated) {
    out.problems.push(
      errorAt(
        file,
        'import-no-date',
        'this file carries no date for its values',
        "give the day the data was taken with --as-of YYYY-MM-DD (ztdeck never uses the file's modification time)",
      ),
    );
  }
  if (undated.length > 0) return undefined;
  const byAsOf = ms.filter((m) => o.asOf && (!m.stamp || m.stampIsHint));
  if (o.asOf && byAsOf.length > 0)
    out.notes.push(`Dated ${o.asOf} by --as-of: ${[...new Set(byAsOf.map((m) => m.metric))].join(', ')}.`);
  if (o.asOf && byAsOf.length === 0 && ms.length > 0)
    out.notes.push('--as-of was not used: the files carry their own dates.');
  return ms.map((m, order) => ({
    m,
    order,
    date: (m.stamp && !(m.stampIsHint && o.asOf) ? m.stamp.date : o.asOf) ?? '',
    instant: m.stamp?.instant ?? 0,
  }));
}

/** The points of one KPI: a snapshot once, the latest of a day, one per period with --every, none after the reporting date. */
function metricPoints(
  metric: Metric,
  kpi: string,
  dated: readonly Dated[],
  o: CollectOptions,
  out: Collected,
): PlannedPoint[] {
  // The same snapshot saved twice (overlapping pages) counts once; of several readings of a day, the latest wins.
  const bySnapshot = new Map<string, Dated>();
  for (const d of dated) bySnapshot.set(d.m.snapshot ?? `#${d.order}`, d);
  const byDay = new Map<string, Dated>();
  let collapsed = 0;
  for (const d of [...bySnapshot.values()].sort((a, b) => a.instant - b.instant || a.order - b.order)) {
    if (byDay.has(d.date)) collapsed++;
    byDay.set(d.date, d);
  }
  if (collapsed > 0)
    out.notes.push(
      `${kpi}: ${collapsed} earlier reading${collapsed === 1 ? '' : 's'} of the same day left out (the latest of each day is kept).`,
    );
  let series = [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (o.every) series = reduceToPeriods(series, o.every);
  const late = series.filter((d) => d.date > o.reportingDate);
  if (late.length > 0) {
    out.problems.push({
      code: 'date-order',
      severity: 'warning',
      message: `${kpi}: ${late.length} value${late.length === 1 ? ' is' : 's are'} after the reporting date ${o.reportingDate} and not imported (${late
        .slice(0, 3)
        .map((d) => d.date)
        .join(', ')}${late.length > 3 ? ', …' : ''})`,
      hint: 'move reporting.date in program.yaml to import them; kpis.yaml holds no value after it',
    });
  }
  const kept = series.filter((x) => x.date <= o.reportingDate);
  const old = kept.filter((d) => d.date < monthsBefore(o.reportingDate, OLD_MONTHS));
  if (old.length > 0) out.problems.push(oldValues(kpi, old, o.reportingDate));
  return kept.map((d) => ({ kpi, metric, date: d.date, value: roundValue(d.m.value), comment: provenance(d.m) }));
}
