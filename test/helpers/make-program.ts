import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/** A scenario file's content, beyond its id (focus stage, phase and stakeholders have defaults). */
export interface ScenarioSpec {
  focus_stage?: number;
  phase?: string;
  objectives?: Record<string, Record<string, unknown>>;
  custom_objectives?: Record<string, Record<string, unknown>>;
  others?: { name: string; role: string; responsibility?: string }[];
}

/** A program made in a test: only what the test is about, everything else a valid default. */
export interface ProgramSpec {
  date?: string;
  periodStart?: string;
  classification?: string;
  scenarios?: Record<string, ScenarioSpec>;
  kpis?: Record<string, Record<string, unknown>>;
  risks?: Record<string, Record<string, unknown>>;
  decisions?: Record<string, Record<string, unknown>>;
  highlights?: string[];
  /** program.yaml risk_appetite. */
  appetite?: { max_score: number; by_impact_area?: Record<string, number> };
  /** Writes every map's keys in an order of its own, from this seed: the same program in other bytes. */
  shuffle?: number;
}

/** A key's place in a shuffled order: a hash of the key and the seed. */
function shuffled(seed: number) {
  const hash = (s: string) => {
    let h = seed >>> 0;
    for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 0x5bd1e995) >>> 0;
    return h;
  };
  const date = /^\d{4}-\d{2}-\d{2}$/;
  // A KPI's series keeps its dates in order: that order is the data's, not the file's.
  return (a: { key: unknown }, b: { key: unknown }) =>
    date.test(String(a.key)) && date.test(String(b.key))
      ? String(a.key).localeCompare(String(b.key))
      : hash(String(a.key)) - hash(String(b.key));
}

/**
 * Writes a program folder from a small spec (the built-in catalog; one
 * scenario, secure-remote-hybrid-work, unless others are given) and returns
 * its path. YAML is written by the yaml library, so any text is safe.
 */
export function makeProgram(spec: ProgramSpec = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-made-')), 'program');
  mkdirSync(path.join(dir, 'scenarios'), { recursive: true });
  const scenarios = spec.scenarios ?? { 'secure-remote-hybrid-work': {} };
  const order = spec.shuffle !== undefined ? { sortMapEntries: shuffled(spec.shuffle) } : {};
  const write = (rel: string, value: unknown) =>
    writeFileSync(path.join(dir, rel), stringify(value, { lineWidth: 0, ...order }));
  write('program.yaml', {
    organization: 'Made Org',
    program: 'Made program',
    ...(spec.classification ? { classification: spec.classification } : {}),
    reporting: { date: spec.date ?? '2026-11-20', period_start: spec.periodStart ?? '2026-10-23' },
    scenarios: Object.keys(scenarios),
    ...(spec.appetite ? { risk_appetite: spec.appetite } : {}),
  });
  for (const [id, s] of Object.entries(scenarios)) {
    write(`scenarios/${id}.yaml`, {
      scenario: id,
      focus_stage: s.focus_stage ?? 1,
      phase: s.phase ?? 'adopt',
      stakeholders: { sponsor: { name: 'Dana Sponsor' }, lead: { name: 'Lee Lead' }, others: s.others ?? [] },
      objectives: s.objectives ?? {},
      custom_objectives: s.custom_objectives ?? {},
    });
  }
  if (spec.kpis) write('kpis.yaml', { kpis: spec.kpis });
  if (spec.risks) write('risks.yaml', { risks: spec.risks });
  if (spec.decisions) write('decisions.yaml', { decisions: spec.decisions });
  if (spec.highlights) write('highlights.yaml', { highlights: spec.highlights });
  return dir;
}

/** Every objective id of a scenario of the built-in catalog, each with the same record. */
export function everyObjective(
  ids: readonly string[],
  record: Record<string, unknown>,
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(ids.map((id) => [id, record]));
}
