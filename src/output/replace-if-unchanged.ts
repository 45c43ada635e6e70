import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../problems/display-path.js';
import { userError } from '../problems/user-error.js';
import { acquireLock, lockPathOf, type LockOptions } from './file-lock.js';
import { breakerOf, clearStaleBreaker } from './lock-break.js';
import { alive } from './lock-holder.js';

/** What became of a compare-and-swap: written, or not because the file is no longer what the edit was made from. */
export type SwapOutcome = 'written' | 'changed';

/**
 * Replaces one file that is edited in place (kpis.yaml) with `content`, but
 * only if it still holds `expected` (its bytes when the edit was computed;
 * undefined: it did not exist). Under the file's lock, the file is read
 * again and compared; the new bytes go to a temporary file beside it,
 * flushed, then renamed over it in one step, so a reader never sees a part
 * of it or no file at all. Two processes editing one file cannot both
 * succeed from the same bytes: the later one gets 'changed' and makes its
 * edit again from what is there now. `file` is the real file (a link
 * already resolved), so the link stays a link.
 */
export async function replaceIfUnchanged(
  file: string,
  expected: Uint8Array | undefined,
  content: string | Uint8Array,
  options: LockOptions = {},
): Promise<SwapOutcome> {
  const release = await acquireLock(file, options);
  try {
    await removeLeftovers(file);
    const current = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw failed(file, e, 'cannot read');
    });
    if (!sameBytes(current, expected)) return 'changed';
    await swapIn(file, content);
    return 'written';
  } finally {
    await release();
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** Temporary files are named after their process, so one a killed run left is removed by the next (with a lock breaker it left). */
const temporaryPrefix = (file: string) => `.${path.basename(file)}.ztdeck-new-`;

async function swapIn(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `${temporaryPrefix(file)}${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  // The replaced file's permissions are kept (a rename gives the new file its own).
  const mode = (await stat(file).catch(() => undefined))?.mode;
  try {
    const handle = await open(temporary, 'wx');
    try {
      if (mode !== undefined) await handle.chmod(mode & 0o7777);
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw failed(file, e, 'cannot write');
  }
}

async function removeLeftovers(file: string): Promise<void> {
  await clearStaleBreaker(breakerOf(lockPathOf(file)));
  const prefix = temporaryPrefix(file);
  for (const name of await readdir(path.dirname(file)).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!alive(pid)) await rm(path.join(path.dirname(file), name), { force: true }).catch(() => undefined);
  }
}

function failed(file: string, e: unknown, what: string) {
  const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'unknown error');
  return userError('output', 'write-failed', `${what} ${displayPath(file)} (${code}); it was left as it was`, {
    hint: 'check that the folder is writable and the disk has room',
    location: { file: displayPath(file) },
  });
}
