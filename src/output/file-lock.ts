import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { displayPath } from '../problems/display-path.js';
import { userError } from '../problems/user-error.js';
import { breakStale, createWith, readLock, type LockState } from './lock-break.js';
import { alive, thisHolder } from './lock-holder.js';

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  waitMs?: number;
  /** A lock this old is stale whoever holds it (a holder keeps it for one read and one rename, milliseconds). */
  staleMs?: number;
}

const DEFAULTS = { waitMs: 15_000, staleMs: 60_000 } as const;

/** The lock of a file: hidden, beside it (`.kpis.yaml.ztdeck-lock`), so it is on the same file system. */
export function lockPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.ztdeck-lock`);
}

/**
 * Takes the lock of `file` (a file beside it, created with O_EXCL: one holder at a time, on
 * any file system that honours it), waiting for another holder while
 * `waitMs` lasts. A lock is stale when its process is gone (same host) or it
 * is older than `staleMs` (a process on another host, a reused pid); a stale
 * lock is broken (see breakStale) and taken. Returns
 * the release function, which removes the lock only if it is still ours.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const { waitMs, staleMs } = { ...DEFAULTS, ...options };
  const lock = lockPathOf(file);
  const text = JSON.stringify(thisHolder());
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryCreate(lock, text)) {
      return async () => {
        if ((await readLock(lock).catch(() => undefined))?.text === text) await rm(lock, { force: true });
      };
    }
    const seen = await readLock(lock).catch((e: unknown) => Promise.reject(lockFailed(lock, e)));
    if (!seen) continue;
    if (isStale(seen, staleMs) && (await breakStale(lock, seen).catch((e: unknown) => Promise.reject(lockFailed(lock, e))))) continue;
    if (Date.now() >= deadline) {
      const holder = seen.owner;
      throw userError(
        'output',
        'write-failed',
        `${displayPath(file)} is being written by another ztdeck process${holder ? ` (process ${holder.pid} on ${holder.host})` : ''}; waited ${waitMs >= 1000 ? `${Math.round(waitMs / 1000)} s` : `${waitMs} ms`}, nothing was written`,
        {
          hint: `run the command again when the other one is done; if none is running, delete ${displayPath(lock)}`,
          location: { file: displayPath(lock) },
        },
      );
    }
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
}

/** Creates the lock with O_EXCL: false when it exists; a lock made but not written (a full disk) is removed. */
async function tryCreate(lock: string, text: string): Promise<boolean> {
  return createWith(lock, text).catch((e: unknown) => Promise.reject(lockFailed(lock, e)));
}

function isStale(seen: LockState, staleMs: number): boolean {
  const holder = seen.owner;
  if (holder && holder.host === hostname() && !alive(holder.pid)) return true;
  return seen.age > staleMs;
}

function lockFailed(lock: string, e: unknown) {
  const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
  return userError('output', 'write-failed', `cannot create the lock file ${displayPath(lock)} (${code}); nothing was written`, {
    hint: 'check that the folder is writable',
    location: { file: displayPath(lock) },
  });
}
