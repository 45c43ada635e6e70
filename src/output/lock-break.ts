import { lstat, open, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { alive, holderOf, thisHolder, type LockHolder } from './lock-holder.js';

/** A lock file as read at one moment: its text and which file it was (inode and time). */
export interface LockState {
  text: string;
  owner: LockHolder | undefined;
  /** Milliseconds since it was last written. */
  age: number;
  ino: number;
  mtimeMs: number;
}

/** The second lock that runs breaking a stale lock take turns through, beside it. */
export const breakerOf = (lock: string): string => `${lock}-break`;

/** A breaker is held for one read and one removal; one older than this was left by a run killed meanwhile. */
const BREAKER_STALE_MS = 5_000;

/**
 * The lock as it is now (text and identity read from one open file, so they
 * belong together), or undefined when there is none. A lock that cannot be
 * read (a folder of that name, no permission) has the text '': only its age
 * can make it stale.
 */
export async function readLock(lock: string): Promise<LockState | undefined> {
  let handle;
  try {
    handle = await open(lock, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return lstat(lock).then((info) => state('', info), (e2: NodeJS.ErrnoException) => (e2.code === 'ENOENT' ? undefined : Promise.reject(e)));
  }
  try {
    const info = await handle.stat();
    return state(await handle.readFile('utf8').catch(() => ''), info);
  } finally {
    await handle.close();
  }
}

function state(text: string, info: { ino: number; mtimeMs: number }): LockState {
  return { text, owner: holderOf(text), age: Date.now() - info.mtimeMs, ino: info.ino, mtimeMs: info.mtimeMs };
}

/**
 * Removes a lock judged stale, and only that one: the same file with the same
 * text. Runs that break a lock take turns through a breaker (created with
 * O_EXCL beside it), and the lock is read again under it. Without turns, two
 * runs that judged the same lock stale could both remove "it", the second
 * removing the lock a third run had taken anew meanwhile, and two runs would
 * write at once. (A judged lock does not change hands by other means: its
 * process is gone, or, of this process, it forgets a token only after removing
 * its lock. A lock judged by its age alone, ten minutes for a write, could in
 * theory still be released by a live holder in the moment between the read and
 * the removal.) Returns whether to look again at once: true when the judged lock
 * is gone, false when another run is breaking it or it cannot be removed.
 */
export async function breakStale(lock: string, judged: LockState): Promise<boolean> {
  const breaker = breakerOf(lock);
  const mine = JSON.stringify(thisHolder());
  if (!(await createWith(breaker, mine))) {
    await clearStaleBreaker(breaker);
    return false;
  }
  try {
    const now = await readLock(lock);
    if (!now || !sameLock(now, judged)) return true;
    return await unlink(lock).then(
      () => true,
      (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
    );
  } finally {
    const still = await readLock(breaker).catch(() => undefined);
    if (still?.text === mine) await unlink(breaker).catch(() => undefined);
  }
}

/** Removes a breaker left by a run that was killed while it held one (its process is gone, or it is too old). */
export async function clearStaleBreaker(breaker: string): Promise<void> {
  const seen = await readLock(breaker).catch(() => undefined);
  if (!seen) return;
  const o = seen.owner;
  const dead = o !== undefined && o.host === hostname() && o.pid !== process.pid && !alive(o.pid);
  if (!dead && seen.age <= BREAKER_STALE_MS) return;
  const now = await readLock(breaker).catch(() => undefined);
  if (now && sameLock(now, seen)) await unlink(breaker).catch(() => undefined);
}

/** Creates a lock file with O_EXCL and writes `text` in it: false when it exists. */
export async function createWith(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    await handle.writeFile(text);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw e;
  }
  await handle.close();
  return true;
}

function sameLock(a: LockState, b: LockState): boolean {
  return a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.text === b.text;
}
