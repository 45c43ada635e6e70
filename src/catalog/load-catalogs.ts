import { folderSource, type FileSource } from '../data/file-source.js';
import { readYaml } from '../data/read-yaml-file.js';
import type { SourceFile } from '../data/source-file.js';
import { builtinCatalogDir } from '../paths.js';
import type { Problem } from '../problems/problem.js';
import { catalogSchema } from '../schema/catalog.js';
import { validateFile } from '../data/validate-file.js';
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
export async function loadCatalogs(extra?: { source: FileSource; dir: string }): Promise<CatalogSet> {
  const catalogs = new Map<string, LoadedCatalog>();
  const problems: Problem[] = [];
  const sources: { source: FileSource; dir: string; builtin: boolean }[] = [
    { source: folderSource(builtinCatalogDir), dir: '', builtin: true },
  ];
  if (extra) sources.push({ ...extra, builtin: false });
  for (const { source, dir, builtin } of sources) {
    for (const name of await source.yamlFiles(dir)) {
      const rel = dir ? `${dir}/${name}` : name;
      const read = await readYaml(() => source.read(rel), `${source.label}/${rel}`, source.display(rel));
      problems.push(...read.problems);
      if (!read.yaml) continue;
      const checked = validateFile(read.yaml, catalogSchema);
      problems.push(...checked.problems);
      if (!checked.value) continue;
      const { data, file } = checked.value;
      const existing = catalogs.get(data.id);
      if (existing) {
        problems.push({
          code: 'duplicate-id',
          severity: 'error',
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
