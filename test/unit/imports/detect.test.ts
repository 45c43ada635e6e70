import { describe, expect, it } from 'vitest';
import { detectSources } from '../../../src/imports/detect.js';
import { doc, inputFile, inputText } from '../../helpers/imports.js';

const samples = {
  'graph-secureScores.synthetic.json': ['secure-score', 'scores'],
  'graph-secureScoreControlProfiles.synthetic.json': ['secure-score', 'control-profiles'],
  'zerotrustassessment-ZeroTrustAssessmentReport.synthetic.json': ['zta', 'report-json'],
  'graph-managedDevices.synthetic.json': ['intune', 'managed-devices'],
  'graph-deviceCompliancePolicyDeviceStateSummary.synthetic.json': ['intune', 'compliance-summary'],
  'intune-all-devices-export.UNVERIFIED-headers.synthetic.csv': ['intune', 'device-csv'],
  'graph-userRegistrationDetails.synthetic.json': ['entra-auth-methods', 'user-registration-details'],
  'graph-usersRegisteredByFeature.synthetic.json': ['entra-auth-methods', 'users-registered-by-feature'],
  'defender-for-cloud-secureScores.arm.synthetic.json': ['defender-cloud', 'arm'],
  'defender-for-cloud-secureScores.arg.synthetic.csv': ['defender-cloud', 'resource-graph-csv'],
  'maester-TestResults.synthetic.json': ['maester', 'test-results'],
  'scubagear-ScubaResults.synthetic.json': ['scubagear', 'scuba-results'],
  'mde-exposureScore.synthetic.json': ['mde', 'exposure-score'],
  'mde-configurationScore.synthetic.json': ['mde', 'configuration-score'],
} as const;

describe("detecting the source from the file's shape", () => {
  it('recognises every sample without being told the source', () => {
    for (const [file, [source, shape]] of Object.entries(samples)) {
      const d = detectSources([doc(inputFile(`samples/${file}`))]);
      expect(d.problems, file).toEqual([]);
      expect(
        [...d.bySource].map(([s, ds]) => [s, ds.map((x) => x.shape.id)]),
        file,
      ).toEqual([[source, [shape]]]);
    }
  });
  it('recognises the variants: the HTML report, PowerShell lists, the inventory export, the machines list', () => {
    const shapes = [
      'variants/zta-report.html',
      'variants/secure-score-powershell.json',
      'variants/mde-device-inventory.csv',
      'variants/mde-machines.json',
      'variants/defender-cloud-az-powershell.json',
    ].map((f) => [...detectSources([doc(inputFile(f))]).bySource].map(([s, ds]) => `${s}/${ds[0]?.shape.id}`)[0]);
    expect(shapes).toEqual([
      'zta/report-html',
      'secure-score/scores',
      'mde/device-inventory-csv',
      'mde/machines',
      'defender-cloud/az-powershell',
    ]);
  });
  it('explains a file it cannot place: what it holds and the shapes it expected', () => {
    const d = detectSources([doc(inputFile('variants/unknown-shape.json'))]);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatchObject({
      code: 'import-unknown-shape',
      message: 'ztdeck cannot tell which tool wrote this file: it is a JSON object with the keys report, generated',
      location: { file: 'variants/unknown-shape.json' },
    });
    expect(d.problems[0]?.hint).toMatch(
      /^expected one of: secure-score Graph GET \/security\/secureScores \(daily snapshots\): records \(value\[\] or a list\) with currentScore and maxScore; .*mde Defender portal Assets > Devices > Export \(CSV\): a CSV with an "Onboarding status" column$/,
    );
  });
  it("with a source named, lists that source's shapes, and says when the file is another tool's", () => {
    const d = detectSources([doc(inputFile('samples/maester-TestResults.synthetic.json'))], 'zta');
    expect(d.problems[0]).toMatchObject({
      message:
        'this is not a zta file: it is a JSON object with the keys Result, FailedCount, PassedCount, ErrorCount, InvestigateCount, SkippedCount, NotRunCount, TotalCount, …',
      hint: 'it looks like a maester file: run ztdeck import maester maester-TestResults.synthetic.json (expected one of: zta zt-export/ZeroTrustAssessmentReport.json: an object with TestResultSummary (and Tests, EndOfJson); zta ZeroTrustAssessmentReport.html: reportData= followed by the report JSON)',
    });
    const csv = detectSources([doc(inputFile('variants/intune-unknown-state.csv'))], 'mde');
    expect(csv.problems[0]?.message).toBe(
      'this is not an mde file: it is a CSV with the columns Device ID, Device name, Compliance',
    );
    expect(csv.problems[0]?.hint).toMatch(
      /^it looks like an intune file: run ztdeck import intune intune-unknown-state\.csv \(expected one of: mde /,
    );
  });
  it('recognises the Intune summary wrapped in value as the Graph documentation shows it, with or without the source named', () => {
    for (const f of [
      'variants/intune-compliance-summary-docs-v1.json',
      'variants/intune-compliance-summary-docs-beta.json',
    ]) {
      for (const named of [undefined, 'intune'] as const) {
        const d = detectSources([doc(inputFile(f))], named);
        expect(d.problems, f).toEqual([]);
        expect([...d.bySource].map(([s, ds]) => [s, ds.map((x) => x.shape.id)])).toEqual([
          ['intune', ['compliance-summary']],
        ]);
      }
    }
  });
  it('says what a value-wrapped object holds when it is no shape of the named source', () => {
    const d = detectSources(
      [doc(inputText('summary.json', '{"value": {"@odata.type": "#x", "deviceCount": 3}}'))],
      'intune',
    );
    expect(d.problems[0]).toMatchObject({
      message:
        'this is not an intune file: it is a JSON object whose value holds one object with the keys @odata.type, deviceCount',
      hint: expect.stringMatching(
        /^expected one of: intune Graph GET \/deviceManagement\/managedDevices: records with complianceState; intune Graph GET \/deviceManagement\/deviceCompliancePolicyDeviceStateSummary: an object with compliantDeviceCount and nonCompliantDeviceCount \(alone or in value\); intune .*CSV/,
      ),
    });
  });
});
