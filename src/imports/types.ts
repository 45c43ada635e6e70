import type { Problem } from '../problems/problem.js';
import type { Stamp } from './dates.js';
import type { InputDoc } from './input/read-input.js';

/** The tools ztdeck imports from (the first argument of `ztdeck import`). */
export const sourceIds = [
  'secure-score',
  'zta',
  'intune',
  'entra-auth-methods',
  'defender-cloud',
  'maester',
  'scubagear',
  'mde',
] as const;
export type SourceId = (typeof sourceIds)[number];

/** Something a source measures; its id is also the id of the KPI it goes to unless --kpi says otherwise. */
export interface Metric {
  id: string;
  title: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** What the KPI's `source:` says: the tool, and what of it was read. */
  source: string;
  /** Imported when --kpi picks nothing. */
  byDefault: boolean;
  /** The overall measure this one details (a product's or a block's pass rate): a KPI created for it takes that KPI's scenario. */
  family?: string;
}

/** One value read from a file, before dates, tenants and periods are settled. */
export interface Measurement {
  metric: string;
  value: number;
  /** From the payload; absent when the file has no date (then --as-of gives it). */
  stamp?: Stamp;
  /** A date the payload only suggests (Entra's last update); --as-of replaces it. */
  stampIsHint?: boolean;
  tenant?: string;
  /** Identity of a snapshot, so the same snapshot in two files counts once. */
  snapshot?: string;
  /** What the value was computed from, for the provenance comment: "412.5 of 625 points". */
  detail: string;
  file: string;
  name: string;
}

/** A Secure Score control the organization will not implement, left out of the adjusted score. */
export interface ExcludedControl {
  id: string;
  title: string;
  state: string;
  reason: string;
  comment: string;
  maxScore: number;
  updated?: string;
  /**
   * The snapshots (their dates, else their ids) whose controlScores do not list
   * the control: their maximum did not count it, so nothing is subtracted there.
   */
  notListedIn: string[];
}

/** One test or control of an assessment, for the objective hints. */
export interface TestResult {
  tool: 'zta' | 'maester' | 'scubagear';
  /** The run it comes from (tenant and time, or the report's id): the same run given twice counts once. */
  run: string;
  id: string;
  title: string;
  status: 'passed' | 'failed' | 'skipped' | 'other';
  /** As the tool says it, with its risk or severity: "Failed, High risk". */
  detail: string;
  /** For skipped tests: the not-applicable reason it suggests. */
  skipReason?: 'licensing' | 'scope';
}

/** What a source read from its files. */
export interface Reading {
  measurements: Measurement[];
  metrics: Metric[];
  notes: string[];
  problems: Problem[];
  tenants: { tenant: string; file: string }[];
  excludedControls: ExcludedControl[];
  tests: TestResult[];
}

export function emptyReading(): Reading {
  return { measurements: [], metrics: [], notes: [], problems: [], tenants: [], excludedControls: [], tests: [] };
}

/** A shape of file a source writes, and how to recognise it. */
export interface Shape {
  id: string;
  /** Where the user gets it: "Graph GET /security/secureScores". */
  label: string;
  /** What detection looks for, said when a file matches no shape. */
  expects: string;
  detect(doc: InputDoc): boolean;
}

export interface DetectedDoc {
  doc: InputDoc;
  shape: Shape;
}

/** One source: the shapes of its files, what it measures, and the reader. */
export interface Importer {
  title: string;
  shapes: readonly Shape[];
  /** Metrics known in advance (sources such as zta add one per pillar they find). */
  metrics: readonly Metric[];
  read(docs: readonly DetectedDoc[]): Reading;
}
