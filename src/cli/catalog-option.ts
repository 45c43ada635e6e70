import type { CatalogIndex } from '../catalog/catalog-index.js';
import { catalogsFor } from '../pipeline/validate.js';
import { hasErrors } from '../problems/problem.js';
import { suggestionHint } from '../problems/suggest.js';
import { UserError, userError } from '../problems/user-error.js';

/** The catalog a --catalog option names, among the built-in ones and those of the program folder. */
export async function findCatalog(id: string, dataDir?: string): Promise<CatalogIndex> {
  const set = await catalogsFor(dataDir);
  if (hasErrors(set.problems)) throw new UserError(set.problems, 'input');
  const found = set.catalogs.get(id)?.index;
  if (found) return found;
  const ids = [...set.catalogs.keys()];
  throw userError('usage', 'unknown-catalog', `there is no catalog "${id}"`, {
    hint: suggestionHint(id, ids, `available: ${ids.join(', ')}`),
  });
}
