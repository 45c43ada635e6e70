import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build-model.js';
import { DEFAULT_RANKING } from '../../../src/model/ranking.js';
import { boardProgram } from '../../helpers/board-program.js';
import { everyObjective, makeProgram } from '../../helpers/make-program.js';
import { modelOf, validData } from '../../helpers/program.js';

/**
 * The board's ranking of what needs attention (issue 22): severity first
 * (blocked, then overdue by days late, then at risk), then the risk the
 * objective protects (above appetite first, then by score), then its focus,
 * then its id; never the order of the files.
 */
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
const risk = (likelihood: number, impact: number, mitigated_by: string[], extra: object = {}) => ({
  title: `Risk ${likelihood}x${impact}`,
  likelihood,
  impact,
  treatment: 'reduce',
  owner: 'CISO',
  trend: 'stable',
  mitigated_by,
  ...extra,
});
const keys = (model: Awaited<ReturnType<typeof modelOf>>) => model.attention.map((a) => a.objective.id);

describe('needs attention, ranked', async () => {
  const objectives = {
    ...everyObjective(ALL, ruledOut),
    'strong-authentication': { status: 'at-risk' },
    'saas-sso': { status: 'in-progress', due: '2026-11-10' }, // 10 days overdue
    'modern-auth-new-apps': { status: 'in-progress', due: '2026-08-01' }, // 111 days overdue
    'register-devices': { status: 'blocked', blockers: ['Budget'] },
    'starting-point-policies': { status: 'blocked', blockers: ['Licence'] },
    'app-proxy-sso': { status: 'blocked', blockers: ['Vendor'], due: '2026-01-01' }, // blocked and overdue: blocked
  };
  const program = (extra: object = {}) =>
    makeProgram({
      scenarios: { [REMOTE]: { focus_stage: 2, objectives } },
      risks: {
        small: risk(2, 2, ['starting-point-policies']),
        big: risk(4, 4, ['register-devices']),
      },
      ...extra,
    });
  const model = await modelOf(program());

  it('puts blocked first, then overdue by days late, then at risk', () => {
    expect(model.attention.map((a) => a.kind)).toEqual([
      'blocked',
      'blocked',
      'blocked',
      'overdue',
      'overdue',
      'at-risk',
    ]);
    expect(keys(model).slice(3)).toEqual(['modern-auth-new-apps', 'saas-sso', 'strong-authentication']);
  });
  it('orders blocked objectives by the score of the risk they protect, then by focus, then by id', () => {
    // register-devices protects a 16, starting-point-policies a 4; app-proxy-sso nothing (both stage 2, in focus).
    expect(keys(model).slice(0, 3)).toEqual(['register-devices', 'starting-point-policies', 'app-proxy-sso']);
    expect(model.attention[0]?.protects?.id).toBe('big');
  });
  it('puts what protects a risk above appetite first, whatever its score', async () => {
    const judged = await modelOf(program({ appetite: { max_score: 20, by_impact_area: { regulatory: 3 } } }));
    // Re-made with the small risk in a strict area: 4 > 3 is above appetite, 16 ≤ 20 within.
    const dir = makeProgram({
      scenarios: { [REMOTE]: { focus_stage: 2, objectives } },
      risks: {
        small: risk(2, 2, ['starting-point-policies'], { impact_area: 'regulatory' }),
        big: risk(4, 4, ['register-devices'], { impact_area: 'operational' }),
      },
      appetite: { max_score: 20, by_impact_area: { regulatory: 3 } },
    });
    const strict = await modelOf(dir);
    expect(strict.risks.map((r) => [r.id, r.appetite])).toEqual([
      ['small', 'above'],
      ['big', 'within'],
    ]);
    expect(keys(strict).slice(0, 2)).toEqual(['starting-point-policies', 'register-devices']);
    expect(keys(judged).slice(0, 2)).toEqual(['register-devices', 'starting-point-policies']);
  });
  it('follows the weights a template sets: equal weights rank blocked and overdue together', async () => {
    const data = await validData(program());
    const flat = buildModel(data, {
      ranking: { ...DEFAULT_RANKING, severity: { blocked: 1, overdue: 1, 'at-risk': 1 } },
    });
    // Overdue ones rank by their days first; the at-risk one, protecting nothing, is among the last.
    expect(keys(flat)[0]).toBe('modern-auth-new-apps');
    expect(new Set(keys(flat))).toEqual(new Set(keys(model)));
  });
  it('gives the focus weight its say when a template raises it', async () => {
    const data = await validData(
      makeProgram({
        scenarios: {
          [REMOTE]: {
            focus_stage: 1,
            objectives: {
              ...everyObjective(ALL, ruledOut),
              'strong-authentication': { status: 'blocked', blockers: ['x'] },
              'register-devices': { status: 'blocked', blockers: ['y'] },
            },
          },
        },
        risks: { r: risk(3, 3, ['register-devices']) },
      }),
    );
    expect(keys(buildModel(data))).toEqual(['register-devices', 'strong-authentication']);
    expect(keys(buildModel(data, { ranking: { ...DEFAULT_RANKING, focus: 1000 } }))).toEqual([
      'strong-authentication',
      'register-devices',
    ]);
  });
});

