import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPoints, type TaggedMeasurement } from '../../../src/imports/collect-points.js';
import { parseStamp } from '../../../src/imports/dates.js';
import { selectMetrics } from '../../../src/imports/select-metrics.js';
import { checkTenants } from '../../../src/imports/tenants.js';
import { emptyReading, type Metric } from '../../../src/imports/types.js';
import { importFixture, inputFile, inputText, readSource } from '../../helpers/imports.js';

const metric = (id: string, byDefault = true): Metric => ({
  id,
  title: id,
  unit: '%',
  direction: 'higher',
  source: `tool ${id}`,
  byDefault,
});
const m = (
  metricId: string,
  value: number,
  stamp?: string,
  extra: Partial<TaggedMeasurement> = {},
): TaggedMeasurement => ({
  metric: metricId,
  value,
  detail: `${value}`,
  file: 'f.json',
  name: 'f.json',
  source: 'secure-score',
  ...(stamp ? { stamp: parseStamp(stamp)! } : {}),
  ...extra,
});
const targets = (...ids: string[]) =>
  selectMetrics(
    ids.map((id) => metric(id)),
    [],
  ).targets;

describe('choosing the KPIs (--kpi)', () => {
  const available = [metric('secure-score'), metric('secure-score-adjusted'), metric('maester-cisa', false)];
  it('takes the default measures, each to the KPI of its own id', () => {
    expect([...selectMetrics(available, []).targets].map(([k, t]) => [k, t.kpi])).toEqual([
      ['secure-score', 'secure-score'],
      ['secure-score-adjusted', 'secure-score-adjusted'],
    ]);
  });
  it('picks a measure by id, sends one to another KPI, and sends the only measure anywhere', () => {
    expect(
      [...selectMetrics(available, ['maester-cisa', 'secure-score=posture-score']).targets].map(([k, t]) => [k, t.kpi]),
    ).toEqual([
      ['maester-cisa', 'maester-cisa'],
      ['secure-score', 'posture-score'],
    ]);
    expect(
      [...selectMetrics([metric('compliant-devices')], ['managed-devices']).targets].map(([k, t]) => [k, t.kpi]),
    ).toEqual([['compliant-devices', 'managed-devices']]);
  });
  it('says what is wrong with a --kpi that cannot be followed', () => {
    expect(selectMetrics(available, ['posture']).problems[0]).toMatchObject({
      code: 'usage',
      message: '--kpi posture: the files give several measures (secure-score, secure-score-adjusted, maester-cisa)',
      hint: 'say which goes to posture: --kpi <measure>=posture',
    });
    expect(selectMetrics(available, ['nope=x']).problems[0]?.message).toBe(
      '--kpi nope=x: the files give no measure "nope"',
    );
    expect(selectMetrics(available, ['secure-score=Not An Id']).problems[0]?.message).toBe(
      '--kpi secure-score=Not An Id: "Not An Id" is not a KPI id',
    );
    expect(selectMetrics(available, ['secure-score=x', 'secure-score-adjusted=x']).problems[0]?.message).toBe(
      '--kpi secure-score-adjusted=x: secure-score already goes to x',
    );
  });
});

describe('tenants', () => {
  it('refuses several tenants without --tenant, naming them and their files', () => {
    const r = readSource('secure-score', [inputFile('variants/secure-score-mixed-tenants.json')]);
    expect(checkTenants(r, undefined)).toEqual([
      expect.objectContaining({
        code: 'import-mixed-tenants',
        message:
          'the files hold data of 2 tenants: 00000000-0000-0000-0000-000000000000 (variants/secure-score-mixed-tenants.json); 11111111-2222-3333-4444-555555555555 (variants/secure-score-mixed-tenants.json)',
        hint: 'each KPI follows one tenant: pick it with --tenant <id>',
      }),
    ]);
    expect(checkTenants(r, '11111111-2222-3333-4444-555555555555')).toEqual([]);
    expect(checkTenants(r, 'ffffffff-0000-0000-0000-000000000000')[0]?.message).toBe(
      'the files hold no data of tenant ffffffff-0000-0000-0000-000000000000',
    );
    expect(checkTenants(emptyReading(), undefined)).toEqual([]);
  });
  it('names each tenant as the files write it, and tells tenants apart whatever their case', () => {
    const text = readFileSync(importFixture('samples/maester-TestResults.synthetic.json'), 'utf8');
    const offline = text
      .replace('"TenantId": "00000000-0000-0000-0000-000000000000"', '"TenantId": "TenantId (not connected to Graph)"')
      .replace('2026-11-14T08:05:31', '2026-11-15T08:05:31');
    const r = readSource('maester', [inputText('connected.json', text), inputText('offline.json', offline)]);
    expect(checkTenants(r, undefined)[0]?.message).toBe(
      'the files hold data of 2 tenants: 00000000-0000-0000-0000-000000000000 (connected.json); TenantId (not connected to Graph) (offline.json)',
    );
    const upper = text
      .replace(
        '"TenantId": "00000000-0000-0000-0000-000000000000"',
        '"TenantId": "0000000A-0000-0000-0000-000000000000"',
      )
      .replace('2026-11-14T08:05:31', '2026-11-15T08:05:31');
    const lower = upper.replace('0000000A-', '0000000a-').replace('2026-11-15T08:05:31', '2026-11-16T08:05:31');
    const same = readSource('maester', [inputText('upper.json', upper), inputText('lower.json', lower)]);
    expect(checkTenants(same, undefined)).toEqual([]);
    expect(checkTenants(same, 'ffffffff-0000-0000-0000-000000000000')[0]?.hint).toBe(
      'they hold: 0000000A-0000-0000-0000-000000000000 (upper.json, lower.json)',
    );
  });
  it("keeps only the chosen tenant's values (and those without a tenant)", () => {
    const all = [
      m('secure-score', 66, '2026-11-15T06:00:00Z', { tenant: 'A' }),
      m('secure-score', 48, '2026-11-15T06:00:00Z', { tenant: 'B' }),
    ];
    expect(
      collectPoints(all, targets('secure-score'), { reportingDate: '2026-11-20', tenant: 'b' }).points.map(
        (p) => p.value,
      ),
    ).toEqual([48]);
  });
});

