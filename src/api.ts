import path from 'node:path';
import { loadCatalogs, type CatalogSet } from './catalog/load-catalogs.js';
import { loadProgram } from './data/load-program.js';
import { CATALOG_DIR } from './schema/data-files.js';
import { validateProgram, type ValidationResult } from './validate/validate-program.js';

/** Loads and validates a program folder: the load and validate stages of the pipeline. */
export async function validate(dataDir: string): Promise<ValidationResult> {
  const loaded = await loadProgram(dataDir);
  const catalogs = await loadCatalogs(path.join(loaded.dir, CATALOG_DIR));
  return validateProgram(loaded, catalogs);
}

/** The catalogs a program folder can use: the built-in ones and those in its catalogs/ folder. */
export async function catalogsFor(dataDir?: string): Promise<CatalogSet> {
  return loadCatalogs(dataDir ? path.join(path.resolve(dataDir), CATALOG_DIR) : undefined);
}
