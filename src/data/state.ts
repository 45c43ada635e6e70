import { stat } from 'node:fs/promises';
import path from 'node:path';
import { userError } from '../problems/user-error.js';
import { folderSource, GitError, gitSource, type FileSource } from './file-source.js';

/**
 * A state of a program, as the user names it: a data folder ("data",
 * "../old-data"), a git revision of the program's folder ("HEAD~1", "v1.0",
 * "main"), or a revision and a folder ("HEAD~3:data", paths relative to the
 * repository root as git has them).
 */
export async function resolveState(spec: string, cwd: string, programDir: string): Promise<FileSource> {
  // Joined without normalising: "HEAD~1:data/../data" names a revision, not the folder "data".
  const local = path.isAbsolute(spec) ? spec : `${cwd}${path.sep}${spec}`;
  if (
    await stat(local).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    return folderSource(path.resolve(local));
  const colon = spec.indexOf(':');
  const [rev, where] =
    colon > 0 && !/^[a-zA-Z]:[\\/]/.test(spec)
      ? [spec.slice(0, colon), spec.slice(colon + 1)]
      : [spec, { absolute: path.resolve(cwd, programDir) }];
  try {
    return await gitSource(cwd, rev, where === '' ? '.' : where);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    throw userError('usage', 'unknown-revision', `"${spec}" is neither a folder nor a git revision: ${e.message}`, {
      hint: 'give a data folder, or a git revision (HEAD~1, a tag, a branch), or a revision and a folder (HEAD~1:data)',
    });
  }
}
