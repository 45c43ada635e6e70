import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The package's own folder. This file sits one level under it both as
 * src/paths.ts (tests) and dist/paths.js (the CLI), so the data files that
 * ship with the package resolve the same way from either.
 */
export const packageRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export const builtinCatalogDir = path.join(packageRoot, 'src', 'catalog', 'builtin');
/** The shipped templates' texts as Handlebars code, written by npm run build (scripts/precompile-texts.mjs). */
export const precompiledTexts = path.join(packageRoot, 'dist', 'templating', 'precompiled.json');
/** The built-in catalogs, checked, written by npm run build (scripts/catalog-cache.mjs). */
export const builtinCatalogCache = path.join(packageRoot, 'dist', 'catalog', 'builtin.json');
export const builtinTemplatesDir = path.join(packageRoot, 'templates');

/** ztdeck's version (package.json): what the title slide and summary.json say made them. */
export const ztdeckVersion: string = (
  JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;
