import { describe, expect, it } from 'vitest';
import { plannedVsActual } from '../../../src/model/planned-vs-actual.js';
import { boardProgram } from '../../helpers/board-program.js';
import { everyObjective, makeProgram } from '../../helpers/make-program.js';
import { modelOf } from '../../helpers/program.js';

/** Issue 22's truth fixes: counts that add up, and no focus where nothing applies. */
const REMOTE = 'secure-remote-hybrid-work';
const ruledOut = { status: 'not-applicable', reason: 'scope' };
const ALL = [
  'strong-authentication',
  'saas-sso',
  'modern-auth-new-apps',
  'register-devices',
  'starting-point-policies',
  'app-proxy-sso',
  'enroll-devices',
  'compliant-devices-only',
  'monitor-config-drift',
  'passwordless',
];

describe('planned versus actual', async () => {
  const model = await modelOf(
    makeProgram({
      date: '2026-11-20',
      scenarios: {
        [REMOTE]: {
          objectives: {
            ...everyObjective(ALL, ruledOut),
            'strong-authentication': { status: 'complete', due: '2026-10-01', completed: '2026-09-20' }, // on time
            'saas-sso': { status: 'complete', due: '2026-10-01', completed: '2026-10-15' }, // late
            'modern-auth-new-apps': { status: 'in-progress', due: '2026-11-05' }, // overdue
            'register-devices': { status: 'in-progress', due: '2026-11-20' }, // due today
            'starting-point-policies': { status: 'in-progress', due: '2026-11-25' }, // due later this month: not due by now
            'app-proxy-sso': { status: 'complete', due: '2026-12-15', completed: '2026-11-10' }, // early
            'enroll-devices': { status: 'complete', completed: '2026-11-01' }, // never due
          },
        },
      },
    }),
  );
  const pva = model.plannedVsActual;
  it('counts as due by now what is due on or before the reporting date, not by the end of its month', () => {
    expect(pva.dueByNow).toBe(4);
    expect(pva.doneOfDue).toBe(2);
    // The chart's line still counts by month: 5 due by the end of November.
    expect(pva.planned[pva.months.indexOf('2026-11')]).toBe(5);
  });
  it('adds up: due by now = on time + late + no completed date + overdue + due today', () => {
    expect([pva.onTime, pva.late, pva.doneUndated, pva.openOverdue, pva.dueToday]).toEqual([1, 1, 0, 1, 1]);
    expect(pva.onTime + pva.late + pva.doneUndated + pva.openOverdue + pva.dueToday).toBe(pva.dueByNow);
    expect([pva.completedEarly, pva.completedWithoutDue]).toEqual([1, 1]);
  });
  it('adds up for generated programs of every size', async () => {
    for (const [objectives, seed] of [
      [30, 1],
      [300, 2],
      [400, 3],
    ] as const) {
      const p = (await modelOf(boardProgram({ objectives, seed }))).plannedVsActual;
      expect(p.onTime + p.late + p.doneUndated + p.openOverdue + p.dueToday).toBe(p.dueByNow);
      expect(p.onTime + p.late + p.doneUndated).toBe(p.doneOfDue);
    }
  });
  it('keeps the same counts from the model alone (a pure function of the objectives)', () => {
    const again = plannedVsActual(
      model.scenarios.flatMap((s) => s.objectives),
      model.reportingDate,
    );
    expect(again).toEqual(pva);
  });
});

describe('a scenario ruled out entirely', async () => {
  const model = await modelOf(
    makeProgram({
      scenarios: {
        [REMOTE]: { focus_stage: 2, objectives: everyObjective(ALL, ruledOut) },
        'meet-regulatory-compliance-requirements': { focus_stage: 2, objectives: {} },
      },
    }),
  );
  it('has no stage in focus; a scenario with work to do keeps its focus', () => {
    expect(model.scenarios[0]?.stages.some((s) => s.isFocus)).toBe(false);
    expect(model.scenarios[1]?.stages.map((s) => s.isFocus)).toEqual([false, true, false, false]);
  });
});
