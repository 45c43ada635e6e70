import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './cli.js';
import { makeProgram, type ScenarioSpec } from './make-program.js';

interface CatalogScenario {
  id: string;
  tracks?: { id: string }[];
  stages: { stage: number; objectives: { id: string; title: string; track?: string }[] }[];
}

/** The built-in catalog's scenarios, as the YAML file says them. */
export function catalogScenarios(): CatalogScenario[] {
  const file = path.join(repoRoot, 'src', 'catalog', 'builtin', 'microsoft-zero-trust-adoption.yaml');
  return (parse(readFileSync(file, 'utf8')) as { scenarios: CatalogScenario[] }).scenarios;
}

/** A small deterministic generator (mulberry32), so a seed gives the same program every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BoardProgramSpec {
  /** Applicable objectives: catalog ones first (the rest of a scenario in use not applicable), then custom ones. */
  objectives: number;
  decisions?: number;
  risks?: number;
  highlights?: number;
  kpis?: number;
  seed?: number;
  /** program.yaml risk_appetite. */
  appetite?: { max_score: number; by_impact_area?: Record<string, number> };
  /** Write every map of the YAML in another order (the same program). */
  shuffle?: boolean;
}

const DATE = '2026-11-20';
const day = (offset: number) => new Date(Date.UTC(2026, 10, 20 + offset)).toISOString().slice(0, 10);
const AREAS = ['financial', 'operational', 'regulatory'];

/**
 * A program of any size for the board's page: `objectives` applicable
 * objectives with every kind of status (blocked, overdue by various days, at
 * risk, completed in and before the period), risks linked to them, decisions
 * around the reporting date, highlights and KPIs. Returns the program folder.
 */
export function boardProgram(spec: BoardProgramSpec): string {
  const rnd = random(spec.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const scenarios: Record<string, ScenarioSpec> = {};
  const keys: string[] = [];
  const record = (i: number): Record<string, unknown> => {
    const r = rnd();
    const owner = `Owner ${i % 13}`;
    if (r < 0.3)
      return { status: 'complete', owner, due: day(-40 + (i % 30)), completed: day(-Math.floor(rnd() * 60)) };
    if (r < 0.4)
      return { status: 'blocked', owner, due: day(-5 + (i % 20)), blockers: [`Waiting for budget line ${i}`] };
    if (r < 0.55) return { status: 'in-progress', owner, due: day(-1 - Math.floor(rnd() * 150)) };
    if (r < 0.65) return { status: 'at-risk', owner, due: day(10 + (i % 40)) };
    if (r < 0.8) return { status: 'in-progress', owner, due: day(5 + (i % 90)) };
    return { status: 'not-started', owner, due: day(30 + (i % 120)) };
  };
  let left = spec.objectives;
  let n = 0;
  const catalog = catalogScenarios();
  for (const s of catalog) {
    if (left <= 0) break;
    const objectives: Record<string, Record<string, unknown>> = {};
    for (const st of s.stages)
      for (const o of st.objectives) {
        if (left > 0) {
          objectives[o.id] = record(n++);
          keys.push(`${s.id}/${o.id}`);
          left--;
        } else objectives[o.id] = { status: 'not-applicable', reason: 'scope' };
      }
    scenarios[s.id] = { focus_stage: 1 + (n % 3), objectives, custom_objectives: {} };
  }
  const ids = Object.keys(scenarios);
  for (let i = 0; left > 0; i++, left--) {
    const sid = ids[i % ids.length] as string;
    const s = catalog.find((c) => c.id === sid) as CatalogScenario;
    const id = `own-${i}`;
    (scenarios[sid] as ScenarioSpec).custom_objectives = {
      ...(scenarios[sid] as ScenarioSpec).custom_objectives,
      [id]: {
        title: `Own objective ${i}: harden the ${pick(['depot', 'branch', 'cloud', 'payroll'])} estate, step ${i}`,
        stage: 1 + (i % 4),
        ...(s.tracks ? { track: s.tracks[i % s.tracks.length]?.id } : {}),
        ...record(n++),
      },
    };
    keys.push(`${sid}/${id}`);
  }
  const risks = Object.fromEntries(
    Array.from({ length: spec.risks ?? 0 }, (_, i) => [
      `risk-${i}`,
      {
        title: `Risk ${i}: an attacker reaches system ${i} through a supplier's account`,
        likelihood: 1 + Math.floor(rnd() * 5),
        impact: 1 + Math.floor(rnd() * 5),
        treatment: 'reduce',
        owner: `Risk owner ${i % 7}`,
        trend: pick(['increasing', 'stable', 'decreasing']),
        status: rnd() < 0.15 ? 'closed' : 'open',
        impact_area: AREAS[i % AREAS.length],
        mitigated_by: keys.length ? [pick(keys), pick(keys)].filter((k, j, all) => all.indexOf(k) === j) : [],
      },
    ]),
  );
  const decisions = Object.fromEntries(
    Array.from({ length: spec.decisions ?? 0 }, (_, i) => {
      const decided = rnd() < 0.2;
      return [
        `decision-${i}`,
        {
          title: `Decision ${i}: fund the licences of region ${i} for three years`,
          asked_of: pick(['CFO', 'CIO', 'Steering committee']),
          needed_by: day(-20 + Math.floor(rnd() * 80)),
          recommendation: `Approve the three-year plan for region ${i}`,
          ...(decided ? { status: 'decided', outcome: 'Approved' } : {}),
        },
      ];
    }),
  );
  const kpis = Object.fromEntries(
    Array.from({ length: spec.kpis ?? 0 }, (_, i) => [
      `kpi-${i}`,
      {
        title: `KPI ${i}: coverage of control ${i}`,
        unit: '%',
        direction: 'higher',
        target: 90,
        series: { [day(-60)]: 40 + i, [day(-30)]: 50 + i * 3, [day(-2)]: Math.min(99, 55 + i * 7) },
      },
    ]),
  );
  const dir = makeProgram({
    date: DATE,
    periodStart: '2026-10-23',
    scenarios,
    risks,
    decisions,
    kpis,
    highlights: Array.from(
      { length: spec.highlights ?? 0 },
      (_, i) => `Highlight ${i}: depot ${i} moved to its own network zone`,
    ),
    ...(spec.appetite ? { appetite: spec.appetite } : {}),
    ...(spec.shuffle ? { shuffle: spec.seed ?? 1 } : {}),
  });
  return dir;
}
