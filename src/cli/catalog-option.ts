import type { CatalogIndex } from '../catalog/catalog-index.js';
import { catalogsFor, namedCatalog } from '../pipeline/validate.js';
import { hasErrors } from '../problems/problem.js';
import { suggestionHint } from '../problems/suggest.js';
import { UserError, userError } from '../problems/user-error.js';
import { DEFAULT_CATALOG } from '../schema/program.js';

/** Where the catalog a command uses was chosen: flag > program.yaml > default. */
export type CatalogChoice = '--catalog' | 'program.yaml' | 'default';

export interface ChosenCatalog {
  index: CatalogIndex;
  from: CatalogChoice;
  /** Every catalog id the program folder can use (the built-in ones and its own). */
  available: string[];
}

/**
 * The catalog a command works with: the one --catalog names, else the one the
 * program's program.yaml names (as build and validate use), else the default.
 */
export async function chooseCatalog(option: string | undefined, dataDir?: string): Promise<ChosenCatalog> {
  const set = await catalogsFor(dataDir);
  if (hasErrors(set.problems)) throw new UserError(set.problems, 'input');
  const available = [...set.catalogs.keys()];
  if (option !== undefined) {
    const found = set.catalogs.get(option)?.index;
    if (found) return { index: found, from: '--catalog', available };
    throw userError('usage', 'unknown-catalog', `there is no catalog "${option}"`, {
      hint: suggestionHint(option, available, `available: ${available.join(', ')}`),
    });
  }
  const named = dataDir === undefined ? undefined : await namedCatalog(dataDir);
  if (!named) return { index: mustHave(set.catalogs.get(DEFAULT_CATALOG)?.index), from: 'default', available };
  const found = set.catalogs.get(named.id)?.index;
  if (found) return { index: found, from: 'program.yaml', available };
  throw userError('input', 'unknown-catalog', `there is no catalog "${named.id}"`, {
    hint: suggestionHint(
      named.id,
      available,
      `catalogs available: ${available.join(', ')}; an organization's own catalogs go in the program's catalogs/ folder (or give --catalog)`,
    ),
    location: named.location,
  });
}

function mustHave(index: CatalogIndex | undefined): CatalogIndex {
  if (!index) throw new Error(`the built-in catalog ${DEFAULT_CATALOG} is missing from the package`);
  return index;
}
