import type { CatalogSet } from '../catalog/load-catalogs.js';
import type { z } from 'zod';
import type { LoadedProgram } from '../data/load-program.js';
import type { YamlFile } from '../data/read-yaml-file.js';
import type { SourceFile } from '../data/source-file.js';
import type { Problem, SourceLocation } from '../problems/problem.js';
import { dataFiles } from '../schema/data-files.js';
import { own } from '../schema/names.js';
import { programScopeSchema, type ProgramFile } from '../schema/program.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { checkDecisions, checkKpis, checkRisks } from './check-registers.js';
import { checkAppetiteAreas } from './check-appetite.js';
import { checkScenario } from './check-scenario.js';
import { problemAt } from './located.js';
import { ObjectiveRefs, writtenCustomObjectives } from './objective-refs.js';
import type { ProgramData } from './program-data.js';
import { didYouMean } from '../problems/suggest.js';
import { validateFile, type Validated } from '../data/validate-file.js';

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
  // A file with mistakes gives the rules across files what is right in it (see salvage): they report the
  // rest's mistakes in the same run. Its shape errors stop the build, so no salvaged value reaches the model.
  const check = <S extends z.ZodType>(yaml: YamlFile | undefined, schema: S): Validated<z.output<S>> | undefined => {
    if (!yaml) return undefined;
    const r = validateFile(yaml, schema, { salvage: true });
    problems.push(...r.problems);
    return r.value ?? r.salvaged;
  };
  const programCheck = loaded.files.program && validateFile(loaded.files.program, dataFiles.program.schema);
  problems.push(...(programCheck?.problems ?? []));
  const program = programCheck?.value;
  const kpis = check(loaded.files.kpis, dataFiles.kpis.schema);
  const risks = check(loaded.files.risks, dataFiles.risks.schema);
  const decisions = check(loaded.files.decisions, dataFiles.decisions.schema);
  const highlights = check(loaded.files.highlights, dataFiles.highlights.schema);
  const scenarioFiles: Validated<ScenarioFile>[] = [];
  // Scenarios whose file exists but has errors: already reported, so not "missing" as well.
  const invalidFileFor = new Set<string>(loaded.unreadableScenarios);
  for (const yaml of loaded.scenarios) {
    const r = check(yaml, dataFiles.scenario.schema);
    if (r) scenarioFiles.push(r);
    else invalidFileFor.add(String((yaml.value as { scenario?: unknown } | null)?.scenario ?? ''));
  }
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
    const ids = [...catalogs.catalogs.keys()];
    problems.push(
      problemAt(
        scopeFile.file,
        ['catalog'],
        'unknown-catalog',
        `there is no catalog "${scopeFile.data.catalog}"`,
        [
          didYouMean(scopeFile.data.catalog, ids),
          `catalogs available: ${ids.join(', ')}; an organization's own catalogs go in the program's catalogs/ folder`,
        ]
          .filter(Boolean)
          .join(' '),
      ),
    );
    return { ...found, problems };
  }

  const scope = scopeFile.data.scenarios;
  const seenInScope = new Set<string>();
  scope.forEach((id, i) => {
    if (seenInScope.has(id))
      problems.push(
        problemAt(
          scopeFile.file,
          ['scenarios', i],
          'duplicate-id',
          `the scenario ${id} is listed twice`,
          'list each scenario once',
        ),
      );
    seenInScope.add(id);
    if (!catalog.scenario(id)) {
      problems.push(
        problemAt(
          scopeFile.file,
          ['scenarios', i],
          'unknown-scenario',
          `"${id}" is not a scenario of ${catalog.id}`,
          [didYouMean(id, catalog.scenarioIds()), 'ztdeck catalog lists the scenarios'].filter(Boolean).join(' '),
        ),
      );
    }
  });

  const byScenario = new Map<string, ScenarioFile>();
  const fileOf = new Map<string, string>();
  for (const s of scenarioFiles) {
    const id = s.data.scenario;
    if (!catalog.scenario(id)) {
      problems.push(
        problemAt(
          s.file,
          ['scenario'],
          'unknown-scenario',
          `"${id}" is not a scenario of ${catalog.id}`,
          [didYouMean(id, catalog.scenarioIds()), 'ztdeck catalog lists the scenarios'].filter(Boolean).join(' '),
        ),
      );
      continue;
    }
    const previous = fileOf.get(id);
    if (previous) {
      problems.push(
        problemAt(
          s.file,
          ['scenario'],
          'duplicate-id',
          `${previous} is already the file of scenario ${id}`,
          'keep one file per scenario',
        ),
      );
      continue;
    }
    fileOf.set(id, s.file.displayPath);
    if (!seenInScope.has(id)) {
      problems.push(
        problemAt(
          s.file,
          ['scenario'],
          'scenario-out-of-scope',
          `scenario ${id} is not in scope, so this file is ignored`,
          'add it to scenarios: in program.yaml to show it',
          { severity: 'warning' },
        ),
      );
      // Its mistakes are still told (as warnings, since the file is ignored): the warning must not hide them.
      problems.push(...checkScenario(s, catalog, scopeFile.data).map((p) => ({ ...p, severity: 'warning' as const })));
      continue;
    }
    byScenario.set(id, s.data);
    problems.push(...checkScenario(s, catalog, scopeFile.data));
  }
  scope.forEach((id, i) => {
    if (catalog.scenario(id) && !byScenario.has(id) && !fileOf.has(id) && !invalidFileFor.has(id)) {
      problems.push(
        problemAt(
          scopeFile.file,
          ['scenarios', i],
          'scenario-file-missing',
          `scenario ${id} is in scope but has no file`,
          `create scenarios/${id}.yaml (ztdeck init writes one for every scenario)`,
        ),
      );
    }
  });

  // Custom objectives as written, so an objective with a mistake in one of its fields is still known to risks and decisions.
  const written = writtenCustomObjectives(loaded.scenarios.map((y) => y.value));
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
