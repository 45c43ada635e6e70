import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { displayPath } from './read-yaml-file.js';

const run = promisify(execFile);

/**
 * Where a program's files come from: a folder on disk, or a folder as it was
 * in a git revision (read with git, never by checking anything out).
 * Paths are relative to the program folder, with forward slashes.
 */
export interface FileSource {
  /** The folder as the user knows it: "data", or "HEAD~1:data". */
  readonly label: string;
  /** How a file is named in messages. */
  display(rel: string): string;
  kind(rel: string): Promise<'dir' | 'file' | 'missing'>;
  /** YAML files directly in a folder, sorted by name. */
  yamlFiles(relDir: string): Promise<string[]>;
  read(rel: string): Promise<Uint8Array>;
}

const YAML = /\.ya?ml$/i;

export function folderSource(dir: string): FileSource {
  const root = path.resolve(dir);
  const abs = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  return {
    label: displayPath(root),
    display: (rel) => displayPath(abs(rel)),
    kind: (rel) => stat(abs(rel)).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => 'missing'),
    async yamlFiles(relDir) {
      try {
        const entries = await readdir(abs(relDir), { withFileTypes: true });
        return entries.filter((e) => e.isFile() && YAML.test(e.name)).map((e) => e.name).sort();
      } catch {
        return [];
      }
    },
    read: (rel) => readFile(abs(rel)),
  };
}

export class GitError extends Error {}

async function git(cwd: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string | Buffer };
    if (err.code === 'ENOENT') throw new GitError('git is not installed');
    throw new GitError(String(err.stderr ?? err.message).trim().split('\n')[0] ?? 'git failed');
  }
}

/**
 * A program folder as it is in a git revision. `rev` is anything git names a
 * commit by (HEAD~3, a tag, a branch); `dir` is relative to the repository root,
 * or `{ absolute }` for a folder of the working tree.
 */
export async function gitSource(cwd: string, rev: string, where: string | { absolute: string }): Promise<FileSource> {
  if (rev.startsWith('-')) throw new GitError(`"${rev}" is not a revision`);
  const top = String(await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const dir = typeof where === 'string' ? where : path.relative(top, where.absolute).split(path.sep).join('/');
  if (dir.startsWith('..')) throw new GitError(`${typeof where === 'string' ? where : where.absolute} is outside the git repository`);
  const commit = String(await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).catch(() => '')).trim();
  if (!commit) throw new GitError(`git knows no revision "${rev}"`);
  const base = path.posix.normalize(dir.replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
  const spec = (rel: string) => `${commit}:${[base, rel].filter((p) => p && p !== '.').join('/')}`;
  return {
    label: `${rev}:${base || '.'}`,
    display: (rel) => `${rev}:${[base, rel].filter((p) => p && p !== '.').join('/')}`,
    async kind(rel) {
      const type = String(await git(top, ['cat-file', '-t', spec(rel)]).catch(() => '')).trim();
      return type === 'tree' ? 'dir' : type === 'blob' ? 'file' : 'missing';
    },
    async yamlFiles(relDir) {
      const listing = String(await git(top, ['ls-tree', '-z', '--name-only', spec(relDir)]).catch(() => ''));
      return listing.split('\0').filter((n) => n && YAML.test(n)).sort();
    },
    async read(rel) {
      return git(top, ['cat-file', 'blob', spec(rel)], 'buffer') as Promise<Buffer>;
    },
  };
}
