import { loadCatalogs, type CatalogSet } from '../catalog/load-catalogs.js';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import { CATALOG_DIR } from '../schema/data-files.js';
import { validateProgram, type ValidationResult } from '../validate/validate-program.js';

/**
 * Loads and validates a program (a folder, or a folder in a git revision): the
 * load and validate stages. `catalogs` gives the catalogs a warm process kept
 * (build --watch); by default they are loaded.
 */
export async function validateFolder(
  from: string | FileSource,
  catalogs: (load: () => Promise<CatalogSet>) => Promise<CatalogSet> = (load) => load(),
): Promise<ValidationResult> {
  const loaded = await loadProgram(from);
  return validateProgram(loaded, await catalogs(() => loadCatalogs({ source: loaded.source, dir: CATALOG_DIR })));
}

/** The catalogs a program folder can use: the built-in ones and those in its catalogs/ folder. */
export async function catalogsFor(dataDir?: string): Promise<CatalogSet> {
  return loadCatalogs(dataDir ? { source: folderSource(dataDir), dir: CATALOG_DIR } : undefined);
}
