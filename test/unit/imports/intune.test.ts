import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture, inputFile, inputText, readSource, values } from '../../helpers/imports.js';

describe('intune: device compliance', () => {
  it('counts managedDevices: in grace period is not compliant; no date in the file', () => {
    const r = readSource('intune', [inputFile('samples/graph-managedDevices.synthetic.json')]);
    expect(values(r)).toEqual([['compliant-devices', undefined, 33.3, '1 of 3 devices compliant, 1 in grace period']]);
  });
  it('merges pages, counts a device in two pages once, reads enum codes and leaves Configuration Manager devices out', () => {
    const r = readSource('intune', [
      inputFile('variants/intune-managed-devices-page-1.json'),
      inputFile('variants/intune-managed-devices-page-2.json'),
    ]);
    expect(values(r)).toEqual([
      [
        'compliant-devices',
        undefined,
        60,
        '3 of 5 devices compliant, 1 in grace period, 1 managed by Configuration Manager or not applicable left out',
      ],
    ]);
    expect(r.measurements[0]?.name).toBe('intune-managed-devices-page-1.json, intune-managed-devices-page-2.json');
  });
  it('reads the compliance state summary, leaving not applicable out of the denominator', () => {
    const r = readSource('intune', [
      inputFile('samples/graph-deviceCompliancePolicyDeviceStateSummary.synthetic.json'),
    ]);
    expect(values(r)).toEqual([
      ['compliant-devices', undefined, 90.2, '540 of 599 devices compliant, 9 in grace period'],
    ]);
  });
  it('reads the summary in the shape the Graph documentation shows it, one object in value (v1.0 and beta)', () => {
    const v1 = readSource('intune', [inputFile('variants/intune-compliance-summary-docs-v1.json')]);
    expect(values(v1)).toEqual([
      ['compliant-devices', undefined, 90.2, '540 of 599 devices compliant, 9 in grace period'],
    ]);
    const beta = readSource('intune', [inputFile('variants/intune-compliance-summary-docs-beta.json')]);
    expect(values(beta)).toEqual([
      ['compliant-devices', undefined, 74.1, '40 of 54 devices compliant, 2 in grace period'],
    ]);
    expect([...v1.problems, ...beta.problems]).toEqual([]);
  });
  it('locates a wrong count inside value', () => {
    const text = readFileSync(importFixture('variants/intune-compliance-summary-docs-v1.json'), 'utf8');
    const r = readSource('intune', [
      inputText('summary.json', text.replace('"errorDeviceCount": 2', '"errorDeviceCount": -2')),
    ]);
    expect(r.problems.map((p) => [p.message, p.location?.line])).toEqual([
      ['$.value.errorDeviceCount: errorDeviceCount is -2; a count of devices is a whole number, 0 or more', 12],
    ]);
  });
  it('reads the portal CSV export, also from a semicolon locale with a BOM', () => {
    expect(
      values(
        readSource('intune', [inputFile('samples/intune-all-devices-export.UNVERIFIED-headers.synthetic.csv')]),
      ).map((v) => v[2]),
    ).toEqual([33.3]);
    expect(values(readSource('intune', [inputFile('variants/intune-export-semicolon.csv')]))).toEqual([
      ['compliant-devices', undefined, 50, '2 of 4 devices compliant, 1 in grace period'],
    ]);
  });
  it('refuses a compliance value it does not know, at its row, naming the values it knows', () => {
    const r = readSource('intune', [inputFile('variants/intune-unknown-state.csv')]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        severity: 'error',
        message: 'row 2, column "Compliance": "Sort of" is not a compliance state ztdeck knows',
        hint: 'the values it reads are compliant, noncompliant, notcompliant, ingraceperiod, unknown, notevaluated, conflict, error, configmanager, managedbyconfigmanager, notapplicable',
        location: { file: 'variants/intune-unknown-state.csv', line: 3 },
      }),
    ]);
  });
});
