import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture, inputFile, inputText, readSource, values } from '../../helpers/imports.js';

const T = '00000000-0000-0000-0000-000000000000';

describe('secure-score: Graph security/secureScores', () => {
  it('gives currentScore ÷ maxScore per daily snapshot, dated createdDateTime (UTC), with its tenant', () => {
    const r = readSource('secure-score', [inputFile('samples/graph-secureScores.synthetic.json')]);
    expect(values(r)).toEqual([
      ['secure-score', '2026-11-15', 66, '412.5 of 625 points, 2026-11-15T06:12:40Z'],
      ['secure-score', '2026-11-14', 64.8, '405 of 625 points, 2026-11-14T06:10:02Z'],
    ]);
    expect(r.measurements.map((m) => [m.tenant, m.snapshot])).toEqual([
      [T, `${T}_2026-11-15`],
      [T, `${T}_2026-11-14`],
    ]);
    expect(r.metrics.map((m) => m.id)).toEqual(['secure-score']);
    expect(r.problems).toEqual([]);
  });
  it('reads Graph PowerShell output: PascalCase, AdditionalProperties, "\\/Date(ms)\\/", a BOM, a plain list', () => {
    const r = readSource('secure-score', [inputFile('variants/secure-score-powershell.json')]);
    expect(values(r).map(([m, d, v]) => [m, d, v])).toEqual([
      ['secure-score', '2026-11-15', 66],
      ['secure-score', '2026-11-14', 64.8],
    ]);
    expect(r.measurements.map((m) => m.tenant)).toEqual([T, T]);
  });
  it("reads Windows PowerShell 5.1's UTF-16 file", () => {
    expect(
      values(readSource('secure-score', [inputFile('variants/secure-score-utf16.json')])).map((v) => v[2]),
    ).toEqual([66, 64.8]);
  });
  it('reads paged saves, in one file or several', () => {
    const one = readSource('secure-score', [inputFile('variants/secure-score-history-pages.json')]);
    const two = readSource('secure-score', [
      inputFile('variants/secure-score-history-page-1.json'),
      inputFile('variants/secure-score-history-page-2.json'),
    ]);
    expect(values(one).map((v) => v.slice(1, 3))).toEqual([
      ['2026-11-15', 66],
      ['2026-11-14', 64.8],
      ['2026-10-31', 64],
      ['2026-10-31', 64],
      ['2026-10-15', 63.2],
      ['2026-09-30', 62],
    ]);
    expect(values(two)).toEqual(values(one));
    // the snapshot of 2026-10-31 is in both pages: same id, so it counts once later
    expect(one.measurements.filter((m) => m.stamp?.date === '2026-10-31').map((m) => m.snapshot)).toEqual([
      `${T}_2026-10-31`,
      `${T}_2026-10-31`,
    ]);
  });
  it('warns about a snapshot without maxScore and keeps one without a date for --as-of', () => {
    const r = readSource('secure-score', [inputFile('variants/secure-score-missing-fields.json')]);
    expect(values(r).map((v) => v.slice(1, 3))).toEqual([
      ['2026-11-15', 66],
      [undefined, 64.2],
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'import-incomplete',
        severity: 'warning',
        message: '$.value[1]: this snapshot has no number for maxScore, so it gives no value',
        location: expect.objectContaining({ line: 15, lineText: '    {' }),
      }),
    ]);
  });
  it('refuses a score above its max, pointing at it', () => {
    const r = readSource('secure-score', [inputFile('variants/secure-score-above-max.json')]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'out-of-range',
        severity: 'error',
        message: '$.value[1].currentScore: currentScore 700 is above maxScore 625',
        location: expect.objectContaining({
          file: 'variants/secure-score-above-max.json',
          line: 19,
          lineText: '      "currentScore": 700,',
        }),
      }),
    ]);
  });
  it('records every tenant it sees', () => {
    const r = readSource('secure-score', [inputFile('variants/secure-score-mixed-tenants.json')]);
    expect([...new Set(r.tenants.map((t) => t.tenant))]).toEqual([T, '11111111-2222-3333-4444-555555555555']);
  });
});

