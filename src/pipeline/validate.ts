import { loadCatalogs, type CatalogSet } from '../catalog/load-catalogs.js';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import { readYaml } from '../data/read-yaml-file.js';
import type { YamlMemo } from '../data/yaml-memo.js';
import type { SourceLocation } from '../problems/problem.js';
import { CATALOG_DIR, dataFiles } from '../schema/data-files.js';
import { validateProgram, type ValidationResult } from '../validate/validate-program.js';
import { checkStaleKpis } from '../validate/check-stale.js';
import type { Problem } from '../problems/problem.js';
import type { KpiRule } from '../model/types.js';

/** What a warm process (build --watch) keeps between loads of a program: its catalogs and its parsed YAML. */
export interface WarmLoad {
  catalogs(load: () => Promise<CatalogSet>): Promise<CatalogSet>;
  yaml: YamlMemo;
}

/** Loads and validates a program (a folder, or a folder in a git revision): the load and validate stages. */
export async function validateFolder(from: string | FileSource, warm?: WarmLoad): Promise<ValidationResult> {
  const loaded = await loadProgram(from, warm?.yaml);
  const load = () => loadCatalogs({ source: loaded.source, dir: CATALOG_DIR });
  return validateProgram(loaded, await (warm ? warm.catalogs(load) : load()));
}

/** The catalogs a program folder can use: the built-in ones and those in its catalogs/ folder. */
export async function catalogsFor(dataDir?: string): Promise<CatalogSet> {
  return loadCatalogs(dataDir ? { source: folderSource(dataDir), dir: CATALOG_DIR } : undefined);
}

/**
 * The catalog id a program folder's program.yaml names, and where; undefined when
 * there is no readable program.yaml or it names none (the program then uses the default).
 */
export async function namedCatalog(dataDir: string): Promise<{ id: string; location: SourceLocation } | undefined> {
  const source = folderSource(dataDir);
  const name = dataFiles.program.path;
  if ((await source.kind(name)) !== 'file') return undefined;
  const read = await readYaml(() => source.read(name), `${source.label}/${name}`, source.display(name));
  const value = read.yaml?.value;
  if (!read.yaml || typeof value !== 'object' || value === null) return undefined;
  const id = (value as { catalog?: unknown }).catalog;
  return typeof id === 'string' ? { id, location: read.yaml.file.locate(['catalog']) } : undefined;
}

/**
 * The rules on the data that take the template's settings: a KPI whose latest
 * value is older than kpis.stale_after_days (warnings). Run by validate and
 * build once both the data and the template are loaded.
 */
export function checksWithTemplate(validation: ValidationResult, kpis: KpiRule): Problem[] {
  const data = validation.data;
  if (!data || !validation.kpisFile) return [];
  return checkStaleKpis(validation.kpisFile, data.kpis, data.program.reporting.date, kpis.staleAfterDays);
}
