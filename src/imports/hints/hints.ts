import type { ProgramData, ObjectiveKey } from '../../validate/program-data.js';
import type { TestResult } from '../types.js';
import { mappingKey, type MappingLines, type TestMapping } from './mapping.js';
import { own } from '../../schema/names.js';

export interface ObjectiveHint {
  objective: ObjectiveKey;
  title: string;
  /** The status the scenario file records (not-started when it does not list the objective). */
  status: string;
  tests: TestResult[];
  hint: string;
}

/** A test id the mapping names that no run read holds (a typo, or a test the tool no longer runs). */
export interface MappedNotRun {
  tool: TestResult['tool'];
  id: string;
  /** Its line in the mapping file. */
  line?: number;
}

/** Objective hints: never written into scenarios/*.yaml; the program lead decides. */
export interface HintsReport {
  mappingFile: string | null;
  objectives: ObjectiveHint[];
  unmapped: { total: number; failed: TestResult[] };
  /** Test ids of the mapping, for the tools read, that none of their runs holds. */
  notInRuns: MappedNotRun[];
}

function objectiveOf(data: ProgramData, key: ObjectiveKey): { title: string; status: string } {
  const [scenarioId = '', id = ''] = key.split('/');
  const file = data.scenarios.find((s) => s.scenario === scenarioId);
  const custom = own(file?.custom_objectives, id);
  const record = own(file?.objectives, id) ?? custom;
  return {
    title: custom?.title ?? data.catalog.objective(scenarioId, id)?.objective.title ?? id,
    status: record?.status ?? 'not-started',
  };
}

const tests_ = (n: number) => `${n} test${n === 1 ? '' : 's'}`;

function hintFor(status: string, tests: readonly TestResult[]): string {
  const n = (s: TestResult['status']) => tests.filter((t) => t.status === s).length;
  const [passed, failed] = [n('passed'), n('failed')];
  const fail =
    failed === 1
      ? tests.length === 1
        ? 'its test fails'
        : '1 of its tests fails'
      : failed === tests.length
        ? `all ${failed} of its tests fail`
        : `${failed} of its ${tests.length} tests fail`;
  if (failed > 0) return status === 'complete' ? `marked complete, but ${fail}: check that it still holds` : fail;
  if (passed > 0) {
    if (status === 'complete') return 'the tests agree with complete';
    if (status === 'not-applicable') return `marked not applicable, yet ${tests_(passed)} of its tests pass`;
    return `all ${tests_(passed)} that ran pass: is it complete?`;
  }
  const licensing = tests.filter((t) => t.skipReason === 'licensing').length;
  const scope = tests.filter((t) => t.skipReason === 'scope').length;
  if (status === 'complete' || status === 'not-applicable') return 'no verdict from the tests (none passed or failed)';
  if (licensing > 0)
    return `${tests_(licensing)} skipped for licensing: if it will not be licensed, it is not applicable (reason: licensing)`;
  if (scope > 0) return `${tests_(scope)} not applicable to the tenant: is it out of scope?`;
  return 'no verdict from the tests (none passed or failed)';
}

/** Which result of a test id stands for the run when the run holds it twice: a failure first, then a pass. */
const WEIGHT: Readonly<Record<TestResult['status'], number>> = { failed: 3, passed: 2, other: 1, skipped: 0 };

/**
 * Each test once per run: the same run given twice (the Zero Trust
 * Assessment's JSON and its HTML report, a Maester file and its copy) and a
 * test id a run lists twice count once, as the KPI points of a run do. Order
 * of first appearance.
 */
export function uniqueTests(tests: readonly TestResult[]): TestResult[] {
  const byKey = new Map<string, TestResult>();
  for (const t of tests) {
    const key = JSON.stringify([t.tool, t.run, t.id]);
    const seen = byKey.get(key);
    if (!seen || WEIGHT[t.status] > WEIGHT[seen.status]) byKey.set(key, t);
  }
  return [...byKey.values()];
}

/** The mapping's test ids, of the tools whose runs were read, that no run holds, in the mapping's order. */
function notInRuns(tests: readonly TestResult[], mapping: TestMapping, lines?: MappingLines): MappedNotRun[] {
  const read = new Set(tests.map((t) => t.tool));
  const held = new Set(tests.map((t) => mappingKey(t.tool, t.id)));
  const out: MappedNotRun[] = [];
  for (const key of mapping.keys()) {
    const tool = key.slice(0, key.indexOf(':')) as TestResult['tool'];
    if (!read.has(tool) || held.has(key)) continue;
    const line = lines?.get(key);
    out.push({ tool, id: key.slice(tool.length + 1), ...(line === undefined ? {} : { line }) });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Test results → what they suggest for each mapped objective, compared with the status the program records. */
export function objectiveHints(
  all: readonly TestResult[],
  mapping: TestMapping | undefined,
  mappingFile: string | null,
  data: ProgramData,
  lines?: MappingLines,
): HintsReport {
  const byObjective = new Map<ObjectiveKey, TestResult[]>();
  const unmapped: TestResult[] = [];
  for (const t of uniqueTests(all)) {
    const keys = mapping?.get(mappingKey(t.tool, t.id));
    if (!keys || keys.length === 0) {
      unmapped.push(t);
      continue;
    }
    for (const k of keys) byObjective.set(k, [...(byObjective.get(k) ?? []), t]);
  }
  const objectives = [...byObjective]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([objective, ts]): ObjectiveHint => {
      const { title, status } = objectiveOf(data, objective);
      return { objective, title, status, tests: ts, hint: hintFor(status, ts) };
    });
  return {
    mappingFile,
    objectives,
    unmapped: { total: unmapped.length, failed: unmapped.filter((t) => t.status === 'failed') },
    notInRuns: mapping ? notInRuns(all, mapping, lines) : [],
  };
}
