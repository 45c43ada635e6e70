import { loadCatalogs, type CatalogSet } from '../catalog/load-catalogs.js';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import { CATALOG_DIR } from '../schema/data-files.js';
import { validateProgram, type ValidationResult } from '../validate/validate-program.js';

/** Loads and validates a program (a folder, or a folder in a git revision): the load and validate stages. */
export async function validateFolder(from: string | FileSource): Promise<ValidationResult> {
  const loaded = await loadProgram(from);
  const catalogs = await loadCatalogs({ source: loaded.source, dir: CATALOG_DIR });
  return validateProgram(loaded, catalogs);
}

/** The catalogs a program folder can use: the built-in ones and those in its catalogs/ folder. */
export async function catalogsFor(dataDir?: string): Promise<CatalogSet> {
  return loadCatalogs(dataDir ? { source: folderSource(dataDir), dir: CATALOG_DIR } : undefined);
}
