import type { CatalogSet } from '../catalog/load-catalogs.js';
import type { LoadedProgram } from '../data/load-program.js';
import type { SourceFile } from '../data/source-file.js';
import type { Problem, SourceLocation } from '../problems/problem.js';
import { own } from '../schema/names.js';
import { programScopeSchema, type ProgramFile } from '../schema/program.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { checkDecisions, checkKpis, checkRisks } from './check-registers.js';
import { checkAppetiteAreas } from './check-appetite.js';
import { ObjectiveRefs, writtenCustomObjectives } from './objective-refs.js';
import type { ProgramData } from './program-data.js';
import { validateFile } from '../data/validate-file.js';
import { checkScenarioFiles, checkScope, checkShapes, unknownCatalog } from './program-checks.js';

export interface ValidationResult {
  /** Present when there is no error (warnings allowed). */
  data?: ProgramData;
  /** kpis.yaml with its positions, beside `data`: the checks that need the template (stale values) point into it. */
  kpisFile?: SourceFile;
  /** program.yaml, when it is valid itself (even if other files are not): it names the template to check beside the data. */
  program?: ProgramFile;
  /** Where program.yaml names its template, when it does (a template that cannot be found is reported there). */
  templateLocation?: SourceLocation;
  problems: Problem[];
}

/**
 * Shape checks on every file, then the rules across files and against the
 * catalog. Everything that can be checked is checked, so one run reports all.
 */
export function validateProgram(loaded: LoadedProgram, catalogs: CatalogSet): ValidationResult {
  const problems: Problem[] = [...loaded.problems, ...catalogs.problems];
  const files = checkShapes(loaded, problems);
  const { program, kpis, risks, decisions, highlights } = files;
  // The catalog, dates and scope are known even when another field of program.yaml has a mistake.
  const scopeFile =
    program ?? (loaded.files.program ? validateFile(loaded.files.program, programScopeSchema).value : undefined);
  if (!scopeFile) return { problems };
  const found = program
    ? {
        program: program.data,
        ...(program.file.sourceText(['template']) !== undefined
          ? { templateLocation: program.file.locate(['template']) }
          : {}),
      }
    : {};
  const catalog = catalogs.catalogs.get(scopeFile.data.catalog)?.index;
  if (!catalog) {
    problems.push(unknownCatalog(scopeFile, [...catalogs.catalogs.keys()]));
    return { ...found, problems };
  }
  const inScope = checkScope(scopeFile, catalog, problems);
  const byScenario = checkScenarioFiles(files, scopeFile, catalog, inScope, problems);
  // Custom objectives as written, so an objective with a mistake in one of its fields is still known to risks and decisions.
  const written = writtenCustomObjectives(loaded.scenarios.map((y) => y.value));
  const scope = scopeFile.data.scenarios;
  const refs = new ObjectiveRefs(
    catalog,
    scope.filter((id) => catalog.scenario(id)),
    written.files,
    written.complete && loaded.unreadableScenarios.length === 0,
  );
  if (kpis) problems.push(...checkKpis(kpis, scopeFile.data));
  const riskCheck = risks ? checkRisks(risks, refs) : undefined;
  if (risks && program) problems.push(...checkAppetiteAreas(risks, program.data));
  const decisionCheck = decisions ? checkDecisions(decisions, refs) : undefined;
  problems.push(...(riskCheck?.problems ?? []), ...(decisionCheck?.problems ?? []));

  if (!program || problems.some((p) => p.severity === 'error')) return { ...found, problems };
  const data: ProgramData = {
    catalog,
    program: program.data,
    scenarios: scope.map((id) => byScenario.get(id)).filter((s): s is ScenarioFile => s !== undefined),
    kpis: kpis?.data.kpis ?? {},
    risks: Object.fromEntries(
      Object.entries(risks?.data.risks ?? {}).map(([id, r]) => [
        id,
        { ...r, mitigatedBy: own(riskCheck?.mitigatedBy, id) ?? [] },
      ]),
    ),
    decisions: Object.fromEntries(
      Object.entries(decisions?.data.decisions ?? {}).map(([id, d]) => [
        id,
        { ...d, relatedKeys: own(decisionCheck?.related, id) ?? [] },
      ]),
    ),
    highlights: highlights?.data.highlights ?? [],
  };
  return { ...found, data, ...(kpis ? { kpisFile: kpis.file } : {}), problems };
}
