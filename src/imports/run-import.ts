import type { CatalogIndex } from '../catalog/catalog-index.js';
import { parseYaml } from '../data/parse-yaml.js';
import type { YamlFile } from '../data/read-yaml-file.js';
import { errorAt, type Problem } from '../problems/problem.js';
import type { Kpi } from '../schema/kpis.js';
import { hasErrors } from '../problems/problem.js';
import { ObjectiveRefs } from '../validate/objective-refs.js';
import type { ProgramData } from '../validate/program-data.js';
import { collectPoints, type PlannedPoint, type TaggedMeasurement } from './collect-points.js';
import type { Period } from './dates.js';
import { detectSources } from './detect.js';
import { objectiveHints, type HintsReport } from './hints/hints.js';
import { resolveMapping } from './hints/mapping.js';
import { readInput, type InputDoc, type InputFile } from './input/read-input.js';
import { applySplices, EditRefused, KpisEditor } from './kpis/edit-yaml.js';
import { planChanges, type KpiChange } from './kpis/plan.js';
import { selectMetrics } from './select-metrics.js';
import { importers } from './sources/registry.js';
import { checkTenants } from './tenants.js';
import { emptyReading, type ExcludedControl, type Reading, type SourceId, type TestResult } from './types.js';

export interface ImportRequest {
  files: readonly InputFile[];
  source?: SourceId;
  kpi: readonly string[];
  asOf?: string;
  every?: Period;
  tenant?: string;
  replace: boolean;
  /** --source: a KPI whose source: names another tool takes this one's. */
  acceptSource?: boolean;
  program: ProgramData;
  /** The program's catalog, then the built-in one: where new KPIs find their definition. */
  catalogs: readonly CatalogIndex[];
  /** kpis.yaml as it is (text undefined when the program has none yet). */
  kpis: { file: string; text?: string };
  /** imports/mapping.yaml, when the program has one. */
  mapping?: YamlFile;
}

export interface ImportResult {
  problems: Problem[];
  files: { file: string; source: SourceId; shape: string }[];
  changes: KpiChange[];
  /** kpis.yaml after the import; equal to `before` when nothing changes. */
  before: string;
  after: string;
  notes: string[];
  excludedControls: ExcludedControl[];
  hints?: HintsReport;
}

/** A new kpis.yaml starts with this; the import then adds its KPIs under kpis:. */
export const NEW_KPIS_FILE =
  '# Program KPIs (created by ztdeck import). Each KPI: title, unit, direction, target (once agreed), source and a dated series.\nkpis:\n';

/**
 * The import, in memory: read and recognise the files, read each source,
 * settle tenants, measures, dates and periods, and plan and make the edit of
 * kpis.yaml. Nothing here touches the disk; any error leaves `after` as `before`.
 */
export function runImport(req: ImportRequest): ImportResult {
  const before = req.kpis.text ?? '';
  const result: ImportResult = {
    problems: [],
    files: [],
    changes: [],
    before,
    after: before,
    notes: [],
    excludedControls: [],
  };
  const read = readSources(req, result);
  if (!read) return result;
  const selected = selectMetrics(read.reading.metrics, req.kpi);
  if (failed(result, selected.problems)) return result;
  const collected = collectPoints(read.tagged, selected.targets, {
    reportingDate: req.program.program.reporting.date,
    ...pick(req),
  });
  result.notes.push(...collected.notes);
  if (failed(result, collected.problems)) return result;
  if (!editKpis(req, collected.points, result)) return result;
  if (read.reading.tests.length > 0 && !addHints(req, read.reading.tests, result)) result.after = before;
  return result;
}

/** The problems added to the result: true when it now holds an error (the import stops). */
function failed(result: ImportResult, problems: readonly Problem[]): boolean {
  result.problems.push(...problems);
  return hasErrors(result.problems);
}

/**
 * The files read and recognised, and each source's reader run on its files:
 * what they measured, tagged with the source, or undefined when they fail.
 */
