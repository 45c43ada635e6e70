import type { JsonView } from '../input/json-view.js';
import type { DetectedDoc, Importer, Reading, Shape, TestResult } from '../types.js';
import { fmt } from './common.js';
import { runCounts } from './maester-counts.js';
import { listedTests, passRateMetrics, readRuns, testRun } from './test-runs.js';

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
  return listedTests('maester', run, root.get('Tests')?.items() ?? [], (t) => {
    const severity = t.get('Severity')?.text();
    return {
      id: t.get('Id')?.text() ?? '',
      title: t.get('Title')?.text() ?? '',
      result: t.get('Result')?.text(),
      noResult: 'no result',
      level: severity ? `${severity} severity` : '',
      skipped: t.at('ResultDetail', 'TestSkipped')?.text(),
    };
  });
}

function read(docs: readonly DetectedDoc[]): Reading {
  return readRuns(docs, { first: [overall] }, testRun, ({ root, reading, info, measure, part }) => {
    const { all, blocks } = runCounts(root, reading);
    const rate = passRate(all.passed, all.failed);
    if (rate === undefined)
      reading.problems.push(
        root.problem('import-incomplete', 'no test passed or failed, so there is no pass rate', undefined, 'warning'),
      );
    else measure(overall, rate, `${fmt(all.passed)} of ${fmt(all.passed + all.failed)} tests passed`);
    for (const [name, c] of blocks) {
      const r = passRate(c.passed, c.failed);
      if (r !== undefined) part(block(name), r, `${fmt(c.passed)} of ${fmt(c.passed + c.failed)} ${name} tests passed`);
    }
    return testResults(root, info.extra.snapshot);
  });
}

export const maester = {
  title: 'Maester',
  shapes: [results],
  metrics: [overall],
  read,
} satisfies Importer;
