import { loadCatalogs, type CatalogSet } from '../catalog/load-catalogs.js';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import type { YamlMemo } from '../data/yaml-memo.js';
import { CATALOG_DIR } from '../schema/data-files.js';
import { validateProgram, type ValidationResult } from '../validate/validate-program.js';

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