function readSources(
  req: ImportRequest,
  result: ImportResult,
): { reading: Reading; tagged: TaggedMeasurement[] } | undefined {
  const docs: InputDoc[] = [];
  for (const f of req.files) {
    const r = readInput(f);
    if ('problem' in r) result.problems.push(r.problem);
    else docs.push(r.doc);
  }
  const detected = detectSources(docs, req.source);
  if (failed(result, detected.problems)) return undefined;
  const reading: Reading = emptyReading();
  const tagged: TaggedMeasurement[] = [];
  for (const [source, ds] of detected.bySource) {
    result.files.push(...ds.map((d) => ({ file: d.doc.file, source, shape: d.shape.label })));
    const r = importers[source].read(ds);
    tagged.push(...r.measurements.map((m) => ({ ...m, source })));
    for (const key of ['measurements', 'notes', 'problems', 'tenants', 'excludedControls', 'tests'] as const)
      (reading[key] as unknown[]).push(...r[key]);
    reading.metrics.push(...r.metrics.filter((m) => !reading.metrics.some((x) => x.id === m.id)));
  }
  // The columns the readers asked for that a CSV names twice.
  for (const d of docs) if (d.kind === 'csv') reading.problems.push(...d.table.problems);
  result.notes.push(...reading.notes);
  result.excludedControls = reading.excludedControls;
  if (failed(result, reading.problems) || failed(result, checkTenants(reading, req.tenant))) return undefined;
  return { reading, tagged };
}

/** The points planned against kpis.yaml and the edit made: false when it fails. */
function editKpis(req: ImportRequest, points: readonly PlannedPoint[], result: ImportResult): boolean {
  const text = req.kpis.text ?? NEW_KPIS_FILE;
  const parsed = parseYaml(text, req.kpis.file, req.kpis.file);
  if (!parsed.file || failed(result, parsed.problems)) return false;
  const plan = planChanges(points, {
    ...(req.kpis.text === undefined ? {} : { file: parsed.file }),
    kpis: kpisOf(parsed.value),
    replace: req.replace,
    acceptSource: req.acceptSource ?? false,
    catalogs: req.catalogs,
    scope: req.program.program.scenarios,
  });
  result.changes = plan.changes;
  result.notes.push(...plan.notes);
  if (failed(result, plan.problems)) return false;
  const editor = new KpisEditor(text, parsed.file.doc);
  try {
    for (const change of plan.changes) editor.apply(change);
  } catch (e) {
    if (!(e instanceof EditRefused)) throw e;
    failed(result, [
      errorAt(
        req.kpis.file,
        'import-conflict',
        e.message,
        'write kpis.yaml in block style (one key per line), as ztdeck init does',
      ),
    ]);
    return false;
  }
  const after = applySplices(text, editor.splices);
  checkEdit(after, req.kpis.file, plan.changes);
  result.after = req.kpis.text === undefined && plan.changes.length === 0 ? result.before : after;
  return true;
}

/** The tests' hints for the program's objectives, through imports/mapping.yaml: false when the mapping fails. */
function addHints(req: ImportRequest, tests: readonly TestResult[], result: ImportResult): boolean {
  const refs = new ObjectiveRefs(
    req.program.catalog,
    req.program.program.scenarios,
    new Map(req.program.scenarios.map((s) => [s.scenario, s])),
  );
  const mapped = req.mapping ? resolveMapping(req.mapping, refs) : undefined;
  if (mapped && failed(result, mapped.problems)) return false;
  result.hints = objectiveHints(
    tests,
    mapped?.mapping,
    req.mapping?.file.displayPath ?? null,
    req.program,
    mapped?.lines,
  );
  return true;
}

/** The KPIs of the text being edited (validated with the program before the import starts). */
function kpisOf(value: unknown): Record<string, Kpi> {
  return (value as { kpis?: Record<string, Kpi> | null } | undefined)?.kpis ?? {};
}

function pick(req: ImportRequest) {
  return {
    ...(req.asOf ? { asOf: req.asOf } : {}),
    ...(req.every ? { every: req.every } : {}),
    ...(req.tenant ? { tenant: req.tenant } : {}),
  };
}

/** The edit must read back as YAML holding every planned point; anything else is a bug in ztdeck, not in the data. */
function checkEdit(after: string, file: string, changes: readonly KpiChange[]): void {
  const back = parseYaml(after, file, file);
  const kpis = (back.value as { kpis?: Record<string, { series?: Record<string, unknown> }> } | undefined)?.kpis;
  const missing = changes.flatMap((c) =>
    c.points.filter((p) => kpis?.[c.kpi]?.series?.[p.date] !== p.value).map((p) => `${c.kpi} ${p.date}`),
  );
  if (back.problems.length > 0 || missing.length > 0) {
    throw new Error(
      `the edited kpis.yaml does not read back as planned: ${[...back.problems.map((p) => p.message), ...missing].join('; ')}`,
    );
  }
}
