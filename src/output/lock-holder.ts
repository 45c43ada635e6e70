import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds a lock file (a file's or a folder's): the process, its machine and
 * a token of its own, so that a lock left by a killed process can be told from
 * a live one, and a lock is removed only by the one that took it.
 */
export interface LockHolder {
  pid: number;
  host: string;
  token: string;
}

/** This process, as the holder of a new lock. */
export function thisHolder(): LockHolder {
  return { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
}

/** The holder a lock file names, or undefined (being written, empty, or not ztdeck's: only its age can tell). */
export function holderOf(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string'
      ? { pid: v.pid, host: v.host, token: v.token }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process of this host is running (EPERM: it is, under another user). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
