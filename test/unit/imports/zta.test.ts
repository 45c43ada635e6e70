import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

describe('zta: Zero Trust Assessment report', () => {
  const r = readSource('zta', [inputFile('samples/zerotrustassessment-ZeroTrustAssessmentReport.synthetic.json')]);
  it('gives the pass % of each pillar that ran tests, dated ExecutedAt in its own offset', () => {
    expect(values(r).filter(([m]) => m.startsWith('zta-'))).toEqual([
      ['zta-identity', '2026-11-14', 67.8, '61 of 90 Identity tests passed, v2.6.0'],
      ['zta-devices', '2026-11-14', 64.5, '20 of 31 Devices tests passed, v2.6.0'],
      ['zta-network', '2026-11-14', 25, '3 of 12 Network tests passed, v2.6.0'],
      ['zta-data', '2026-11-14', 46.7, '14 of 30 Data tests passed, v2.6.0'],
      ['zta-infrastructure', '2026-11-14', 54.5, '6 of 11 Infrastructure tests passed, v2.6.0'],
    ]);
  });
  it('derives phishing-resistant users, MFA and compliant-device sign-ins and device compliance from the nodes, not the descriptions', () => {
    expect(
      values(r)
        .filter(([m]) => !m.startsWith('zta-'))
        .map(([m, , v, d]) => [m, v, d]),
    ).toEqual([
      ['phish-resistant-users', 25.6, '320 of 1250 users phish-resistant, v2.6.0'],
      ['mfa-signins', 76.8, '960 of 1250 sign-ins with MFA required, v2.6.0'],
      ['compliant-device-signins', 67.2, '840 of 1250 sign-ins from compliant devices, v2.6.0'],
      ['compliant-devices', 90.2, '540 of 599 devices compliant, 9 in grace period, v2.6.0'],
    ]);
  });
  it('keeps each test for the objective hints, with the N/A reason a skip suggests, and its run', () => {
    const run = '00000000-0000-0000-0000-000000000000_2026-11-14T09:30:12.417305+01:00';
    expect(r.tests).toEqual([
      {
        tool: 'zta',
        run,
        id: '21000',
        title: 'Phishing-resistant authentication methods are enabled for users',
        status: 'failed',
        detail: 'Failed, High risk',
      },
      {
        tool: 'zta',
        run,
        id: '24000',
        title: 'Compliance policies protect Windows devices',
        status: 'skipped',
        detail: 'Skipped, Medium risk, NotLicensedIntune',
        skipReason: 'licensing',
      },
      {
        tool: 'zta',
        run,
        id: '21001',
        title: 'Conditional Access blocks legacy authentication',
        status: 'passed',
        detail: 'Passed, High risk',
      },
    ]);
    expect(r.tenants).toEqual([
      {
        tenant: '00000000-0000-0000-0000-000000000000',
        file: 'samples/zerotrustassessment-ZeroTrustAssessmentReport.synthetic.json',
      },
    ]);
  });
  it('reads the JSON inside the HTML report the same way', () => {
    const html = readSource('zta', [inputFile('variants/zta-report.html')]);
    expect(values(html)).toEqual(values(r));
  });
  it('treats a missing pillar as absent (not 0), reads a BOM, and dates a +10:00 run on its local day', () => {
    const v = readSource('zta', [inputFile('variants/zta-bom-no-network.json')]);
    const pillars = values(v).filter(([m]) => m.startsWith('zta-'));
    expect(pillars.map(([m]) => m)).toEqual(['zta-identity', 'zta-devices', 'zta-data', 'zta-infrastructure']);
    expect(pillars[0]?.slice(1, 3)).toEqual(['2026-11-16', 77.8]);
  });
});
