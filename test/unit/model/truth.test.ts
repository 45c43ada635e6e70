import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build-model.js';
import { everyObjective, makeProgram } from '../../helpers/make-program.js';
import { modelOf, validData } from '../../helpers/program.js';

/**
 * Issue 12: every computed figure is true for any valid program. Each case is
 * a small program made here, and the expected facts are derived from it.
 */
const REMOTE = 'secure-remote-hybrid-work';
const STAGES = [
  ['strong-authentication', 'saas-sso', 'modern-auth-new-apps'],
  ['register-devices', 'starting-point-policies', 'app-proxy-sso'],
  ['enroll-devices', 'compliant-devices-only'],
  ['monitor-config-drift', 'passwordless'],
] as const;
const ALL = STAGES.flat();
const ruledOut = { status: 'not-applicable', reason: 'scope' };

describe('a scenario with nothing applicable', async () => {
  const model = await modelOf(
    makeProgram({
      scenarios: {
        [REMOTE]: { objectives: everyObjective(ALL, ruledOut) },
        'meet-regulatory-compliance-requirements': { objectives: {} },
      },
    }),
  );
  const remote = model.scenarios.find((s) => s.id === REMOTE)!;

  it('has no percentage, never 100 %', () => {
    expect(remote.progress.percentComplete).toBeNull();
    expect(remote.progress.progress).toBeNull();
  });
  it('is not finished, and not applicable in every stage and in its health', () => {
    expect(remote.finished).toBe(false);
    expect(remote.stages.map((s) => s.state)).toEqual([
      'not-applicable',
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
    expect(remote.health.level).toBe('not-applicable');
  });
  it("is left out of the program's total", () => {
    const other = model.scenarios.find((s) => s.id !== REMOTE)!;
    expect(model.progress.applicable).toBe(other.progress.applicable);
    expect(model.progress.percentComplete).toBe(other.progress.percentComplete);
  });
});

describe('a scenario with one applicable objective', async () => {
  const objectives = {
    ...everyObjective(ALL, ruledOut),
    'strong-authentication': { status: 'complete', completed: '2026-05-15' },
  };
  const remote = (await modelOf(makeProgram({ scenarios: { [REMOTE]: { objectives } } }))).scenarios[0]!;
  it('is 100 % and finished: its one stage that applies is complete, the others do not apply', () => {
    expect(remote.progress.percentComplete).toBe(100);
    expect(remote.stages.map((s) => s.state)).toEqual([
      'complete',
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
    expect(remote.finished).toBe(true);
  });
});

describe('health', () => {
  const health = async (
    objectives: Record<string, Record<string, unknown>>,
    rule?: { redOverdueDays: number; amberOverdueDays: number },
  ) => {
    const data = await validData(makeProgram({ scenarios: { [REMOTE]: { objectives } } }));
    return buildModel(data, rule ? { health: rule } : {}).scenarios[0]!.health.level;
  };
  it('is "not started", not green, when nothing has started and nothing is due', async () => {
    expect(await health({ 'saas-sso': { status: 'not-started', due: '2027-03-01' } })).toBe('not-started');
  });
  it('is never green with an objective due before the reporting date and not complete', async () => {
    expect(await health({ 'saas-sso': { status: 'in-progress', due: '2026-11-01' } })).toBe('amber');
    expect(await health({ 'saas-sso': { status: 'not-started', due: '2026-11-01' } })).toBe('amber');
  });
  it('is red when an objective is blocked, or overdue past the threshold, which a template can set', async () => {
    expect(await health({ 'saas-sso': { status: 'blocked', blockers: ['A licence'] } })).toBe('red');
    const late = { 'saas-sso': { status: 'in-progress', due: '2026-10-01' } };
    expect(await health(late)).toBe('red');
    expect(await health(late, { redOverdueDays: 60, amberOverdueDays: 0 })).toBe('amber');
    expect(await health(late, { redOverdueDays: 60, amberOverdueDays: 60 })).toBe('green');
  });
  it('is green when work has started and nothing is late', async () => {
    expect(await health({ 'saas-sso': { status: 'in-progress', due: '2027-01-01' } })).toBe('green');
  });
});

describe('KPIs', async () => {
  const model = await modelOf(
    makeProgram({
      kpis: {
        mttr: {
          title: 'Mean time to recover',
          unit: 'hours',
          direction: 'lower',
          target: 24,
          series: { '2026-09-30': 30, '2026-10-31': 27.5 },
        },
        clicks: { title: 'Click rate', unit: '%', direction: 'lower', target: 5, series: { '2026-10-31': 4.2 } },
        mfa: {
          title: 'MFA',
          unit: '%',
          direction: 'higher',
          target: 24,
          series: { '2026-09-30': 20, '2026-10-31': 22.4 },
        },
      },
    }),
  );
  const kpi = (id: string) => model.kpis.find((k) => k.id === id)!;
  it('judge the target by the direction: lower is better', () => {
    expect(kpi('mttr').onTarget).toBe(false);
    expect(kpi('clicks').onTarget).toBe(true);
  });
  it('tell which way the value moved apart from whether that is better', () => {
    expect(kpi('mttr').movement).toBe('down');
    expect(kpi('mttr').trend).toBe('improving');
    expect(kpi('clicks').movement).toBe('new');
  });
  it('keep the gap to the precision of the data (no 1.5999999999999943)', () => {
    expect(kpi('mfa').gap).toBe(1.6);
    expect(kpi('mttr').gap).toBe(3.5);
  });
});

describe('planned versus actual', async () => {
  const model = await modelOf(
    makeProgram({
      scenarios: {
        [REMOTE]: {
          objectives: {
            'strong-authentication': { status: 'complete', completed: '2026-06-01' },
            'saas-sso': { status: 'complete', completed: '2026-07-01', due: '2027-02-01' },
            'modern-auth-new-apps': { status: 'complete', completed: '2024-05-01', due: '2022-05-01' },
            'register-devices': { status: 'complete', completed: '2026-08-01', due: '2026-08-31' },
            'starting-point-policies': { status: 'complete', completed: '2005-01-01', due: '2026-01-31' },
          },
        },
      },
    }),
  );
  const pva = model.plannedVsActual;
  const last = pva.actual.filter((v) => v !== null).length - 1;
  it('counts completions without a due date apart, so done can exceed due and say why', () => {
    expect(pva.actual[last]).toBe(5);
    expect(pva.planned[last]).toBe(3);
    expect(pva.completedWithoutDue).toBe(1);
    expect(pva.completedEarly).toBe(1);
  });
  it('shows the slip of an objective completed late', () => {
    const late = model.scenarios[0]!.objectives.find((o) => o.id === 'modern-auth-new-apps')!;
    expect(late.daysLate).toBe(731);
    expect(model.scenarios[0]!.objectives.find((o) => o.id === 'register-devices')!.daysLate).toBe(0);
  });
  it("keeps the axis to the program's span, an implausible date counted from its first month", () => {
    expect(pva.months[0]).toBe('2022-05');
    expect(pva.actual[0]).toBe(1);
  });
});

describe('decisions', async () => {
  const model = await modelOf(
    makeProgram({
      decisions: {
        today: { title: 'Today', asked_of: 'CFO', needed_by: '2026-11-20' },
        late: { title: 'Late', asked_of: 'CFO', needed_by: '2026-11-15' },
      },
    }),
  );
  it('count the days left from the reporting date, negative when late', () => {
    expect(model.decisions.map((d) => [d.id, d.daysLeft])).toEqual([
      ['late', -5],
      ['today', 0],
    ]);
  });
});
