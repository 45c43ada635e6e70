import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

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
