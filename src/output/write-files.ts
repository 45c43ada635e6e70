import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../problems/display-path.js';
import type { Problem } from '../problems/problem.js';
import { isUserError, userError, type ErrorKind } from '../problems/user-error.js';
import { OWNED_LIST, ownedList, refuseForeign, type OwnedFolder } from './owned-folder.js';
import { alive } from './lock-holder.js';
import { breakerOf, clearStaleBreaker } from './lock-break.js';
import { LOCK_NAME, lockFolder, STALE_LOCK_PREFIX } from './write-lock.js';

export type { OwnedFolder } from './owned-folder.js';

export interface OutputFile {
  /** Absolute path of the file to write. */
  path: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  /** Replace files that exist; without it, any existing target stops the whole write before anything is written. */
  overwrite: boolean;
  /** What a failure is reported as (the CLI turns it into an exit code): an output problem, or for a private scratch write, an input one. */
  kind?: ErrorKind;
  /**
   * Folders the set owns whole (the charts/ of a build): the new folder
   * replaces the old one, so files an earlier run made and this one does not
   * (a chart of a KPI since removed) go with it. Each gets the list of the
   * files written in it; a folder holding anything else is refused.
   */
  ownedFolders?: readonly OwnedFolder[];
  /** How long to wait for another write into the same folder before refusing (default 10 s). */
  lockWaitMs?: number;
  /** Aborted before the staged files are renamed in, nothing is changed (and the staging folder is removed). */
  signal?: AbortSignal | undefined;
}

/** Staging folders are named so; one left by a killed run is removed by the next write into the same folder. */
const STAGING_PREFIX = '.ztdeck-staging-';
/** Temporary files of ztdeck versions that wrote file by file. */
const OLD_TEMPORARY = /\.[0-9a-f]{12}\.tmp$/;

/**
 * The only place that writes files, and it writes a set as one: every file is
 * first written and flushed in a staging folder beside the targets; only when
 * all are written are they renamed into place, the files they replace kept
 * aside until the last rename succeeds. A failure at any point (a full disk,
 * a locked file) puts back what was there, so a reader of the folder sees the
 * previous set or the new one, never a mix.
 */