describe('the ranking of a large program', () => {
  it('is the same however the YAML orders its maps', async () => {
    const spec = { objectives: 300, risks: 60, decisions: 30, highlights: 10, kpis: 6, seed: 7 };
    const plain = await modelOf(boardProgram(spec));
    const shuffled = await modelOf(boardProgram({ ...spec, shuffle: true }));
    const order = (m: typeof plain) => ({
      attention: m.attention.map((a) => a.objective.key),
      since: m.since.map((s) =>
        s.kind === 'completed'
          ? s.objective.key
          : s.kind === 'kpi'
            ? s.kpi.id
            : s.kind === 'stage'
              ? `${s.scenarioId}/${s.stage}/${s.track}`
              : s.text,
      ),
      decisions: m.openDecisions.map((d) => d.id),
      risks: m.risks.map((r) => r.id),
    });
    expect(plain.attention.length).toBeGreaterThan(50);
    expect(order(shuffled)).toEqual(order(plain));
  });
  it('lists every blocked, overdue and at-risk objective once', async () => {
    const model = await modelOf(boardProgram({ objectives: 120, risks: 20, seed: 3 }));
    const all = model.scenarios.flatMap((s) => s.objectives);
    const expected = all.filter((o) => o.status === 'blocked' || o.overdue || o.status === 'at-risk').map((o) => o.key);
    expect(model.attention.map((a) => a.objective.key).sort()).toEqual([...expected].sort());
  });
  it('puts the open decisions overdue first, then by the date needed', async () => {
    const model = await modelOf(boardProgram({ objectives: 30, decisions: 40, seed: 5 }));
    const needed = model.openDecisions.map((d) => d.neededBy);
    expect(needed).toEqual([...needed].sort());
    expect(model.openDecisions.every((d) => d.status === 'open')).toBe(true);
    const firstUpcoming = model.openDecisions.findIndex((d) => d.daysLeft >= 0);
    expect(model.openDecisions.slice(firstUpcoming).every((d) => d.daysLeft >= 0)).toBe(true);
  });
});

describe('since the last meeting', async () => {
  const model = await modelOf(
    makeProgram({
      scenarios: {
        [REMOTE]: {
          focus_stage: 2,
          objectives: {
            ...everyObjective(ALL, ruledOut),
            'strong-authentication': { status: 'complete', completed: '2026-11-02' },
            'saas-sso': { status: 'complete', completed: '2026-09-01' },
            'register-devices': { status: 'complete', completed: '2026-11-01' },
            'starting-point-policies': { status: 'complete', completed: '2026-10-30' },
            'app-proxy-sso': { status: 'in-progress' },
          },
        },
      },
      kpis: {
        mfa: {
          title: 'MFA',
          unit: '%',
          direction: 'higher',
          target: 90,
          series: { '2026-10-01': 80, '2026-11-15': 95 },
        },
        flat: {
          title: 'Flat',
          unit: '%',
          direction: 'higher',
          target: 50,
          series: { '2026-10-01': 60, '2026-11-15': 70 },
        },
      },
      highlights: ['A highlight'],
    }),
  );
  it('tells completed stages and KPI targets reached first, then highlights, then completions in focus first', () => {
    expect(model.since.map((s) => s.kind)).toEqual([
      'stage',
      'kpi',
      'highlight',
      'completed',
      'completed',
      'completed',
    ]);
    const first = model.since[0];
    expect(first?.kind === 'stage' && first.stage).toBe(1);
    const kpi = model.since[1];
    // "flat" was on target before the period: not reached since.
    expect(kpi?.kind === 'kpi' && kpi.kpi.id).toBe('mfa');
    expect(model.since.slice(3).map((s) => (s.kind === 'completed' ? s.objective.id : ''))).toEqual([
      'register-devices',
      'starting-point-policies',
      'strong-authentication',
    ]);
  });
});
