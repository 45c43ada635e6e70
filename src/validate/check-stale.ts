import type { SourceFile } from '../data/source-file.js';
import type { Problem } from '../problems/problem.js';
import { daysBetween } from '../schema/common.js';
import type { Kpi } from '../schema/kpis.js';
import { problemAt } from './located.js';

/**
 * A KPI whose latest value is older than the template allows
 * (template.yaml kpis.stale_after_days) before the reporting date: the deck
 * shows it with its date ("measured 19 Mar 2019"), and this warning points at
 * the value, once per KPI. Checked with the template, since the limit is its.
 */
export function checkStaleKpis(
  file: SourceFile,
  kpis: Readonly<Record<string, Kpi>>,
  reportingDate: string,
  staleAfterDays: number,
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, kpi] of Object.entries(kpis)) {
    const latest = Object.keys(kpi.series).at(-1);
    if (latest === undefined) continue;
    const age = daysBetween(latest, reportingDate);
    if (age <= staleAfterDays) continue;
    problems.push(
      problemAt(
        file,
        ['kpis', id, 'series', latest],
        'kpi-stale',
        `the latest value of KPI ${id} is of ${latest}, ${age} days before the reporting date (${reportingDate}): the deck shows it as measured then`,
        `add a recent value; the template allows ${staleAfterDays} days (kpis.stale_after_days in template.yaml)`,
        { severity: 'warning', want: 'key' },
      ),
    );
  }
  return problems;
}
