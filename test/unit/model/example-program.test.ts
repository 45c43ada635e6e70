import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/cli.js';
import { modelOf } from '../../helpers/program.js';

/** The example in data/ must keep showing every state a deck has to handle. */
describe('the example program in data/', async () => {
  const model = await modelOf(path.join(repoRoot, 'data'));
  const pct = (id: string) => model.scenarios.find((s) => s.id === id)!.progress.percentComplete;

  it('has all five scenarios in scope, in different states', () => {
    expect(model.scenarios).toHaveLength(5);
    const percents = model.scenarios.map((s) => s.progress.percentComplete ?? -1);
    expect(new Set(percents).size).toBe(5);
    expect(Math.max(...percents)).toBeGreaterThanOrEqual(85);
    expect(pct('meet-regulatory-compliance-requirements')).toBeLessThan(15);
  });
  it('has blocked, at-risk, overdue and not-applicable objectives, and custom ones', () => {
    expect(model.blocked.length).toBeGreaterThan(0);
    expect(model.atRisk.length).toBeGreaterThan(0);
    expect(model.overdue.length).toBeGreaterThan(0);
    expect(
      model.scenarios
        .flatMap((s) => s.notApplicable)
        .map((o) => o.reason)
        .sort(),
    ).toEqual(expect.arrayContaining(['licensing', 'other', 'scope']));
    expect(model.scenarios.flatMap((s) => s.objectives).filter((o) => o.custom).length).toBeGreaterThanOrEqual(3);
  });
  it('has KPIs with six or more months of history, and risks and decisions', () => {
    expect(model.kpis.length).toBeGreaterThanOrEqual(4);
    for (const k of model.kpis) expect(k.points.length, k.id).toBeGreaterThanOrEqual(6);
    expect(model.kpis.some((k) => k.direction === 'lower')).toBe(true);
    expect(model.risks.length).toBeGreaterThanOrEqual(5);
    expect(model.decisions.some((d) => d.status === 'open')).toBe(true);
    expect(model.highlights.length).toBeGreaterThan(0);
  });
  it('computes the program total from the scenarios', () => {
    const sum = (f: (s: (typeof model.scenarios)[number]) => number) => model.scenarios.reduce((n, s) => n + f(s), 0);
    expect(model.progress.total).toBe(sum((s) => s.progress.total));
    expect(model.progress.complete).toBe(sum((s) => s.progress.complete));
    expect(model.progress.applicable).toBe(sum((s) => s.progress.applicable));
    expect(model.progress.percentComplete).toBe(
      Math.floor((model.progress.complete * 100) / model.progress.applicable),
    );
  });
});
