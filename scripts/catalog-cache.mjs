// Writes dist/catalog/builtin.json: each built-in catalog as checked data, with
// the hash of its YAML text (src/catalog/load-catalogs.ts takes it when the text
// is the same). Run by npm run build, after tsc.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinCatalogCache, builtinCatalogDir } from '../dist/paths.js';

rmSync(builtinCatalogCache, { force: true });
const { loadCatalogs } = await import('../dist/catalog/load-catalogs.js');
const { catalogs, problems } = await loadCatalogs();
if (problems.length) {
  console.error(problems.map((p) => p.message).join('\n'));
  process.exit(1);
}
const entries = [...catalogs.values()]
  .filter((c) => c.builtin)
  .map((c) => {
    const file = path.basename(c.displayPath);
    const text = readFileSync(path.join(builtinCatalogDir, file));
    return { file, sha256: createHash('sha256').update(text).digest('hex'), data: c.index.catalog };
  });
writeFileSync(builtinCatalogCache, `${JSON.stringify(entries)}\n`);
