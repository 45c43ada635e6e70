import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../data/read-yaml-file.js';
import type { Problem } from '../report/problem.js';
import { UserError } from '../report/user-error.js';

export interface OutputFile {
  /** Absolute path of the file to write. */
  path: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  /** Replace files that exist; without it, any existing target stops the whole write before anything is written. */
  overwrite: boolean;
  /** The exit code to report failures with. */
  exitCode: number;
}

/**
 * The only place that writes files. Each file is written to a temporary name in
 * its own folder, flushed, then renamed over the target, so a reader never sees
 * half a file and a failure leaves the previous file as it was.
 */
export async function writeFiles(files: readonly OutputFile[], options: WriteOptions): Promise<void> {
  if (!options.overwrite) {
    const existing: string[] = [];
    for (const f of files) if (await exists(f.path)) existing.push(displayPath(f.path));
    if (existing.length > 0) {
      const listed = existing.length > 3 ? `${existing.slice(0, 3).join(', ')} and ${existing.length - 3} more` : existing.join(', ');
      const problem: Problem = {
        code: 'output-exists', severity: 'error',
        message: `${existing.length === 1 ? 'this file already exists' : `${existing.length} files already exist`}: ${listed}`,
        hint: 'choose another folder, or pass --force to replace them',
      };
      throw new UserError([problem], options.exitCode);
    }
  }
  for (const f of files) {
    try {
      await writeAtomic(f.path, f.content);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new UserError([{ code: 'write-failed', severity: 'error', message: `cannot write ${displayPath(f.path)} (${code})`, hint: 'check that the folder is writable and the disk has room', location: { file: displayPath(f.path) } }], options.exitCode);
    }
  }
}

async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const stat = await lstat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw Object.assign(new Error('target is a folder'), { code: 'EISDIR' });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    await rename(tmp, target);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(() => true, () => false);
}
