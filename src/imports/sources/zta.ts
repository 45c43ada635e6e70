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
import { fmt, keepMetrics, measure, slug, testRun, word } from './common.js';
import { complianceDetail, compliantDevices, summaryCompliance } from './device-compliance.js';

const SOURCE = 'Zero Trust Assessment (ZeroTrustAssessmentReport)';
const pillar = (name: string): Metric => ({
  id: `zta-${slug(name)}`,
  title: `Zero Trust Assessment: ${name} tests passed`,
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: SOURCE,
});
const KNOWN_PILLARS = ['Identity', 'Devices', 'Network', 'Data', 'Infrastructure', 'SecOps', 'AI'];
const phish: Metric = {
  id: 'phish-resistant-users',
  title: 'Users with a phishing-resistant sign-in method',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: `${SOURCE}, authentication methods`,
};
const mfaSignIns: Metric = {
  id: 'mfa-signins',
  title: 'Sign-ins protected by Conditional Access requiring MFA',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: `${SOURCE}, sign-ins of the last 30 days`,
};
const compliantSignIns: Metric = {
  id: 'compliant-device-signins',
  title: 'Sign-ins from compliant devices',
  unit: '%',
  direction: 'higher',
  byDefault: true,
  source: `${SOURCE}, sign-ins of the last 30 days`,
};
const devices = compliantDevices(`${SOURCE}, Intune device compliance`);

const has = (doc: DetectedDoc['doc']) => doc.kind === 'json' && doc.root.get('TestResultSummary')?.isObject === true;
const json: Shape = {
  id: 'report-json',
  label: 'zt-export/ZeroTrustAssessmentReport.json',
  expects: 'an object with TestResultSummary (and Tests, EndOfJson)',
  detect: (d) => has(d) && !(d.kind === 'json' && d.fromHtml),
};
const html: Shape = {
  id: 'report-html',
  label: 'ZeroTrustAssessmentReport.html',
  expects: 'reportData= followed by the report JSON',
  detect: (d) => has(d) && d.kind === 'json' && d.fromHtml,
};

/** A Sankey view of the report: `part` ÷ the sum of the nodes from `whole` (nodes matched by their words, whatever the case). */
function sankey(
  view: JsonView | undefined,
  whole: string,
  from: string,
  to: string,
): { part: number; total: number } | undefined {
  const nodes = view?.get('nodes')?.items() ?? [];
  const is = (n: JsonView, key: string, w: string) => word(n.get(key)?.text() ?? '') === word(w);
  const total = nodes.filter((n) => is(n, 'source', whole)).reduce((s, n) => s + (n.get('value')?.number() ?? 0), 0);
  const part = nodes
    .find((n) => is(n, 'source', from) && is(n, 'target', to))
    ?.get('value')
    ?.number();
  return part === undefined || total <= 0 || part > total ? undefined : { part, total };
}

function tests(root: JsonView, run: string): TestResult[] {
  return (root.get('Tests')?.items() ?? [])
    .map((t): TestResult => {
      const status = word(t.get('TestStatus')?.text() ?? '');
      const skipped = word(t.get('TestSkipped')?.text() ?? '');
      const risk = t.get('TestRisk')?.text();
      return {
        tool: 'zta',
        run,
        id: String(t.get('TestId')?.value ?? ''),
        title: t.get('TestTitle')?.text() ?? '',
        status:
          status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : status === 'skipped' ? 'skipped' : 'other',
        detail: [
          t.get('TestStatus')?.text() ?? 'no status',
          risk ? `${risk} risk` : '',
          skipped ? String(t.get('TestSkipped')?.value) : '',
        ]
          .filter(Boolean)
          .join(', '),
        ...(skipped.startsWith('notlicensed') || skipped === 'nocompatiblelicensefound'
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
  const metrics: Metric[] = [];
  for (const { doc } of docs) {
    if (doc.kind !== 'json') continue;
    const root = doc.root;
    const { v, extra } = testRun(root, doc.file, reading);
    const summary = root.get('TestResultSummary');
    for (const key of summary?.keys() ?? []) {
      const m = /^(.+)Passed$/i.exec(key);
      const name = m?.[1];
      const passedV = summary?.get(key);
      const totalV = name ? summary?.get(`${name}Total`) : undefined;
      if (!name || !passedV || !totalV) continue;
      const [passed, total] = [passedV.number(), totalV.number()];
      if (passed === undefined || total === undefined || passed < 0 || passed > total) {
        reading.problems.push(
          passedV.problem(
            'out-of-range',
            `${JSON.stringify(passedV.value)} passed of ${JSON.stringify(totalV.value)} (${name}Total) are not counts ztdeck can use`,
            'give the report as the assessment wrote it',
          ),
        );
        continue;
      }
      if (total === 0) continue;
      const metric = pillar(name);
      if (!metrics.some((x) => x.id === metric.id)) metrics.push(metric);
      reading.measurements.push(
        measure(doc, metric, (passed / total) * 100, `${fmt(passed)} of ${fmt(total)} ${name} tests passed${v}`, extra),
      );
    }
    const info = root.get('TenantInfo');
    const views: [Metric, ReturnType<typeof sankey>, string][] = [
      [
        phish,
        sankey(info?.get('OverviewAuthMethodsAllUsers'), 'Users', 'Users', 'Phish resistant'),
        'users phish-resistant',
      ],
      [
        mfaSignIns,
        sankey(info?.get('OverviewCaMfaAllUsers'), 'User sign in', 'CA applied', 'MFA'),
        'sign-ins with MFA required',
      ],
      [
        compliantSignIns,
        sankey(info?.get('OverviewCaDevicesAllUsers'), 'User sign in', 'Managed', 'Compliant'),
        'sign-ins from compliant devices',
      ],
    ];
    for (const [metric, r, what] of views) {
      if (r)
        reading.measurements.push(
          measure(doc, metric, (r.part / r.total) * 100, `${fmt(r.part)} of ${fmt(r.total)} ${what}${v}`, extra),
        );
    }
    const dc = info?.at('DeviceOverview', 'DeviceCompliance');
    const c = dc?.isObject ? summaryCompliance(dc, reading) : undefined;
    if (c)
      reading.measurements.push(
        measure(doc, devices, (c.compliant / c.counted) * 100, `${complianceDetail(c)}${v}`, extra),
      );
    reading.tests.push(...tests(root, extra.snapshot));
  }
  keepMetrics(reading, [...metrics, phish, mfaSignIns, compliantSignIns, devices]);
  return reading;
}

export const zta = {
  title: 'Zero Trust Assessment',
  shapes: [json, html],
  metrics: [...KNOWN_PILLARS.map(pillar), phish, mfaSignIns, compliantSignIns, devices],
  read,
} satisfies Importer;
