import { describe, expect, it } from 'vitest';
import { inputFile, readSource, values } from '../../helpers/imports.js';

describe('mde: Defender for Endpoint', () => {
  it('reads the exposure score (lower is better) and the device secure score, dated time', () => {
    const r = readSource('mde', [
      inputFile('samples/mde-exposureScore.synthetic.json'),
      inputFile('samples/mde-configurationScore.synthetic.json'),
    ]);
    expect(values(r)).toEqual([
      ['exposure-score', '2026-11-14', 31.7, 'score 31.7, 2026-11-14T09:15:58.1665846Z'],
      ['device-secure-score', '2026-11-14', 612, 'score 612, 2026-11-14T09:15:58.1665846Z'],
    ]);
    expect(r.metrics.find((m) => m.id === 'exposure-score')?.direction).toBe('lower');
  });
  it('refuses an exposure score outside 0-100', () => {
    const r = readSource('mde', [inputFile('variants/mde-exposure-out-of-range.json')]);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      ['out-of-range', '$.score: score is 130; the exposure score runs from 0 to 100'],
    ]);
  });
  it('counts devices not onboarded from the machines API: "can be onboarded", the rest in the detail', () => {
    const r = readSource('mde', [inputFile('variants/mde-machines.json')]);
    expect(values(r)).toEqual([
      [
        'devices-not-onboarded',
        undefined,
        2,
        '2 of 5 devices can be onboarded, 1 onboarded, 1 unsupported, 1 with insufficient info',
      ],
    ]);
  });
  it('and from the device inventory export\'s "Onboarding status" column', () => {
    const r = readSource('mde', [inputFile('variants/mde-device-inventory.csv')]);
    expect(values(r)).toEqual([
      [
        'devices-not-onboarded',
        undefined,
        3,
        '3 of 6 devices can be onboarded, 1 onboarded, 1 unsupported, 1 with insufficient info',
      ],
    ]);
  });
});
