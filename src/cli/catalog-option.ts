import { catalogsFor } from '../api.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { hasErrors } from '../report/problem.js';
import { UserError } from '../report/user-error.js';
import { didYouMean } from '../validate/suggest.js';
import { exitCodes } from './exit-codes.js';

/** The catalog a --catalog option names, among the built-in ones and those of the program folder. */
export async function findCatalog(id: string, dataDir?: string): Promise<CatalogIndex> {
  const set = await catalogsFor(dataDir);
  if (hasErrors(set.problems)) throw new UserError(set.problems, exitCodes.invalidInput);
  const found = set.catalogs.get(id)?.index;
  if (found) return found;
  const ids = [...set.catalogs.keys()];
  throw new UserError([{
    code: 'unknown-catalog', severity: 'error', message: `there is no catalog "${id}"`,
    hint: [didYouMean(id, ids), `available: ${ids.join(', ')}`].filter(Boolean).join(' '),
  }], exitCodes.usage);
}
