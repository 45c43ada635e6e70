import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/catalog/load-catalogs.js';
import { folderSource } from '../../../src/data/file-source.js';
import { fixturesDir } from '../../helpers/cli.js';

describe('catalog rules', () => {
  it('reports a malformed catalog with locations, and leaves it out', async () => {
    const set = await loadCatalogs({ source: folderSource(path.join(fixturesDir, 'catalogs')), dir: '' });
    expect(set.catalogs.has('broken')).toBe(false);
    expect(set.problems.map((p) => [p.code, p.location?.line])).toEqual([
      ['invalid-catalog', 11],
      ['unknown-reference', 13],
      ['duplicate-id', 14],
    ]);
  });
});
