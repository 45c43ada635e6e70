import type { JsonView } from '../input/json-view.js';
import type { DetectedDoc, Importer, Metric, Reading, Shape, TestResult } from '../types.js';
import { fmt, slug, word } from './common.js';
import { complianceDetail, compliantDevices, summaryCompliance } from './device-compliance.js';
import { listedTests, readRuns, testRun, type Run } from './test-runs.js';

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
  return listedTests('zta', run, root.get('Tests')?.items() ?? [], (t) => {
    const risk = t.get('TestRisk')?.text();
    return {
      id: String(t.get('TestId')?.value ?? ''),
      title: t.get('TestTitle')?.text() ?? '',
      result: t.get('TestStatus')?.text(),
      noResult: 'no status',
      level: risk ? `${risk} risk` : '',
      skipped: t.get('TestSkipped')?.text(),
    };
  });
}

function read(docs: readonly DetectedDoc[]): Reading {
  const last = [phish, mfaSignIns, compliantSignIns, devices];
  return readRuns(docs, { first: [], last }, testRun, (run) => {
    pillarRates(run);
    tenantViews(run);
    return tests(run.root, run.info.extra.snapshot);
  });
}

/** The pass rate of each pillar, from TestResultSummary's <Pillar>Passed and <Pillar>Total. */
function pillarRates({ root, reading, part }: Run): void {
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
    if (total > 0) part(pillar(name), (passed / total) * 100, `${fmt(passed)} of ${fmt(total)} ${name} tests passed`);
  }
}

/** The tenant's sign-in and device views of TenantInfo: phishing-resistant users, MFA and compliant sign-ins, compliant devices. */
function tenantViews({ root, reading, measure }: Run): void {
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
  for (const [metric, r, what] of views)
    if (r) measure(metric, (r.part / r.total) * 100, `${fmt(r.part)} of ${fmt(r.total)} ${what}`);
  const dc = info?.at('DeviceOverview', 'DeviceCompliance');
  const c = dc?.isObject ? summaryCompliance(dc, reading) : undefined;
  if (c) measure(devices, (c.compliant / c.counted) * 100, complianceDetail(c));
}

export const zta = {
  title: 'Zero Trust Assessment',
  shapes: [json, html],
  metrics: [...KNOWN_PILLARS.map(pillar), phish, mfaSignIns, compliantSignIns, devices],
  read,
} satisfies Importer;
