import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = fileURLToPath(import.meta.url);

/**
 * The package's own folder: the nearest folder above this module that holds a
 * package.json. This code runs as src/paths.ts (tests), dist/paths.js (the
 * library) and from the CLI's bundle (dist/bin.js and its chunks under
 * dist/chunks/), so the data files that ship with the package resolve the same
 * way from each.
 */
export const packageRoot = (() => {
  for (let dir = path.dirname(here); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${here}`);
  }
})();

/**
 * A file of the built package (dist/), or undefined when this code runs from
 * the TypeScript sources (tests), where there is nothing built to start: the
 * worker threads' entry files.
 */
export function builtFile(...parts: string[]): string | undefined {
  return here.endsWith('.js') ? path.join(packageRoot, 'dist', ...parts) : undefined;
}

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
