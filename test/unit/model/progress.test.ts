import { describe, expect, it } from 'vitest';
import { progressOf, stageState } from '../../../src/model/progress.js';
import type { ObjectiveModel } from '../../../src/model/types.js';
import type { Status } from '../../../src/schema/status.js';

let n = 0;
function objective(status: Status, extra: Partial<ObjectiveModel> = {}): ObjectiveModel {
  n++;
  return {
    key: `s/o${n}`,
    id: `o${n}`,
    scenarioId: 's',
    stage: 1,
    title: `Objective ${n}`,
    custom: false,
    areas: [],
    status,
    percent: status === 'complete' ? 100 : 0,
    blockers: [],
    overdue: false,
    daysLate: 0,
    daysOverdue: 0,
    completedInPeriod: false,
    ...extra,
  };
}

describe('progressOf', () => {
  it('leaves not-applicable objectives out of the denominator', () => {
    const p = progressOf([
      objective('complete'),
      objective('complete'),
      objective('not-started'),
      objective('not-applicable', { reason: 'licensing' }),
    ]);
    expect(p).toMatchObject({ total: 4, applicable: 3, complete: 2, percentComplete: 66 });
    expect(p.byStatus['not-applicable']).toBe(1);
  });
  it('floors, so 100% means everything that applies is complete', () => {
    const many = [
      ...Array(199)
        .fill(0)
        .map(() => objective('complete')),
      objective('in-progress', { percent: 90 }),
    ];
    expect(progressOf(many).percentComplete).toBe(99);
    expect(progressOf([objective('complete'), objective('not-applicable')]).percentComplete).toBe(100);
  });
  it("averages the objectives' own percent for progress", () => {
    expect(
      progressOf([
        objective('complete'),
        objective('in-progress', { percent: 50 }),
        objective('blocked', { percent: 20 }),
        objective('not-started'),
      ]).progress,
    ).toBe(42);
  });
  it('counts overdue objectives', () => {
    expect(
      progressOf([objective('in-progress', { overdue: true, daysOverdue: 3 }), objective('in-progress')]).overdue,
    ).toBe(1);
  });
  it('has no percentage when nothing applies, nor for an empty set: nothing to complete is not 100 %', () => {
    expect(progressOf([objective('not-applicable')]).percentComplete).toBeNull();
    expect(progressOf([objective('not-applicable')]).progress).toBeNull();
    expect(progressOf([]).percentComplete).toBeNull();
  });
});

describe('stageState', () => {
  it('follows the shield: not started, in progress, complete', () => {
    expect(stageState(progressOf([objective('not-started'), objective('not-applicable')]))).toBe('not-started');
    expect(stageState(progressOf([objective('not-started'), objective('blocked')]))).toBe('in-progress');
    expect(stageState(progressOf([objective('not-started'), objective('complete')]))).toBe('in-progress');
    expect(stageState(progressOf([objective('complete'), objective('not-applicable')]))).toBe('complete');
  });
});
