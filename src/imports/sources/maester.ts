import type { JsonView } from '../input/json-view.js';
import {
  emptyReading,
  type DetectedDoc,
  type Importer,
  type Metric,
  type Reading,
  type Shape,
  type TestResult,
} from '../types.js';
import { fmt, keepMetrics, measure, passRateMetrics, testRun, word } from './common.js';
import { runCounts } from './maester-counts.js';

const SOURCE = 'Maester (TestResults JSON)';
const { overall, part: block } = passRateMetrics(
  SOURCE,
  { id: 'maester-pass', title: 'Maester tests passed' },
  { prefix: 'maester', title: 'Maester tests passed' },
);

const results: Shape = {
  id: 'test-results',
  label: 'Invoke-Maester test-results/TestResults-<date>.json',
  expects: 'an object with Tests and Blocks (and EndOfJson)',
  detect: (d) =>
    d.kind === 'json' &&
    d.root.get('Tests')?.isArray === true &&
    d.root.get('Blocks') !== undefined &&
    d.root.get('TestResultSummary') === undefined,
};

/** Passed ÷ (passed + failed): skipped, not run, errors and "investigate" are not a verdict on the tenant. */
function passRate(passed: number, failed: number): number | undefined {
  if (passed < 0 || failed < 0 || passed + failed === 0) return undefined;
  return (passed / (passed + failed)) * 100;
}

function testResults(root: JsonView, run: string): TestResult[] {
  return (root.get('Tests')?.items() ?? [])
    .map((t): TestResult => {
      const result = word(t.get('Result')?.text() ?? '');
      const skipped = word(t.at('ResultDetail', 'TestSkipped')?.text() ?? '');
      const severity = t.get('Severity')?.text();
      return {
        tool: 'maester',
        run,
        id: t.get('Id')?.text() ?? '',
        title: t.get('Title')?.text() ?? '',
        status:
          result === 'passed'
            ? 'passed'
            : result === 'failed'
              ? 'failed'
              : result === 'skipped' || result === 'notrun'
                ? 'skipped'
                : 'other',
        detail: [
          t.get('Result')?.text() ?? 'no result',
          severity ? `${severity} severity` : '',
          skipped ? (t.at('ResultDetail', 'TestSkipped')?.text() ?? '') : '',
        ]
          .filter(Boolean)
          .join(', '),
        ...(skipped.startsWith('notlicensed')
          ? { skipReason: 'licensing' as const }
          : skipped === 'notapplicable'
            ? { skipReason: 'scope' as const }
            : {}),
      };
    })
    .filter((t) => t.id !== '');
}

function read(docs: readonly DetectedDoc[]): Reading {
  const reading = emptyReading();
  const metrics: Metric[] = [overall];
  for (const { doc } of docs) {
    if (doc.kind !== 'json') continue;
    const root = doc.root;
    const { v, extra } = testRun(root, doc.file, reading);
    const tests = testResults(root, extra.snapshot);
    const { all, blocks } = runCounts(root, reading);
    const rate = passRate(all.passed, all.failed);
    if (rate === undefined)
      reading.problems.push(
        root.problem('import-incomplete', 'no test passed or failed, so there is no pass rate', undefined, 'warning'),
      );
    else
      reading.measurements.push(
        measure(doc, overall, rate, `${fmt(all.passed)} of ${fmt(all.passed + all.failed)} tests passed${v}`, extra),
      );
    for (const [name, c] of blocks) {
      const r = passRate(c.passed, c.failed);
      if (r === undefined) continue;
      const m = block(name);
      if (!metrics.some((x) => x.id === m.id)) metrics.push(m);
      reading.measurements.push(
        measure(doc, m, r, `${fmt(c.passed)} of ${fmt(c.passed + c.failed)} ${name} tests passed${v}`, extra),
      );
    }
    reading.tests.push(...tests);
  }
  keepMetrics(reading, metrics);
  return reading;
}

export const maester = {
  title: 'Maester',
  shapes: [results],
  metrics: [overall],
  read,
} satisfies Importer;
