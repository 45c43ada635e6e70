import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

describe('defender-cloud: Defender for Cloud secure score', () => {
  it('reads the ARM answer: current ÷ max of ascScore (not the 0-1 percentage)', () => {
    expect(
      values(readSource('defender-cloud', [inputFile('samples/defender-for-cloud-secureScores.arm.synthetic.json')])),
    ).toEqual([['cloud-secure-score', undefined, 62.8, '36.4 of 58 points, 1 subscription']]);
  });
  it('weighs several subscriptions as Microsoft does: Σ(weight × current ÷ max) ÷ Σ weight', () => {
    const r = readSource('defender-cloud', [inputFile('samples/defender-for-cloud-secureScores.arg.synthetic.csv')]);
    // (120 × 36.4/58 + 35 × 23.81/58) ÷ 155 = 0.5786
    expect(values(r)).toEqual([['cloud-secure-score', undefined, 57.9, 'weighted over 2 subscriptions']]);
    expect(r.measurements[0]?.tenant).toBe('00000000-0000-0000-0000-000000000000');
  });
  it('reads Az PowerShell (PascalCase, flattened), a weight of 0 counting as 1', () => {
    const r = readSource('defender-cloud', [inputFile('variants/defender-cloud-az-powershell.json')]);
    // (120 × 36.4/58 + 1 × 23.81/58) ÷ 121
    expect(values(r).map((v) => v[2])).toEqual([62.6]);
  });
  it('keeps tenants apart, one value each, so --tenant can pick', () => {
    const r = readSource('defender-cloud', [inputFile('variants/defender-cloud-mixed-tenants.csv')]);
    expect(r.measurements.map((m) => [m.tenant, Math.round(m.value * 10) / 10])).toEqual([
      ['00000000-0000-0000-0000-000000000000', 62.8],
      ['11111111-2222-3333-4444-555555555555', 50],
    ]);
  });
});
