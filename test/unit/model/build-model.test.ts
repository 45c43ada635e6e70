import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/model/dates.js';
import { kpiModel } from '../../../src/model/kpis.js';
import { riskLevel } from '../../../src/model/risks.js';
import { modelOf, validFixture } from '../../helpers/program.js';

describe('buildModel on the custom-catalog fixture', async () => {
  const model = await modelOf(validFixture('custom-catalog'));
  const workplace = model.scenarios.find((s) => s.id === 'workplace')!;
  const supply = model.scenarios.find((s) => s.id === 'supply-chain')!;

  it("keeps the program's scenario order and the catalog's stage labels", () => {
    expect(model.scenarios.map((s) => s.id)).toEqual(['workplace', 'supply-chain']);
    expect(workplace.stages.map((s) => s.label)).toEqual(['Foundation', 'Hardening', 'Optimised']);
  });
  it('counts objectives not mentioned as not started', () => {
    expect(workplace.progress.byStatus).toEqual({
      'not-started': 1,
      'in-progress': 0,
      'at-risk': 0,
      blocked: 1,
      complete: 1,
      'not-applicable': 1,
    });
  });
  it('computes percent complete without the not-applicable objective', () => {
    // badge-access complete; clean-desk n/a; visitor-log blocked; cctv-analytics not started → 1 of 3
    expect(workplace.progress).toMatchObject({ total: 4, applicable: 3, complete: 1, percentComplete: 33 });
    expect(workplace.notApplicable.map((o) => [o.id, o.reason])).toEqual([['clean-desk', 'scope']]);
  });
  it('gives each stage its shield state and marks the focus stage', () => {
    expect(workplace.stages.map((s) => s.state)).toEqual(['complete', 'in-progress', 'not-started']);
    expect(workplace.stages.map((s) => s.isFocus)).toEqual([false, true, false]);
    expect(workplace.finished).toBe(false);
  });
  it('adds custom objectives to their stage after the catalog ones', () => {
    expect(supply.stages[1]?.objectives.map((o) => [o.id, o.custom])).toEqual([
      ['supplier-audits', false],
      ['acme-escrow', true],
    ]);
  });
  it('splits tracks with their own focus stage', () => {
    expect(supply.tracks.map((t) => [t.id, t.focusStage, t.progress.total, t.progress.complete])).toEqual([
      ['suppliers', 1, 3, 0],
      ['software', 3, 2, 1],
    ]);
  });
  it('marks overdue objectives against the reporting date', () => {
    const signed = supply.objectives.find((o) => o.id === 'signed-builds')!;
    expect(signed).toMatchObject({ overdue: true, daysOverdue: 19, percent: 50 });
    expect(model.overdue.map((o) => o.key)).toEqual(['supply-chain/signed-builds']);
  });
  it('knows what was completed in the period', () => {
    expect(model.completedInPeriod.map((o) => o.key)).toEqual(['supply-chain/sbom']);
  });
  it('computes the program total and the blocked list', () => {
    expect(model.progress).toMatchObject({ total: 9, applicable: 8, complete: 2, percentComplete: 25 });
    expect(model.blocked.map((o) => o.key)).toEqual(['workplace/visitor-log']);
  });
  it('computes functional areas from catalog areas', () => {
    expect(model.areas.map((a) => [a.id, a.progress.total, a.progress.complete])).toEqual([
      ['people', 1, 1],
      ['technology', 2, 0],
    ]);
  });
});

describe('kpiModel', () => {
  const period = { start: '2026-10-23', date: '2026-11-20' };
  const base = {
    title: 'MTTR',
    unit: 'hours',
    target: 8,
    series: { '2026-08-31': 20, '2026-09-30': 12, '2026-10-31': 14, '2026-11-15': 9 },
  };
  it('reads a lower-is-better KPI', () => {
    const k = kpiModel('mttr', { ...base, direction: 'lower' }, period);
    expect(k).toMatchObject({
      current: { date: '2026-11-15', value: 9 },
      previous: { value: 14 },
      periodStart: { date: '2026-09-30', value: 12 },
      trend: 'improving',
      onTarget: false,
      gap: 1,
    });
  });
  it('reads a higher-is-better KPI', () => {
    const k = kpiModel('x', { ...base, direction: 'higher', target: 9 }, period);
    expect(k).toMatchObject({ trend: 'worsening', onTarget: true, gap: 0 });
  });
  it('judges a KPI without a target neither on nor off target', () => {
    const { target: _unset, ...untargeted } = base;
    const k = kpiModel('x', { ...untargeted, direction: 'higher' }, period);
    expect(k).toMatchObject({ target: null, onTarget: null, gap: null, trend: 'worsening' });
  });
  it('calls a latest value stale when it is older than the rule allows (45 days by default)', () => {
    const at = (date: string, staleAfterDays?: number) =>
      kpiModel(
        'x',
        { ...base, direction: 'higher', series: { [date]: 3 } },
        period,
        staleAfterDays === undefined ? undefined : { staleAfterDays },
      );
    expect(at('2026-10-06')).toMatchObject({ ageDays: 45, stale: false });
    expect(at('2026-10-05')).toMatchObject({ ageDays: 46, stale: true });
    expect(at('2019-12-03')).toMatchObject({ stale: true });
    expect(at('2026-10-05', 60).stale).toBe(false);
    expect(at('2026-11-19', 0).stale).toBe(true);
  });
  it('calls a single value new', () => {
    expect(kpiModel('x', { ...base, direction: 'higher', series: { '2026-11-01': 3 } }, period).trend).toBe('new');
  });
});

describe('small helpers', () => {
  it('bands risk scores', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
  it('counts days across months and leap years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-20', '2026-11-01')).toBe(-19);
  });
});
