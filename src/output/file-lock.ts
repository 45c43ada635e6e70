import { open, readFile, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { displayPath } from '../problems/display-path.js';
import { userError } from '../problems/user-error.js';
import { alive, holderOf, thisHolder } from './lock-holder.js';

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
 * lock is removed, after checking it is still the one judged stale. Returns
 * the release function, which removes the lock only if it is still ours.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const { waitMs, staleMs } = { ...DEFAULTS, ...options };
  const lock = lockPathOf(file);
  const mine = thisHolder();
  const text = JSON.stringify(mine);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryCreate(lock, text)) {
      return async () => {
        if ((await readFile(lock, 'utf8').catch(() => '')) === text) await rm(lock, { force: true });
      };
    }
    const held = await readFile(lock, 'utf8').catch(() => undefined);
    if (held === undefined) continue;
    if (await isStale(lock, held, staleMs)) {
      // Only the lock judged stale is removed: one another process took meanwhile has other text.
      if ((await readFile(lock, 'utf8').catch(() => undefined)) === held) await rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const holder = holderOf(held);
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
  let handle: FileHandle;
  try {
    handle = await open(lock, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockFailed(lock, e);
  }
  try {
    await handle.writeFile(text);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(lock, { force: true });
    throw lockFailed(lock, e);
  }
  await handle.close();
  return true;
}

async function isStale(lock: string, held: string, staleMs: number): Promise<boolean> {
  const holder = holderOf(held);
  if (holder && holder.host === hostname() && !alive(holder.pid)) return true;
  const info = await stat(lock).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > staleMs;
}

function lockFailed(lock: string, e: unknown) {
  const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
  return userError('output', 'write-failed', `cannot create the lock file ${displayPath(lock)} (${code}); nothing was written`, {
    hint: 'check that the folder is writable',
    location: { file: displayPath(lock) },
  });
}