export async function writeFiles(files: readonly OutputFile[], options: WriteOptions): Promise<void> {
  if (files.length === 0) return;
  const owned = options.ownedFolders ?? [];
  const kind = options.kind ?? 'output';
  // Owned folders count by themselves: their parent is where the set lives (a PNG-only build writes only inside charts/).
  const root = commonFolder([...files.map((f) => f.path), ...owned.map((d) => d.path)]);
  const fail = (message: string, hint: string, code: Problem['code'] = 'write-failed', file = root): never => {
    throw userError(kind, code, message, { hint, location: { file: displayPath(file) } });
  };
  const rootInfo = await stat(root).catch(() => undefined);
  if (rootInfo && !rootInfo.isDirectory()) fail(`${displayPath(root)} is a file, not a folder`, 'choose a folder for the output (it is created if it does not exist)', 'path-not-a-folder');
  if (!options.overwrite) await refuseExisting(files, kind);
  const created = !rootInfo;
  try {
    await mkdir(root, { recursive: true });
  } catch (e) {
    fail(`cannot create the folder ${displayPath(root)} (${code(e)})`, 'check the path and that its parent folder is writable');
  }
  // One write at a time in a folder: two builds into one --out would otherwise swap charts/ under each other.
  const release = await lockFolder(root, kind, options.lockWaitMs).catch((e: unknown) =>
    isUserError(e) ? Promise.reject(e) : fail(`cannot write in ${displayPath(root)} (${code(e)}); nothing was changed`, 'check that the folder is writable'),
  );
  const staging = path.join(root, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  let written = false;
  try {
    await refuseForeign(owned, kind);
    await removeLeftovers(root);
    await stage(files, owned.map((d) => d.path), root, staging).catch((e: unknown) => fail(`cannot write the outputs in ${displayPath(root)} (${code(e)}); nothing was changed`, 'check that the folder is writable and the disk has room'));
    // The last moment to stop without a change: the renames that follow take milliseconds.
    options.signal?.throwIfAborted();
    await swapIn(files.map((f) => path.relative(root, f.path)), owned.map((d) => path.relative(root, d.path)), root, staging)
      .catch((e: unknown) => fail(`cannot replace the outputs in ${displayPath(root)} (${code(e)}); the previous files were kept`, 'close the files if another program holds them, and check the folder\'s permissions'));
    written = true;
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await release();
    if (created && !written) await rmdir(root).catch(() => undefined);
  }
}

async function stage(files: readonly OutputFile[], owned: readonly string[], root: string, staging: string): Promise<void> {
  await mkdir(staging);
  // An owned folder is staged even when empty (it still replaces the old one), with the list of what is written in it.
  const lists = owned.map((dir) => ({
    path: path.join(dir, OWNED_LIST),
    content: ownedList(files.filter((f) => f.path.startsWith(dir + path.sep)).map((f) => path.relative(dir, f.path).split(path.sep).join('/'))),
  }));
  for (const f of [...files, ...lists]) {
    const target = path.join(staging, path.relative(root, f.path));
    await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'wx');
    try {
      await handle.writeFile(f.content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/**
 * Moves the staged files (and owned folders) into place. What each replaces
 * is first moved into the staging folder, so on a failure every rename done
 * so far is undone in reverse order.
 */
async function swapIn(files: readonly string[], owned: readonly string[], root: string, staging: string): Promise<void> {
  const aside = path.join(staging, '.previous');
  const done: { target: string; previous?: string; placed?: boolean }[] = [];
  const units = [...owned, ...files.filter((f) => !owned.some((d) => f.startsWith(`${d}${path.sep}`)))];
  try {
    for (const [i, rel] of units.entries()) {
      const target = path.join(root, rel);
      const existing = await lstat(target).catch(() => undefined);
      if (existing?.isDirectory() && !owned.includes(rel)) throw Object.assign(new Error(`${rel} is a folder`), { code: 'EISDIR' });
      await mkdir(path.dirname(target), { recursive: true });
      const step: { target: string; previous?: string; placed?: boolean } = { target };
      if (existing) {
        step.previous = path.join(aside, String(i));
        await mkdir(aside, { recursive: true });
        await rename(target, step.previous);
      }
      done.push(step);
      await rename(path.join(staging, rel), target);
      step.placed = true;
    }
  } catch (e) {
    for (const step of done.reverse()) {
      // Only what this write put there is removed: a target it could not place may be anyone's.
      if (step.placed) await rm(step.target, { recursive: true, force: true }).catch(() => undefined);
      if (step.previous) await rename(step.previous, step.target).catch(() => undefined);
    }
    throw e;
  }
}

/** Staging folders of runs that were killed (their process is gone), lock breakers they held, locks older versions were taking over, and temporary files of older versions. */
async function removeLeftovers(root: string): Promise<void> {
  await clearStaleBreaker(breakerOf(path.join(root, LOCK_NAME)));
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const prefix = [STAGING_PREFIX, STALE_LOCK_PREFIX].find((p) => name.startsWith(p));
    const pid = prefix ? Number(name.slice(prefix.length).split('-')[0]) : undefined;
    if ((pid !== undefined && !alive(pid)) || OLD_TEMPORARY.test(name)) await rm(path.join(root, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

async function refuseExisting(files: readonly OutputFile[], kind: ErrorKind): Promise<void> {
  const existing: string[] = [];
  for (const f of files) if (await lstat(f.path).then(() => true, () => false)) existing.push(displayPath(f.path));
  if (existing.length === 0) return;
  const listed = existing.length > 3 ? `${existing.slice(0, 3).join(', ')} and ${existing.length - 3} more` : existing.join(', ');
  throw userError(kind, 'output-exists', `${existing.length === 1 ? 'this file already exists' : `${existing.length} files already exist`}: ${listed}`, {
    hint: 'choose another folder, or pass --force to replace them',
  });
}

/** The deepest folder that holds every path. */
function commonFolder(paths: readonly string[]): string {
  let common = path.dirname(path.resolve(paths[0] ?? '.'));
  for (const p of paths) {
    const dir = path.dirname(path.resolve(p));
    while (common !== dir && !dir.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'unknown error');
}
