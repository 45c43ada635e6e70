import type { z } from 'zod';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { LoadedProgram } from '../data/load-program.js';
import type { YamlFile } from '../data/read-yaml-file.js';
import { validateFile, type Validated } from '../data/validate-file.js';
import type { Problem } from '../problems/problem.js';
import { suggestionHint } from '../problems/suggest.js';
import { dataFiles } from '../schema/data-files.js';
import type { ProgramFile, ProgramScope } from '../schema/program.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { checkScenario } from './check-scenario.js';
import { problemAt } from './located.js';

/** The named checks validateProgram runs in turn, each adding to the problems. */

/** Every file checked against its schema; a file with mistakes gives what is right in it. */
export function checkShapes(loaded: LoadedProgram, problems: Problem[]) {
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
  const program: Validated<ProgramFile> | undefined = programCheck?.value;
  const kpis = check(loaded.files.kpis, dataFiles.kpis.schema);
  const risks = check(loaded.files.risks, dataFiles.risks.schema);
  const decisions = check(loaded.files.decisions, dataFiles.decisions.schema);
  const highlights = check(loaded.files.highlights, dataFiles.highlights.schema);
  const scenarios: Validated<ScenarioFile>[] = [];
  // Scenarios whose file exists but has errors: already reported, so not "missing" as well.
  const invalidFileFor = new Set<string>(loaded.unreadableScenarios);
  for (const yaml of loaded.scenarios) {
    const r = check(yaml, dataFiles.scenario.schema);
    if (r) scenarios.push(r);
    else invalidFileFor.add(String((yaml.value as { scenario?: unknown } | null)?.scenario ?? ''));
  }
  return { program, kpis, risks, decisions, highlights, scenarios, invalidFileFor };
}

type ScopeFile = Validated<ProgramScope>;

export function unknownCatalog(scopeFile: ScopeFile, ids: string[]): Problem {
  return problemAt(
    scopeFile.file,
    ['catalog'],
    'unknown-catalog',
    `there is no catalog "${scopeFile.data.catalog}"`,
    suggestionHint(
      scopeFile.data.catalog,
      ids,
      `catalogs available: ${ids.join(', ')}; an organization's own catalogs go in the program's catalogs/ folder`,
    ),
  );
}

function unknownScenario(file: ScopeFile['file'], at: (string | number)[], id: string, catalog: CatalogIndex) {
  return problemAt(
    file,
    at,
    'unknown-scenario',
    `"${id}" is not a scenario of ${catalog.id}`,
    suggestionHint(id, catalog.scenarioIds(), 'ztdeck catalog lists the scenarios'),
  );
}

/** The scenarios of program.yaml: each once, each of the catalog. Returns those listed. */
export function checkScope(scopeFile: ScopeFile, catalog: CatalogIndex, problems: Problem[]): Set<string> {
  const seenInScope = new Set<string>();
  scopeFile.data.scenarios.forEach((id, i) => {
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
    if (!catalog.scenario(id)) problems.push(unknownScenario(scopeFile.file, ['scenarios', i], id, catalog));
  });
  return seenInScope;
}

/**
 * The scenario files against the scope: each of the catalog, one file per
 * scenario, in scope (else told and ignored), and every scenario in scope
 * with a file. Returns the scenario files in scope by id.
 */
export function checkScenarioFiles(
  files: ReturnType<typeof checkShapes>,
  scopeFile: ScopeFile,
  catalog: CatalogIndex,
  inScope: ReadonlySet<string>,
  problems: Problem[],
): Map<string, ScenarioFile> {
  const byScenario = new Map<string, ScenarioFile>();
  const fileOf = new Map<string, string>();
  for (const s of files.scenarios) {
    const id = s.data.scenario;
    if (!catalog.scenario(id)) {
      problems.push(unknownScenario(s.file, ['scenario'], id, catalog));
      continue;
    }
    const previous = fileOf.get(id);
    if (previous) {
      const what = `${previous} is already the file of scenario ${id}`;
      problems.push(problemAt(s.file, ['scenario'], 'duplicate-id', what, 'keep one file per scenario'));
      continue;
    }
    fileOf.set(id, s.file.displayPath);
    if (!inScope.has(id)) {
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
  scopeFile.data.scenarios.forEach((id, i) => {
    if (catalog.scenario(id) && !byScenario.has(id) && !fileOf.has(id) && !files.invalidFileFor.has(id)) {
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
  return byScenario;
}
