import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { builtinTemplatesDir } from '../../paths.js';
import { BuildCache } from '../../pipeline/build-cache.js';
import { buildAndWrite } from '../../pipeline/build.js';
import { outputs, type OutputFormat } from '../../pipeline/outputs.js';
import { displayPath } from '../../problems/display-path.js';
import { isUserError } from '../../problems/user-error.js';
import { CATALOG_DIR, SCENARIO_DIR } from '../../schema/data-files.js';
import { builtParts } from '../build-summary.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { fingerprint } from '../watch/fingerprint.js';
import { FolderWatcher, type ChangeKind, type WatchedFolder } from '../watch/folder-watcher.js';
import { RebuildQueue } from '../watch/rebuild-queue.js';

/** A burst of saves (an editor's "save all", a git checkout) gives one rebuild: this long after the last change (see RebuildQueue). */
export const DEBOUNCE_MS = 200;
/** On Ctrl-C, the build under way is given this long to stop before the watch ends without it. */
export const STOP_GRACE_MS = 500;
/** Template folders are watched with their subfolders, at most this many (a template is a dozen folders). */
const MAX_TEMPLATE_FOLDERS = 200;

export interface WatchOptions {
  dataDir: string;
  outDir: string;
  formats: OutputFormat[];
  template?: string | undefined;
  deck?: string | undefined;
  since?: string | undefined;
  quiet: boolean;
}

const YAML = /\.ya?ml$/i;
/** Editors' scratch files: swap files, backups, vim's write test, hidden files. */
const SCRATCH = /^\.|~$|\.sw[a-p]$|^4913$|\.tmp$|\.bak$/i;

/**
 * `build --watch`: builds, then builds again each time the program's files or
 * its template's change, in this process, reusing what did not change (see
 * BuildCache). A failed build prints its problems and leaves the outputs of
 * the last good one as they were (the writer replaces a set whole or not at
 * all). Ends on Ctrl-C (or SIGTERM) with exit code 0, within STOP_GRACE_MS:
 * the build under way stops at its next stage and writes nothing, and one
 * that does not stop in time is left behind (the writer's check keeps it from
 * renaming its files in).
 */
export async function watchBuild(ctx: CommandContext, options: WatchOptions): Promise<number> {
  const dataDir = path.resolve(options.dataDir);
  const outDir = path.resolve(options.outDir);
  const cache = new BuildCache({ early: options.formats.some((f) => outputs[f].drawsPngs === true) });
  const fingerprints = new Map<string, string>();
  const abort = new AbortController();
  let stopped = false;
  let dropped = false;
  let finish: (() => void) | undefined;
  let fail: ((e: unknown) => void) | undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });

  const queue = new RebuildQueue<ChangeKind>(
    DEBOUNCE_MS,
    (batch) => rebuild(batch),
    (e) => fail?.(e),
  );
  const watcher = new FolderWatcher((file, kind) => {
    // The outputs are no change of the program: the data folders count only YAML, and a template folder that is
    // the output folder (or holds it) does not count what the writer puts there.
    if (!stopped && !(kind === 'template' && isOutput(file, outDir))) queue.add(file, kind);
  });

  const rebuild = async (batch: Map<string, ChangeKind>) => {
    // A save that leaves a file as it was (or a second event of one save) is no change.
    const changed: [string, ChangeKind][] = [];
    for (const [file, kind] of batch) {
      const now = await fingerprint(file, rootOf(file, [dataDir, ...cache.templateFolders()]));
      if (fingerprints.get(file) !== now) changed.push([file, kind]);
      fingerprints.set(file, now);
    }
    if (changed.length === 0) return;
    const kinds = new Set(changed.map(([, kind]) => kind));
    cache.forget({ template: kinds.has('template'), catalogs: kinds.has('catalog') });
    await buildOnce(changed.map(([file]) => file));
  };

  const buildOnce = async (changed?: string[]) => {
    const started = performance.now();
    const what = changed ? ` after ${listed(changed)} changed` : '';
    const seconds = () => ((performance.now() - started) / 1000).toFixed(changed ? 2 : 1);
    try {
      const result = await buildAndWrite(dataDir, {
        outDir,
        formats: options.formats,
        template: options.template,
        deck: options.deck,
        since: options.since,
        cache,
        signal: abort.signal,
      });
      printProblems(ctx, result.warnings);
      if (!options.quiet && !changed) for (const f of result.files) ctx.io.out(`Wrote ${displayPath(f.path)}\n`);
      if (!options.quiet)
        ctx.io.err(
          changed
            ? `Rebuilt in ${seconds()} s${what}: wrote ${builtParts(result, options.formats, cache.drawer.redrawn)} to ${displayPath(outDir)}/\n`
            : `Built: ${builtParts(result, options.formats)} in ${seconds()} s\n`,
        );
    } catch (e) {
      // Stopped by Ctrl-C: nothing of it was written, and what it found no longer matters.
      if (abort.signal.aborted) return void (dropped = true);
      if (!isUserError(e)) throw e;
      printProblems(ctx, e.problems);
      ctx.io.err(`Not ${changed ? 'rebuilt' : 'built'}${what} (${seconds()} s): kept the last good outputs\n`);
    }
    if (!stopped) watcher.set(watchedFolders(dataDir, cache.templateFolders(), outDir));
  };

  const release = ctx.io.onInterrupt?.(() => {
    stopped = true;
    abort.abort();
    finish?.();
  });
  let settled: boolean;
  try {
    // The program's folders are watched from the start: a save during the first build gives a rebuild after it.
    watcher.set(watchedFolders(dataDir, [], outDir));
    await Promise.race([queue.runNow(() => buildOnce()), done]);
    if (!stopped && !options.quiet)
      ctx.io.err(`Watching ${shownFolders(watcher.folders(), dataDir)} for changes (Ctrl-C to stop)\n`);
    await done;
  } finally {
    stopped = true;
    abort.abort();
    watcher.close();
    settled = await within(queue.stop(), STOP_GRACE_MS);
    cache.close();
    release?.();
  }
  if (!options.quiet)
    ctx.io.err(
      dropped || !settled
        ? 'Stopped watching; the build under way was stopped before writing: the outputs are those of the last good build\n'
        : 'Stopped watching\n',
    );
  return exitCodes.ok;
}

/** Whether a promise settles within `ms` (a timer that keeps the process alive meanwhile, cleared as soon as it does). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The program's YAML (its scenarios and own catalogs too) and the template folders that are not ztdeck's own. */
function watchedFolders(dataDir: string, templateFolders: readonly string[], outDir: string): WatchedFolder[] {
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
function isOutput(file: string, outDir: string): boolean {
  return file === outDir || path.dirname(file) === outDir || file.startsWith(path.join(outDir, 'charts') + path.sep);
}

/** The folder a changed file belongs to (the program's, or a template's), which it is read inside of. */
function rootOf(file: string, roots: readonly string[]): string {
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

/** "data/kpis.yaml", "data/kpis.yaml and data/risks.yaml", "data/kpis.yaml and 3 more files". */
function listed(files: readonly string[]): string {
  const shown = files.map((f) => displayPath(f));
  if (shown.length <= 2) return shown.join(' and ');
  return `${shown[0]} and ${shown.length - 1} more files`;
}

/** The folders watched, each shown once with its subfolders left out: "data/ and templates/acme/". */
function shownFolders(dirs: readonly string[], dataDir: string): string {
  const tops = dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(o + path.sep)));
  const ordered = [dataDir, ...tops.filter((d) => d !== dataDir)];
  return ordered.map((d) => `${displayPath(d)}/`).join(' and ');
}
