import type { JsonView } from '../input/json-view.js';
import type { Reading } from '../types.js';
import { fmt, word } from './common.js';

export interface Counts {
  passed: number;
  failed: number;
}

/** What a run counts, overall and per block, as the pass rates take it. */
export interface RunCounts {
  all: Counts;
  /** Block name → its counts, in the order of the run's Blocks, then of the blocks only its tests name. */
  blocks: Map<string, Counts>;
}

const counts = (view: JsonView | undefined): Counts | undefined => {
  const [passed, failed] = [view?.get('PassedCount')?.number(), view?.get('FailedCount')?.number()];
  return passed === undefined || failed === undefined ? undefined : { passed, failed };
};
const same = (a: Counts, b: Counts) => a.passed === b.passed && a.failed === b.failed;
const said = (c: Counts) => `${fmt(c.failed)} failed and ${fmt(c.passed)} passed`;

function countTests(tests: readonly JsonView[]): RunCounts {
  const all: Counts = { passed: 0, failed: 0 };
  const blocks = new Map<string, Counts>();
  for (const t of tests) {
    const result = word(t.get('Result')?.text() ?? '');
    if (result !== 'passed' && result !== 'failed') continue;
    const name = t.get('Block')?.text() ?? '';
    const block = blocks.get(name) ?? { passed: 0, failed: 0 };
    blocks.set(name, block);
    for (const c of [all, block]) c[result]++;
  }
  return { all, blocks };
}

/**
 * A Maester run's counts. Its summary (PassedCount, FailedCount) and its
 * Blocks can disagree with its own test list (older versions took them from
 * Pester, which counts otherwise); the tests are what its report shows, so
 * they decide, and each disagreement is a warning with both numbers. A run
 * without tests keeps its summary and blocks.
 */
export function runCounts(root: JsonView, reading: Reading): RunCounts {
  const tests = root.get('Tests')?.items() ?? [];
  const blockViews = (root.get('Blocks')?.items() ?? []).flatMap((b) => {
    const name = b.get('Name')?.text();
    return name ? [{ name, counts: counts(b) }] : [];
  });
  const summary = counts(root);
  if (tests.length === 0) {
    const blocks = new Map<string, Counts>();
    for (const b of blockViews) if (b.counts) blocks.set(b.name, b.counts);
    return { all: summary ?? { passed: 0, failed: 0 }, blocks };
  }
  const fromTests = countTests(tests);
  if (summary && !same(summary, fromTests.all)) {
    reading.problems.push(
      (root.get('FailedCount') ?? root).problem(
        'import-inconsistent',
        `the run's summary counts ${said(summary)}, its test list ${said(fromTests.all)}: the pass rate is counted from the tests`,
        'the tests are what the Maester report lists; a newer Maester writes a summary that agrees with them',
        'warning',
      ),
    );
  }
  const blocks = new Map<string, Counts>();
  const disagree: string[] = [];
  for (const b of blockViews) {
    const own = fromTests.blocks.get(b.name) ?? { passed: 0, failed: 0 };
    blocks.set(b.name, own);
    if (b.counts && !same(b.counts, own)) disagree.push(`${b.name} counts ${said(b.counts)}, its tests ${said(own)}`);
  }
  for (const [name, c] of fromTests.blocks) if (name !== '' && !blocks.has(name)) blocks.set(name, c);
  if (disagree.length > 0) {
    reading.problems.push(
      (root.get('Blocks') ?? root).problem(
        'import-inconsistent',
        `${disagree.length === 1 ? 'a block disagrees' : `${disagree.length} blocks disagree`} with the test list (${disagree.slice(0, 5).join('; ')}${disagree.length > 5 ? '; …' : ''}): their pass rates are counted from the tests`,
        undefined,
        'warning',
      ),
    );
  }
  return { all: fromTests.all, blocks };
}
