import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readYamlFile } from '../data/read-yaml-file.js';
import type { SourceFile } from '../data/source-file.js';
import { builtinCatalogDir } from '../paths.js';
import type { Problem } from '../report/problem.js';
import { catalogSchema } from '../schema/catalog.js';
import { validateFile } from '../validate/validate-file.js';
import { CatalogIndex } from './catalog-index.js';

export interface LoadedCatalog {
  index: CatalogIndex;
  file: SourceFile;
  builtin: boolean;
}

export interface CatalogSet {
  catalogs: Map<string, LoadedCatalog>;
  problems: Problem[];
}

/**
 * Loads the built-in catalogs and those in `extraDir` (a program's catalogs/
 * folder), all through the same reader and schema. A program then picks one by id.
 */
export async function loadCatalogs(extraDir?: string): Promise<CatalogSet> {
  const catalogs = new Map<string, LoadedCatalog>();
  const problems: Problem[] = [];
  const sources: { dir: string; builtin: boolean }[] = [{ dir: builtinCatalogDir, builtin: true }];
  if (extraDir) sources.push({ dir: extraDir, builtin: false });
  for (const { dir, builtin } of sources) {
    for (const name of await yamlFilesIn(dir)) {
      const read = await readYamlFile(path.join(dir, name));
      problems.push(...read.problems);
      if (!read.yaml) continue;
      const checked = validateFile(read.yaml, catalogSchema);
      problems.push(...checked.problems);
      if (!checked.value) continue;
      const { data, file } = checked.value;
      const existing = catalogs.get(data.id);
      if (existing) {
        problems.push({
          code: 'duplicate-id', severity: 'error',
          message: `the catalog id "${data.id}" is already used by ${existing.file.displayPath}`,
          hint: 'give this catalog another id',
          location: file.locate(['id']),
        });
        continue;
      }
      catalogs.set(data.id, { index: new CatalogIndex(data), file, builtin });
    }
  }
  return { catalogs, problems };
}

/** YAML files of a folder, sorted by name; a missing folder has none. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name)).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw e;
  }
}
