import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../data/read-inside.js';
import type { InputFile } from '../imports/input/read-input.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../imports/input/text.js';
import { displayPath } from '../problems/display-path.js';
import { problem, type Problem } from '../problems/problem.js';
import { UserError, userError } from '../problems/user-error.js';

/**
 * The file `ztdeck import` reads and replaces: `<program>/kpis.yaml`, or,
 * when that is a link, the file it leads to, which must be a file inside the
 * program folder (as validation requires). Writing to the target keeps the
 * link a link; replacing the link would cut the file off from what it shares.
 */
export async function kpisTarget(dataDir: string): Promise<string> {
  const kpisPath = path.join(dataDir, 'kpis.yaml');
  if (!(await lstat(kpisPath).catch(() => undefined))?.isSymbolicLink()) return kpisPath;
  const real = await realpath(kpisPath).catch(() => undefined);
  const refuse = (why: string) =>
    userError('input', 'unsafe-file', `${displayPath(kpisPath)} is a link ${why}; nothing was written`, {
      hint: 'make kpis.yaml a file, or a link to a file inside the program folder',
      location: { file: displayPath(kpisPath) },
    });
  if (real === undefined) throw refuse('to nothing');
  if (!isInside(await realpath(dataDir), real)) throw refuse('that leads out of the program folder');
  if (!(await stat(real)).isFile()) throw refuse('to something that is not a file');
  return real;
}

/** kpis.yaml's bytes (undefined when there is none yet) and its text, as validation read it. */
export async function readKpis(target: string, shown: string): Promise<{ bytes?: Buffer; text?: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    throw userError('input', 'unsafe-file', `${shown} cannot be read (${code ?? 'unknown error'})`, {
      hint: 'check that it is a file you can read',
      location: { file: shown },
    });
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the edited file keeps it too.
    return { bytes, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    throw userError('input', 'file-not-utf8', `${shown} is not valid UTF-8 text`, {
      hint: 'save it again as UTF-8',
      location: { file: shown },
    });
  }
}

/** Reads the files to import, each checked against the size cap before a byte is read. */
export async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  if (paths.length > MAX_IMPORT_FILES)
    throw userError('usage', 'usage', `${paths.length} files given; one import reads at most ${MAX_IMPORT_FILES}`, {
      hint: 'import them in several runs',
    });
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  for (const p of paths) {
    const file = displayPath(path.resolve(p));
    const location = { file };
    const info = await stat(p).catch(() => undefined);
    if (!info) problems.push(problem('path-not-found', `${file} does not exist`, { hint: 'check the path', location }));
    else if (!info.isFile())
      problems.push(
        problem('path-not-a-folder', `${file} is not a file`, { hint: 'give the files to import', location }),
      );
    else if (info.size > MAX_IMPORT_BYTES) {
      problems.push(
        problem(
          'file-too-large',
          `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit for a file to import is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`,
          { hint: 'save the data in several files (Graph pages) and give them all', location },
        ),
      );
    } else files.push({ file, name: path.basename(p), bytes: await readFile(p) });
  }
  if (problems.length > 0) throw new UserError(problems, 'input');
  return files;
}
