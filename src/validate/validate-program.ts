import type { CatalogSet } from '../catalog/load-catalogs.js';
import type { z } from 'zod';
import type { LoadedProgram } from '../data/load-program.js';
import type { YamlFile } from '../data/read-yaml-file.js';
import type { Problem, SourceLocation } from '../problems/problem.js';
import { dataFiles } from '../schema/data-files.js';
import type { ProgramFile } from '../schema/program.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { checkDecisions, checkKpis, checkRisks } from './check-registers.js';
import { checkAppetiteAreas } from './check-appetite.js';
import { checkScenario } from './check-scenario.js';
import { problemAt } from './located.js';
import { ObjectiveRefs } from './objective-refs.js';
import type { ProgramData } from './program-data.js';
import { didYouMean } from '../problems/suggest.js';
import { validateFile, type Validated } from '../data/validate-file.js';

export interface ValidationResult {
  /** Present when there is no error (warnings allowed). */
  data?: ProgramData;
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
  const check = <S extends z.ZodType>(yaml: YamlFile | undefined, schema: S): Validated<z.output<S>> | undefined => {
    if (!yaml) return undefined;
    const r = validateFile(yaml, schema);
    problems.push(...r.problems);
    return r.value;
  };
  const program = check(loaded.files.program, dataFiles.program.schema);
  const kpis = check(loaded.files.kpis, dataFiles.kpis.schema);
  const risks = check(loaded.files.risks, dataFiles.risks.schema);
  const decisions = check(loaded.files.decisions, dataFiles.decisions.schema);
  const highlights = check(loaded.files.highlights, dataFiles.highlights.schema);
  const scenarioFiles: Validated<ScenarioFile>[] = [];
  // Scenarios whose file exists but has errors: already reported, so not "missing" as well.
  const invalidFileFor = new Set<string>(loaded.unreadableScenarios);
  for (const yaml of loaded.scenarios) {
    const r = validateFile(yaml, dataFiles.scenario.schema);
    problems.push(...r.problems);
    if (r.value) scenarioFiles.push(r.value);
    else invalidFileFor.add(String((yaml.value as { scenario?: unknown } | null)?.scenario ?? ''));
  }
  if (!program) return { problems };
  const found = {
    program: program.data,
    ...(program.file.sourceText(['template']) !== undefined
      ? { templateLocation: program.file.locate(['template']) }
      : {}),
  };

  const catalog = catalogs.catalogs.get(program.data.catalog)?.index;
  if (!catalog) {
    const ids = [...catalogs.catalogs.keys()];
    problems.push(
      problemAt(
        program.file,
        ['catalog'],
        'unknown-catalog',
        `there is no catalog "${program.data.catalog}"`,
        [
          didYouMean(program.data.catalog, ids),
          `catalogs available: ${ids.join(', ')}; an organization's own catalogs go in the program's catalogs/ folder`,
        ]
          .filter(Boolean)
          .join(' '),
      ),
    );
    return { ...found, problems };
  }

  const scope = program.data.scenarios;
  const seenInScope = new Set<string>();
  scope.forEach((id, i) => {
    if (seenInScope.has(id))
      problems.push(
        problemAt(
          program.file,
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
          program.file,
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
      problems.push(...checkScenario(s, catalog, program.data).map((p) => ({ ...p, severity: 'warning' as const })));
      continue;
    }
    byScenario.set(id, s.data);
    problems.push(...checkScenario(s, catalog, program.data));
  }
  scope.forEach((id, i) => {
    if (catalog.scenario(id) && !byScenario.has(id) && !fileOf.has(id) && !invalidFileFor.has(id)) {
      problems.push(
        problemAt(
          program.file,
          ['scenarios', i],
          'scenario-file-missing',
          `scenario ${id} is in scope but has no file`,
          `create scenarios/${id}.yaml (ztdeck init writes one for every scenario)`,
        ),
      );
    }
  });

  const refs = new ObjectiveRefs(
    catalog,
    scope.filter((id) => catalog.scenario(id)),
    byScenario,
  );
  if (kpis) problems.push(...checkKpis(kpis, program.data));
  const riskCheck = risks ? checkRisks(risks, refs) : undefined;
  if (risks) problems.push(...checkAppetiteAreas(risks, program.data));
  const decisionCheck = decisions ? checkDecisions(decisions, refs) : undefined;
  problems.push(...(riskCheck?.problems ?? []), ...(decisionCheck?.problems ?? []));

  if (problems.some((p) => p.severity === 'error')) return { ...found, problems };
  const data: ProgramData = {
    catalog,
    program: program.data,
    scenarios: scope.map((id) => byScenario.get(id)).filter((s): s is ScenarioFile => s !== undefined),
    kpis: kpis?.data.kpis ?? {},
    risks: Object.fromEntries(
      Object.entries(risks?.data.risks ?? {}).map(([id, r]) => [
        id,
        { ...r, mitigatedBy: riskCheck?.mitigatedBy[id] ?? [] },
      ]),
    ),
    decisions: Object.fromEntries(
      Object.entries(decisions?.data.decisions ?? {}).map(([id, d]) => [
        id,
        { ...d, relatedKeys: decisionCheck?.related[id] ?? [] },
      ]),
    ),
    highlights: highlights?.data.highlights ?? [],
  };
  return { ...found, data, problems };
}
