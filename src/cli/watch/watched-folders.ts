import { realpathSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtinTemplatesDir } from '../../paths.js';
import { displayPath } from '../../problems/display-path.js';
import { CATALOG_DIR, SCENARIO_DIR } from '../../schema/data-files.js';
import type { WatchedFolder } from './folder-watcher.js';

/** Template folders are watched with their subfolders, at most this many (a template is a dozen folders). */
const MAX_TEMPLATE_FOLDERS = 200;
const YAML = /\.ya?ml$/i;
/** Editors' scratch files: swap files, backups, vim's write test, hidden files. */
const SCRATCH = /^\.|~$|\.sw[a-p]$|^4913$|\.tmp$|\.bak$/i;

/** The program's YAML (its scenarios and own catalogs too) and the template folders that are not ztdeck's own. */
export function watchedFolders(dataDir: string, templateFolders: readonly string[], outDir: string): WatchedFolder[] {
  const folders: WatchedFolder[] = [
    {
      dir: dataDir,
      kind: 'data',
      kindOf: (name) =>
        name === CATALOG_DIR
          ? 'catalog'
          : name === SCENARIO_DIR || (YAML.test(name) && !SCRATCH.test(name))
            ? 'data'
            : undefined,
    },
    {
      dir: path.join(dataDir, SCENARIO_DIR),
      kind: 'data',
      kindOf: (n) => (YAML.test(n) && !SCRATCH.test(n) ? 'data' : undefined),
    },
    {
      dir: path.join(dataDir, CATALOG_DIR),
      kind: 'catalog',
      kindOf: (n) => (YAML.test(n) && !SCRATCH.test(n) ? 'catalog' : undefined),
    },
  ];
  const shipped = realOrSelf(builtinTemplatesDir);
  const seen = new Set<string>();
  for (const top of templateFolders) {
    if (top === shipped || top.startsWith(shipped + path.sep)) continue;
    for (const dir of subfolders(top, outDir)) {
      if (seen.size >= MAX_TEMPLATE_FOLDERS || seen.has(dir)) continue;
      seen.add(dir);
      folders.push({ dir, kind: 'template', kindOf: (n) => (SCRATCH.test(n) ? undefined : 'template') });
    }
  }
  return folders;
}

/** A folder and the folders under it (not hidden ones, not the output folder). */
function subfolders(top: string, outDir: string): string[] {
  const out = [top];
  for (let i = 0; i < out.length && out.length < MAX_TEMPLATE_FOLDERS; i++) {
    try {
      for (const e of readdirSync(out[i] ?? top, { withFileTypes: true })) {
        const full = path.join(out[i] ?? top, e.name);
        if (e.isDirectory() && !e.name.startsWith('.') && full !== outDir) out.push(full);
      }
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** What the writer puts in the output folder: its files, its charts/ and its staging folder. */
export function isOutput(file: string, outDir: string): boolean {
  return file === outDir || path.dirname(file) === outDir || file.startsWith(path.join(outDir, 'charts') + path.sep);
}

/** The folder a changed file belongs to (the program's, or a template's), which it is read inside of. */
export function rootOf(file: string, roots: readonly string[]): string {
  const holding = roots.filter((r) => file === r || file.startsWith(r + path.sep));
  return holding.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file);
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** The folders watched, each shown once with its subfolders left out: "data/ and templates/acme/". */
export function shownFolders(dirs: readonly string[], dataDir: string): string {
  const tops = dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(o + path.sep)));
  const ordered = [dataDir, ...tops.filter((d) => d !== dataDir)];
  return ordered.map((d) => `${displayPath(d)}/`).join(' and ');
}
