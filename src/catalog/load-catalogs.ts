import { folderSource, type FileSource } from '../data/file-source.js';
import { readYaml } from '../data/read-yaml-file.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { builtinCatalogCache, builtinCatalogDir } from '../paths.js';
import { errorAt, type Problem } from '../problems/problem.js';
import { catalogSchema, type Catalog } from '../schema/catalog.js';
import { validateFile } from '../data/validate-file.js';
import { CatalogIndex } from './catalog-index.js';

export interface LoadedCatalog {
  index: CatalogIndex;
  /** Where it was read from, as shown to the user. */
  displayPath: string;
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
  const cache = await readCache();
  for (const { source, dir, builtin } of sources) {
    for (const name of await source.yamlFiles(dir)) {
      const rel = dir ? `${dir}/${name}` : name;
      if (builtin) {
        // The shipped catalogs, checked when the package was built: taken as checked when the text is the same.
        const bytes = await source.read(rel);
        const hit = cache?.get(`${name}:${createHash('sha256').update(bytes).digest('hex')}`);
        if (hit) {
          catalogs.set(hit.id, { index: new CatalogIndex(hit), displayPath: source.display(rel), builtin });
          continue;
        }
      }
      const read = await readYaml(() => source.read(rel), `${source.label}/${rel}`, source.display(rel));
      problems.push(...read.problems);
      if (!read.yaml) continue;
      const checked = validateFile(read.yaml, catalogSchema);
      problems.push(...checked.problems);
      if (!checked.value) continue;
      const { data, file } = checked.value;
      const existing = catalogs.get(data.id);
      if (existing) {
        problems.push(
          errorAt(
            file.locate(['id']),
            'duplicate-id',
            `the catalog id "${data.id}" is already used by ${existing.displayPath}`,
            'give this catalog another id',
          ),
        );
        continue;
      }
      catalogs.set(data.id, { index: new CatalogIndex(data), displayPath: file.displayPath, builtin });
    }
  }
  return { catalogs, problems };
}

/**
 * The built-in catalogs as checked data (npm run build writes it with
 * scripts/catalog-cache.mjs), by file name and the hash of its text: parsing
 * and checking the catalog's YAML took about a tenth of a second of every
 * build. Missing or unreadable, the YAML is read as any catalog is.
 */
async function readCache(): Promise<Map<string, Catalog> | undefined> {
  try {
    const entries = JSON.parse(await readFile(builtinCatalogCache, 'utf8')) as {
      file: string;
      sha256: string;
      data: Catalog;
    }[];
    return new Map(entries.map((e) => [`${e.file}:${e.sha256}`, e.data]));
  } catch {
    return undefined;
  }
}
