import { htmlText } from '../input/html-text.js';
import type { JsonView } from '../input/json-view.js';
import type { DetectedDoc, Importer, Reading, Shape, TestResult } from '../types.js';
import { fmt, stampOf, word } from './common.js';
import { passRateMetrics, readRuns, runInfo, type RunInfo } from './test-runs.js';

const SOURCE = 'CISA ScubaGear (ScubaResults JSON)';
const { overall: shall, part: product } = passRateMetrics(
  SOURCE,
  { id: 'scubagear-shall', title: 'ScubaGear SHALL controls met' },
  { prefix: 'scubagear', title: 'ScubaGear controls passed' },
);

const results: Shape = {
  id: 'scuba-results',
  label: 'Invoke-SCuBA ScubaResults_<id>.json',
  expects: 'an object with MetaData.Tool "ScubaGear", Summary and Results',
  detect: (d) => d.kind === 'json' && word(d.root.at('MetaData', 'Tool')?.text() ?? '') === 'scubagear',
};

interface Control {
  product: string;
  id: string;
  title: string;
  result: string;
  criticality: string;
}

function controls(root: JsonView): Control[] {
  const out: Control[] = [];
  const byProduct = root.get('Results');
  for (const productKey of byProduct?.keys() ?? []) {
    for (const group of byProduct?.get(productKey)?.items() ?? []) {
      for (const c of group.get('Controls')?.items() ?? []) {
        out.push({
          product: productKey,
          id: c.get('Control ID')?.text() ?? '',
          title: c.get('Requirement')?.text() ?? '',
          result: c.get('Result')?.text() ?? '',
          criticality: c.get('Criticality')?.text() ?? '',
        });
      }
    }
  }
  return out.filter((c) => c.id !== '');
}

/** Pass and Fail are verdicts; a Warning is a SHOULD not met; N/A and Error are neither. Requirement text is HTML, so titles are its words. */
function testResult(c: Control, run: string): TestResult {
  const r = word(c.result);
  return {
    tool: 'scubagear',
    run,
    id: c.id,
    title: htmlText(c.title),
    status: r === 'pass' ? 'passed' : r === 'fail' || r === 'warning' ? 'failed' : r === 'na' ? 'skipped' : 'other',
    detail: [c.result || 'no result', c.criticality].filter(Boolean).join(', '),
    ...(r === 'na' ? { skipReason: 'scope' as const } : {}),
  };
}

/** What ScubaResults says of its run, in MetaData. */
function scubaRun(root: JsonView, file: string, reading: Reading): RunInfo {
  const meta = root.get('MetaData');
  const tenant = meta?.get('TenantId')?.text();
  return runInfo(reading, file, {
    stamp: stampOf(meta?.get('TimestampZulu'), reading),
    tenant,
    version: meta?.get('ToolVersion')?.text(),
    snapshot: meta?.get('ReportUUID')?.text() ?? `${tenant ?? ''}_${meta?.get('TimestampZulu')?.text() ?? file}`,
  });
}

function read(docs: readonly DetectedDoc[]): Reading {
  return readRuns(docs, { first: [shall] }, scubaRun, ({ root, reading, info, measure, part }) => {
    const all = controls(root);
    const shalls = all.filter((c) => word(c.criticality) === 'shall' && ['pass', 'fail'].includes(word(c.result)));
    const met = shalls.filter((c) => word(c.result) === 'pass').length;
    if (shalls.length > 0)
      measure(shall, (met / shalls.length) * 100, `${met} of ${shalls.length} SHALL controls pass`);
    else
      reading.problems.push(
        root.problem(
          'import-incomplete',
          'no SHALL control passed or failed, so there is no SHALL compliance',
          undefined,
          'warning',
        ),
      );
    const summary = root.get('Summary');
    for (const key of summary?.keys() ?? []) {
      const s = summary?.get(key);
      const [p, f, w] = [
        s?.get('Passes')?.number() ?? 0,
        s?.get('Failures')?.number() ?? 0,
        s?.get('Warnings')?.number() ?? 0,
      ];
      if (p + f + w <= 0 || p < 0 || f < 0 || w < 0) continue;
      part(
        product(key),
        (p / (p + f + w)) * 100,
        `${fmt(p)} of ${fmt(p + f + w)} ${key} controls pass (${fmt(f)} failures, ${fmt(w)} warnings)`,
      );
    }
    return all.map((c) => testResult(c, info.extra.snapshot));
  });
}

export const scubagear = {
  title: 'CISA ScubaGear',
  shapes: [results],
  metrics: [shall],
  read,
} satisfies Importer;
