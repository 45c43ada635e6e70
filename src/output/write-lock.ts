import { unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { displayPath } from '../problems/display-path.js';
import { userError, type ErrorKind } from '../problems/user-error.js';
import { breakStale, createWith, readLock, type LockState } from './lock-break.js';
import { alive, thisHolder, type LockHolder } from './lock-holder.js';

/** The lock file a write holds in the folder it writes to. */
export const LOCK_NAME = '.ztdeck-lock';
/** Older versions renamed a stale lock to this and their pid to take it over: one a killed run left is removed with the other leftovers. */
export const STALE_LOCK_PREFIX = '.ztdeck-lock-stale-';
/** How long a write waits for another one in the same folder (a write takes well under a second). */
export const LOCK_WAIT_MS = 10_000;
/** A lock this old is stale whoever holds it: no write takes this long (covers another machine, or a reused pid). */
const STALE_AFTER_MS = 10 * 60_000;

/** Tokens of the locks this process holds: a lock with this pid and another token was left by an earlier process (a container's pid 1). */
const held = new Set<string>();

/**
 * Takes the folder's write lock: a file created only if it does not exist
 * (O_EXCL), naming the process and machine that holds it. A lock held by a
 * live process is waited for up to `waitMs`, then refused in words; a lock of
 * a process that is gone is broken (see breakStale) and taken. Returns the
 * release.
 */
export async function lockFolder(dir: string, kind: ErrorKind, waitMs = LOCK_WAIT_MS): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_NAME);
  const owner = thisHolder();
  const deadline = Date.now() + waitMs;
  // Held from before the file exists: another write of this process that reads the lock between its creation
  // and our release must see a live lock of ours, never one "with our pid that we do not hold".
  held.add(owner.token);
  try {
    for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
      if (await createWith(file, `${JSON.stringify(owner)}\n`)) return () => release(file, owner.token);
      const seen = await readLock(file);
      if (!seen) continue;
      if (stale(seen) && (await breakStale(file, seen))) continue;
      if (Date.now() >= deadline) throw busy(dir, file, seen.owner, waitMs, kind);
      await sleep(delay);
    }
  } catch (e) {
    held.delete(owner.token);
    throw e;
  }
}

function stale(seen: LockState): boolean {
  if (seen.age > STALE_AFTER_MS) return true;
  const o = seen.owner;
  if (!o || o.host !== hostname()) return false;
  if (o.pid === process.pid) return !held.has(o.token);
  return !alive(o.pid);
}

/**
 * Removes the lock if it is still ours, and only then forgets the token: while
 * the file exists a write of this process must see it as live (forgotten
 * first, another write would take it over as stale, lock anew, and this
 * unlink would remove that write's lock).
 */
async function release(file: string, token: string): Promise<void> {
  try {
    const now = await readLock(file).catch(() => undefined);
    // Never remove a lock another run holds (it took this one over as stale).
    if (now?.owner?.token === token) await unlink(file).catch(() => undefined);
  } finally {
    held.delete(token);
  }
}

function busy(dir: string, file: string, owner: LockHolder | undefined, waitMs: number, kind: ErrorKind) {
  const who = owner ? ` (process ${owner.pid} on ${owner.host})` : '';
  return userError(
    kind,
    'output-locked',
    `another ztdeck build is writing in ${displayPath(dir)}/${who}; waited ${Math.round(waitMs / 1000)} s for it, nothing was written`,
    {
      hint: `build again when it is done, or build into another folder (--out); if no ztdeck is running, delete ${displayPath(file)}`,
      location: { file: displayPath(dir) },
    },
  );
}