describe('secure-score adjusted for the controls the organization will not implement', () => {
  const files = [
    'variants/secure-score-history-pages.json',
    'variants/secure-score-control-profiles-excluded.json',
  ].map((f) => inputFile(f));
  const r = readSource('secure-score', files);
  it('leaves controls risk accepted (Ignored) or handled by a third party out; the latest state update decides', () => {
    expect(r.excludedControls.map((c) => [c.id, c.reason, c.maxScore, c.comment, c.updated])).toEqual([
      [
        'BlockLegacyAuthentication',
        'risk accepted (Ignored)',
        8,
        'Handhelds need legacy auth until the 2027 refresh (capacity)',
        '2026-09-02',
      ],
      ['scid_2001', 'resolved through a third party (ThirdParty)', 9, 'Third-party EDR on servers', '2026-08-20'],
    ]);
  });
  it('takes them out of both the points achieved and the maximum, and keeps both series', () => {
    const adjusted = values(r).filter(([m]) => m === 'secure-score-adjusted');
    expect(adjusted.map((v) => v.slice(1))).toEqual([
      ['2026-11-15', 67.2, '408.3 of 608 points, 2 controls left out, 2026-11-15T06:00:00Z'],
      ['2026-11-14', 65.9, '400.8 of 608 points, 2 controls left out, 2026-11-14T06:00:00Z'],
      ['2026-10-31', 65.3, '397 of 608 points, 2 controls left out, 2026-10-31T06:00:00Z'],
      ['2026-10-31', 65.3, '397 of 608 points, 2 controls left out, 2026-10-31T06:00:00Z'],
      ['2026-10-15', 64.5, '392 of 608 points, 2 controls left out, 2026-10-15T06:00:00Z'],
      ['2026-09-30', 63.4, '385.5 of 608 points, 2 controls left out, 2026-09-30T06:00:00Z'],
    ]);
    expect(values(r).filter(([m]) => m === 'secure-score')).toHaveLength(6);
    expect(r.metrics.map((m) => m.id)).toEqual(['secure-score', 'secure-score-adjusted']);
  });
  it('equals the raw score, and says so, when no control is left out', () => {
    const plain = readSource('secure-score', [
      inputFile('samples/graph-secureScores.synthetic.json'),
      inputFile('samples/graph-secureScoreControlProfiles.synthetic.json'),
    ]);
    expect(
      values(plain)
        .filter(([m]) => m === 'secure-score-adjusted')
        .map((v) => v[2]),
    ).toEqual([66, 64.8]);
    expect(plain.notes).toEqual([
      'No control is marked risk accepted or third party: the adjusted score equals the raw one.',
    ]);
  });
  it('subtracts, per snapshot, only the controls left out that the snapshot lists (Graph beta, a control added later)', () => {
    const beta = readSource('secure-score', [
      inputFile('variants/secure-score-beta-control-added.json'),
      inputFile('variants/secure-score-control-profiles-excluded.json'),
    ]);
    // scid_2001 (9 points) came to Secure Score after 2026-10-15: those snapshots' maximum of 616 never held it
    expect(
      values(beta)
        .filter(([m]) => m === 'secure-score-adjusted')
        .map((v) => v.slice(1)),
    ).toEqual([
      ['2026-11-15', 67.2, '408.3 of 608 points, 2 controls left out, 2026-11-15T06:00:00Z'],
      ['2026-10-15', 65, '395 of 608 points, 1 control left out, 1 more not in this snapshot, 2026-10-15T06:00:00Z'],
      [
        '2026-09-30',
        63.4,
        '385.5 of 608 points, 1 control left out, 1 more not in this snapshot, 2026-09-30T06:00:00Z',
      ],
    ]);
    expect(beta.excludedControls.map((c) => [c.id, c.notListedIn])).toEqual([
      ['BlockLegacyAuthentication', []],
      ['scid_2001', ['2026-09-30', '2026-10-15']],
    ]);
    expect(beta.problems).toEqual([]);
  });
  it('names a snapshot without a date by its id when it does not list a control left out', () => {
    const text = readFileSync(importFixture('variants/secure-score-beta-control-added.json'), 'utf8').replace(
      '"createdDateTime": "2026-09-30T06:00:00Z",',
      '',
    );
    const r = readSource('secure-score', [
      inputText('scores.json', text),
      inputFile('variants/secure-score-control-profiles-excluded.json'),
    ]);
    expect(r.excludedControls.find((c) => c.id === 'scid_2001')?.notListedIn).toEqual([
      '00000000-0000-0000-0000-000000000000_2026-09-30',
      '2026-10-15',
    ]);
  });
  it('cannot adjust a snapshot that lists no controlScores', () => {
    const s = readSource('secure-score', [
      inputFile('samples/graph-secureScores.synthetic.json'),
      inputFile('variants/secure-score-control-profiles-excluded.json'),
    ]);
    expect(
      values(s)
        .filter(([m]) => m === 'secure-score-adjusted')
        .map((v) => v[1]),
    ).toEqual(['2026-11-15']);
    expect(s.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', '$.value[1]: this snapshot lists no controlScores, so its adjusted score cannot be computed'],
    ]);
  });
});
