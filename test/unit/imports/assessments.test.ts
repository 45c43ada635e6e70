import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

describe('maester: TestResults JSON', () => {
  it('gives passed ÷ (passed + failed), per block on request, dated ExecutedAt in its offset', () => {
    const r = readSource('maester', [inputFile('samples/maester-TestResults.synthetic.json')]);
    expect(values(r)).toEqual([
      ['maester-pass', '2026-11-14', 50, '2 of 4 tests passed, v1.2.0'],
      ['maester-cisa', '2026-11-14', 0, '0 of 1 CISA tests passed, v1.2.0'],
      ['maester-eidsca', '2026-11-14', 100, '1 of 1 EIDSCA tests passed, v1.2.0'],
    ]);
    expect(r.metrics.map((m) => [m.id, m.byDefault])).toEqual([
      ['maester-pass', true],
      ['maester-cisa', false],
      ['maester-eidsca', false],
    ]);
    expect(r.tests.map((t) => [t.id, t.status, t.skipReason])).toEqual([
      ['MT.1001', 'passed', undefined],
      ['CISA.MS.AAD.3.1', 'failed', undefined],
      ['EIDSCA.AP01', 'passed', undefined],
      ['CIS.M365.1.1.1', 'failed', undefined],
      ['MT.1050', 'skipped', 'licensing'],
    ]);
  });
  it('reads an older file without Index, Severity or ErrorCount; 23:30 at -05:00 is that local day', () => {
    const r = readSource('maester', [inputFile('variants/maester-older.json')]);
    expect(values(r)[0]).toEqual(['maester-pass', '2026-11-15', 50, '2 of 4 tests passed, v0.1.0']);
    expect(r.tests[1]?.detail).toBe('Failed');
  });
});

describe('scubagear: ScubaResults JSON', () => {
  it('gives SHALL compliance and the pass rate per product, dated TimestampZulu', () => {
    const r = readSource('scubagear', [inputFile('samples/scubagear-ScubaResults.synthetic.json')]);
    expect(values(r)).toEqual([
      ['scubagear-shall', '2026-11-14', 50, '1 of 2 SHALL controls pass, v1.8.0'],
      ['scubagear-aad', '2026-11-14', 50, '1 of 2 AAD controls pass (1 failures, 0 warnings), v1.8.0'],
      ['scubagear-teams', '2026-11-14', 0, '0 of 1 Teams controls pass (0 failures, 1 warnings), v1.8.0'],
    ]);
    expect(r.tests.map((t) => [t.id, t.status])).toEqual([
      ['MS.AAD.1.1v1', 'passed'],
      ['MS.AAD.3.1v1', 'failed'],
      ['MS.AAD.3.5v1', 'skipped'],
      ['MS.TEAMS.1.1v1', 'failed'],
    ]);
  });
  it('reads a file that starts with a BOM, as real ScubaGear files do', () => {
    expect(values(readSource('scubagear', [inputFile('variants/scubagear-bom.json')]))[0]?.[2]).toBe(50);
  });
});
