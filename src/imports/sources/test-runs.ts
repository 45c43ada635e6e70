import { own } from '../../schema/names.js';
import type { Stamp } from '../dates.js';
import type { InputDoc } from '../input/read-input.js';
import type { JsonView } from '../input/json-view.js';
import { emptyReading, type DetectedDoc, type Metric, type Reading, type TestResult } from '../types.js';
import { keepMetrics, measure, slug, stampOf, word } from './common.js';

/**
 * What the readers of test tools (Maester, ScubaGear, the Zero Trust
 * Assessment) share: what a run says of itself, its pass-rate metrics, the
 * loop over its files, and its tests as ztdeck reads them.
 */

/** What a run says of itself: the tool's version as a detail suffix (", v1.2"), and what each of its values carries. */
export interface RunInfo {
  v: string;
  extra: { stamp?: Stamp; tenant?: string; snapshot: string };
}

/**
 * What a test run's export (Maester's TestResults, the Zero Trust
 * Assessment's report) says of the run: when (ExecutedAt), the tenant, the
 * tool's version, and the snapshot it is; the tenant is noted in the reading.
 */
export function testRun(root: JsonView, file: string, reading: Reading): RunInfo {
  return runInfo(reading, file, {
    stamp: stampOf(root.get('ExecutedAt'), reading),
    tenant: root.get('TenantId')?.text(),
    version: root.get('CurrentVersion')?.text(),
    snapshot: `${root.get('TenantId')?.text() ?? ''}_${root.get('ExecutedAt')?.text() ?? file}`,
  });
}

/** A run's info from what its export says; the tenant is noted in the reading. */
export function runInfo(
  reading: Reading,
  file: string,
  said: { stamp: Stamp | undefined; tenant: string | undefined; version: string | undefined; snapshot: string },
): RunInfo {
  const { stamp, tenant, version, snapshot } = said;
  if (tenant) reading.tenants.push({ tenant, file });
  return {
    v: version ? `, v${version}` : '',
    extra: { ...(stamp ? { stamp } : {}), ...(tenant ? { tenant } : {}), snapshot },
  };
}

/** A tool's pass-rate metrics: the overall one (shown by default) and one per part (a block, a product) in its family. */
export function passRateMetrics(
  source: string,
  overall: { id: string; title: string },
  part: { prefix: string; title: string },
): { overall: Metric; part: (name: string) => Metric } {
  const main: Metric = { ...overall, unit: '%', direction: 'higher', byDefault: true, source };
  return {
    overall: main,
    part: (name) => ({
      id: `${part.prefix}-${slug(name)}`,
      title: `${part.title}: ${name}`,
      unit: '%',
      direction: 'higher',
      byDefault: false,
      source,
      family: main.id,
    }),
  };
}

/** One run being read. */
export interface Run {
  doc: Extract<InputDoc, { kind: 'json' }>;
  root: JsonView;
  reading: Reading;
  info: RunInfo;
  /** A value of the run; its detail ends with the tool's version. */
  measure(metric: Metric, value: number, detail: string): void;
  /** A value of a part of the run (a block, a product, a pillar): its metric is kept once, in the order met. */
  part(metric: Metric, value: number, detail: string): void;
}

/**
 * A test tool's reading: each JSON run in turn, its info read by `info`,
 * measured by `one`, which returns its tests; then the metrics that gave a
 * value, in this order: `metrics.first`, the parts as met, `metrics.last`.
 */
export function readRuns(
  docs: readonly DetectedDoc[],
  metrics: { first: readonly Metric[]; last?: readonly Metric[] },
  info: (root: JsonView, file: string, reading: Reading) => RunInfo,
  one: (run: Run) => TestResult[],
): Reading {
  const reading = emptyReading();
  const kept: Metric[] = [...metrics.first];
  for (const { doc } of docs) {
    if (doc.kind !== 'json') continue;
    const run: Run = {
      doc,
      root: doc.root,
      reading,
      info: info(doc.root, doc.file, reading),
      measure: (metric, value, detail) =>
        reading.measurements.push(measure(doc, metric, value, `${detail}${run.info.v}`, run.info.extra)),
      part: (metric, value, detail) => {
        if (!kept.some((x) => x.id === metric.id)) kept.push(metric);
        run.measure(metric, value, detail);
      },
    };
    reading.tests.push(...one(run));
  }
  keepMetrics(reading, [...kept, ...(metrics.last ?? [])]);
  return reading;
}

/** A test as a run lists it, its words as the tool writes them. */
export interface ListedTest {
  id: string;
  title: string;
  /** Passed, Failed, Skipped, NotRun, Error, Investigate... */
  result: string | undefined;
  /** What the detail says when there is no result. */
  noResult: string;
  /** Its severity or risk in words ("High severity"), or ''. */
  level: string;
  /** Why it was skipped: NotLicensedEntraIDP1, NotApplicable... */
  skipped: string | undefined;
}

const STATUSES: Readonly<Record<string, TestResult['status']>> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  notrun: 'skipped',
};

/**
 * The tests of a run with an id: passed, failed, skipped (or not run), any
 * other result neither; a test not licensed is skipped for licensing, one
 * not applicable for scope.
 */
export function listedTests(
  tool: TestResult['tool'],
  run: string,
  items: readonly JsonView[],
  read: (t: JsonView) => ListedTest,
): TestResult[] {
  return items
    .map((item): TestResult => {
      const t = read(item);
      const skipped = word(t.skipped ?? '');
      return {
        tool,
        run,
        id: t.id,
        title: t.title,
        status: own(STATUSES, word(t.result ?? '')) ?? 'other',
        detail: [t.result ?? t.noResult, t.level, skipped ? (t.skipped ?? '') : ''].filter(Boolean).join(', '),
        ...(skipped.startsWith('notlicensed') || skipped === 'nocompatiblelicensefound'
          ? { skipReason: 'licensing' as const }
          : skipped === 'notapplicable'
            ? { skipReason: 'scope' as const }
            : {}),
      };
    })
    .filter((t) => t.id !== '');
}
