import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BuildCache } from '../../pipeline/build-cache.js';
import { buildAndWrite } from '../../pipeline/build.js';
import { allFormats, outputs, type OutputFormat } from '../../pipeline/outputs.js';
import { displayPath } from '../../problems/display-path.js';
import { isUserError, userError } from '../../problems/user-error.js';
import { builtParts } from '../build-summary.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { fingerprint } from '../watch/fingerprint.js';
import { FolderWatcher, type ChangeKind } from '../watch/folder-watcher.js';
import { RebuildQueue } from '../watch/rebuild-queue.js';
import { isOutput, rootOf, shownFolders, watchedFolders } from '../watch/watched-folders.js';

/**
 * A rebuild starts this long after the last change: the events of one save
 * (a truncation and a write, or a write and a rename) give one rebuild. A
 * change while it builds stops it and starts it again (see RebuildQueue).
 */
export const SETTLE_MS = 10;
/** On Ctrl-C, the build under way is given this long to stop before the watch ends without it. */
export const STOP_GRACE_MS = 500;

export interface WatchOptions {
  dataDir: string;
  outDir: string;
  /** Named on the command line; else the program's or template's formats:, else the default set. */
  formats?: OutputFormat[] | undefined;
  template?: string | undefined;
  deck?: string | undefined;
  since?: string | undefined;
  quiet: boolean;
}

/**
 * `build --watch`: builds, then builds again each time the program's files or
 * its template's change, in this process, reusing what did not change (see
 * BuildCache). A failed build prints its problems and leaves the outputs of
 * the last good one as they were (the writer replaces a set whole or not at
 * all). Ends on Ctrl-C (or SIGTERM) with exit code 0, within STOP_GRACE_MS:
 * the build under way stops at its next stage and writes nothing, and one
 * that does not stop in time is left behind (the writer's check keeps it from
 * renaming its files in). The program folder removed (a git checkout, an
 * unzip) is waited for, and built again when it comes back.
 */
export async function watchBuild(ctx: CommandContext, options: WatchOptions): Promise<number> {
  const dataDir = path.resolve(options.dataDir);
  const outDir = path.resolve(options.outDir);
  await requireFolder(dataDir);
  const cache = new BuildCache({ early: (options.formats ?? allFormats).some((f) => outputs[f].drawsPngs === true) });
  const fingerprints = new Map<string, string>();
  const abort = new AbortController();
  const flags = { stopped: false, dropped: false, gone: false };
  let finish: (() => void) | undefined;
  let fail: ((e: unknown) => void) | undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });

  const queue = new RebuildQueue<ChangeKind>(
    SETTLE_MS,
    (batch, restart) => rebuild(batch, restart),
    (e) => fail?.(e),
  );
  const watcher = new FolderWatcher((file, kind) => {
    // The outputs are no change of the program: the data folders count only YAML, and a template folder that is
    // the output folder (or holds it) does not count what the writer puts there.
    if (!flags.stopped && !(kind === 'template' && isOutput(file, outDir))) queue.add(file, kind);
  });

  const rebuild = async (batch: Map<string, ChangeKind>, restart: AbortSignal) => {
    const changed = await changedFiles(batch, fingerprints, [dataDir, ...cache.templateFolders()]);
    if (changed.length === 0) return;
    // Stopped by a newer change: the queue builds these files again with it, so they count as changed then.
    const again = () => {
      for (const [file] of changed) fingerprints.delete(file.endsWith(path.sep) ? file.slice(0, -1) : file);
    };
    if (restart.aborted) return again();
    const kinds = new Set(changed.map(([, kind]) => kind));
    cache.forget({ template: kinds.has('template') || flags.gone, catalogs: kinds.has('catalog') || flags.gone });
    if (!(await isFolder(dataDir))) {
      // The watcher waits for it in the folder above; it comes back as a change.
      if (!flags.gone) ctx.io.err(`The program folder ${displayPath(dataDir)}/ is gone; waiting for it to come back\n`);
      flags.gone = true;
      return;
    }
    flags.gone = false;
    await buildOnce(
      changed.map(([file]) => file),
      restart,
    );
    if (restart.aborted) again();
  };

  const session: Session = { ctx, options, dataDir, outDir, cache, abort, watcher, flags };
  const buildOnce = (changed?: string[], restart?: AbortSignal) => buildOnceIn(session, changed, restart);

  const release = ctx.io.onInterrupt?.(() => {
    flags.stopped = true;
    abort.abort();
    finish?.();
  });
  let settled: boolean;
  try {
    // The program's folders are watched from the start: a save during the first build gives a rebuild after it.
    watcher.set(watchedFolders(dataDir, [], outDir));
    await Promise.race([queue.runNow(() => buildOnce()), done]);
    if (!flags.stopped && !options.quiet)
      ctx.io.err(`Watching ${shownFolders(watcher.folders(), dataDir)} for changes (Ctrl-C to stop)\n`);
    await done;
  } finally {
    flags.stopped = true;
    abort.abort();
    watcher.close();
    settled = await within(queue.stop(), STOP_GRACE_MS);
    cache.close();
    release?.();
  }
  if (!options.quiet) ctx.io.err(stopMessage(flags.dropped || !settled));
  return exitCodes.ok;
}