describe('settling dates and values', () => {
  const o = { reportingDate: '2026-11-20' };
  it('needs --as-of for a file without dates, and never guesses', () => {
    const r = collectPoints([m('compliant-devices', 90.15)], targets('compliant-devices'), o);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'import-no-date',
        message: 'this file carries no date for its values',
        location: { file: 'f.json' },
      }),
    ]);
    const dated = collectPoints([m('compliant-devices', 90.15)], targets('compliant-devices'), {
      ...o,
      asOf: '2026-11-16',
    });
    expect(dated.points.map((p) => [p.date, p.value])).toEqual([['2026-11-16', 90.2]]);
  });
  it("lets --as-of replace a date the payload only suggests, not a snapshot's own date", () => {
    const r = collectPoints(
      [
        m('mfa-coverage', 50, '2026-11-14T03:05:11Z', { stampIsHint: true }),
        m('secure-score', 66, '2026-11-15T06:00:00Z'),
      ],
      targets('mfa-coverage', 'secure-score'),
      { ...o, asOf: '2026-11-16' },
    );
    expect(r.points.map((p) => [p.kpi, p.date])).toEqual([
      ['mfa-coverage', '2026-11-16'],
      ['secure-score', '2026-11-15'],
    ]);
  });
  it('counts a snapshot saved twice once, and keeps the latest reading of a day', () => {
    const r = collectPoints(
      [
        m('secure-score', 64, '2026-10-31T06:00:00Z', { snapshot: 's31' }),
        m('secure-score', 64, '2026-10-31T06:00:00Z', { snapshot: 's31' }),
        m('secure-score', 70, '2026-11-15T18:00:00Z'),
        m('secure-score', 66, '2026-11-15T06:00:00Z'),
      ],
      targets('secure-score'),
      o,
    );
    expect(r.points.map((p) => [p.date, p.value])).toEqual([
      ['2026-10-31', 64],
      ['2026-11-15', 70],
    ]);
    expect(r.notes).toEqual([
      'secure-score: 1 earlier reading of the same day left out (the latest of each day is kept).',
    ]);
  });
  it("keeps the last point on or before each period's end with --every", () => {
    const days = ['2026-10-01', '2026-10-20', '2026-11-02', '2026-11-15'].map((d, i) =>
      m('secure-score', 60 + i, `${d}T06:00:00Z`),
    );
    expect(collectPoints(days, targets('secure-score'), { ...o, every: 'month' }).points.map((p) => p.date)).toEqual([
      '2026-10-20',
      '2026-11-15',
    ]);
  });
  it('leaves out values after the reporting date with a warning, and refuses when nothing else is left', () => {
    const r = collectPoints(
      [m('secure-score', 66, '2026-11-15T06:00:00Z'), m('secure-score', 67, '2026-11-21T06:00:00Z')],
      targets('secure-score'),
      o,
    );
    expect(r.points.map((p) => p.date)).toEqual(['2026-11-15']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'date-order',
        severity: 'warning',
        message: 'secure-score: 1 value is after the reporting date 2026-11-20 and not imported (2026-11-21)',
      }),
    ]);
    const none = collectPoints([m('secure-score', 67, '2026-11-21T06:00:00Z')], targets('secure-score'), o);
    expect(none.problems.map((p) => [p.code, p.severity])).toEqual([['date-order', 'error']]);
  });
  it('rounds to one decimal and writes where each value came from', () => {
    const r = collectPoints(
      [m('secure-score', 64.8000001, '2026-11-14T06:10:02Z', { detail: '405 of 625 points', name: 'scores.json' })],
      targets('secure-score'),
      o,
    );
    expect(r.points).toEqual([
      expect.objectContaining({ value: 64.8, comment: 'import secure-score: 405 of 625 points (scores.json)' }),
    ]);
  });
});

describe('values long before the reporting date', () => {
  it('are imported with a warning when more than 13 months old: an old export, or the wrong file?', () => {
    const r = collectPoints(
      [
        m('secure-score', 54.2, '2019-03-19T06:00:00Z'),
        m('secure-score', 60, '2025-10-19T06:00:00Z'),
        m('secure-score', 66, '2026-11-15T06:00:00Z'),
      ],
      targets('secure-score'),
      { reportingDate: '2026-11-20' },
    );
    expect(r.points.map((p) => p.date)).toEqual(['2019-03-19', '2025-10-19', '2026-11-15']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'kpi-stale',
        severity: 'warning',
        message:
          'secure-score: 2 values are more than 13 months before the reporting date 2026-11-20 (2019-03-19, 2025-10-19); imported, and the deck shows the date of a latest value that old',
      }),
    ]);
    const recent = collectPoints([m('secure-score', 60, '2025-10-20T06:00:00Z')], targets('secure-score'), {
      reportingDate: '2026-11-20',
    });
    expect(recent.problems).toEqual([]);
  });
});