/** A folder that is not there at the start is a mistake (a typo); one removed later is waited for. */
async function requireFolder(dataDir: string): Promise<void> {
  if (await stat(dataDir).catch(() => undefined)) return;
  throw userError('input', 'path-not-found', `the program folder ${displayPath(dataDir)} does not exist`, {
    hint: 'give the folder that holds program.yaml (ztdeck init <folder> creates one)',
    location: { file: displayPath(dataDir) },
  });
}

function stopMessage(dropped: boolean): string {
  return dropped
    ? 'Stopped watching; the build under way was stopped before writing: the outputs are those of the last good build\n'
    : 'Stopped watching\n';
}

interface Session {
  ctx: CommandContext;
  options: WatchOptions;
  dataDir: string;
  outDir: string;
  cache: BuildCache;
  abort: AbortController;
  watcher: FolderWatcher;
  flags: { stopped: boolean; dropped: boolean; gone: boolean };
}

/** The files of a batch that really changed (a save that leaves a file as it was, or a second event of one save, is no change). */
async function changedFiles(
  batch: Map<string, ChangeKind>,
  fingerprints: Map<string, string>,
  roots: string[],
): Promise<[string, ChangeKind][]> {
  const changed: [string, ChangeKind][] = [];
  for (const [file, kind] of batch) {
    const now = await fingerprint(file, rootOf(file, roots));
    if (fingerprints.get(file) === now) continue;
    changed.push([now.startsWith('folder ') ? file + path.sep : file, kind]);
    // A folder removed or replaced: what was known of its files no longer holds.
    if (now === 'missing' || now.startsWith('folder '))
      for (const known of [...fingerprints.keys()]) if (known.startsWith(file + path.sep)) fingerprints.delete(known);
    fingerprints.set(file, now);
  }
  return changed;
}

/**
 * One build of the watch (the first, or after `changed`): its outputs written, or its problems printed and the
 * last good outputs kept; or, stopped by `restart` (a newer change), nothing written and nothing printed.
 */
async function buildOnceIn(session: Session, changed?: string[], restart?: AbortSignal): Promise<void> {
  const { ctx, options, dataDir, outDir, cache, abort, watcher, flags } = session;
  const started = performance.now();
  const what = changed ? ` after ${listed(changed)} changed` : '';
  const seconds = () => ((performance.now() - started) / 1000).toFixed(changed ? 2 : 1);
  const signal = eitherSignal(abort.signal, restart);
  try {
    const result = await buildAndWrite(dataDir, {
      outDir,
      formats: options.formats,
      template: options.template,
      deck: options.deck,
      since: options.since,
      cache,
      signal: signal.signal,
    });
    printProblems(ctx, result.warnings);
    if (!options.quiet && !changed) for (const f of result.files) ctx.io.out(`Wrote ${displayPath(f.path)}\n`);
    if (!options.quiet)
      ctx.io.err(
        changed
          ? `Rebuilt in ${seconds()} s${what}: wrote ${builtParts(result, result.formats, cache.drawer.redrawn)} to ${displayPath(outDir)}/\n`
          : `Built: ${builtParts(result, result.formats)} in ${seconds()} s\n`,
      );
  } catch (e) {
    // Stopped by Ctrl-C: nothing of it was written, and what it found no longer matters.
    if (abort.signal.aborted) return void (flags.dropped = true);
    // Stopped by a newer change: the rebuild that follows reports.
    if (restart?.aborted) return;
    if (!isUserError(e)) throw e;
    printProblems(ctx, e.problems);
    ctx.io.err(`Not ${changed ? 'rebuilt' : 'built'}${what} (${seconds()} s): kept the last good outputs\n`);
  } finally {
    signal.release();
  }
  if (!flags.stopped && !restart?.aborted) watcher.set(watchedFolders(dataDir, cache.templateFolders(), outDir));
}

/** A signal that aborts when either does (AbortSignal.any wants Node 20.3); release() drops its listeners. */
function eitherSignal(a: AbortSignal, b: AbortSignal | undefined): { signal: AbortSignal; release: () => void } {
  if (!b) return { signal: a, release: () => undefined };
  const both = new AbortController();
  const onA = () => both.abort(a.reason);
  const onB = () => both.abort(b.reason);
  if (a.aborted || b.aborted) both.abort(a.aborted ? a.reason : b.reason);
  a.addEventListener('abort', onA, { once: true });
  b.addEventListener('abort', onB, { once: true });
  return {
    signal: both.signal,
    release: () => {
      a.removeEventListener('abort', onA);
      b.removeEventListener('abort', onB);
    },
  };
}

async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
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

/** "data/kpis.yaml", "data/kpis.yaml and data/risks.yaml", "data/kpis.yaml and 3 more files" (a folder with its slash). */
function listed(files: readonly string[]): string {
  const shown = files.map((f) => (f.endsWith(path.sep) ? `${displayPath(f.slice(0, -1))}/` : displayPath(f)));
  if (shown.length <= 2) return shown.join(' and ');
  return `${shown[0]} and ${shown.length - 1} more files`;
}
