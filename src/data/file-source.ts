import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_YAML_BYTES } from './decode-text.js';
import { readInside, RefusedFile } from './read-inside.js';
import { displayPath } from '../problems/display-path.js';

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
  /** YAML files directly in a folder (links included, so none is skipped silently), sorted by name. */
  yamlFiles(relDir: string): Promise<string[]>;
  /** The bytes of a file; throws RefusedFile for a file that is missing, outside the folder, not regular or too large. */
  read(rel: string): Promise<Uint8Array>;
}

const YAML = /\.ya?ml$/i;

export function folderSource(dir: string): FileSource {
  const root = path.resolve(dir);
  const abs = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  return {
    label: displayPath(root),
    display: (rel) => displayPath(abs(rel)),
    kind: (rel) =>
      stat(abs(rel)).then(
        (s) => (s.isDirectory() ? 'dir' : 'file'),
        () => 'missing',
      ),
    async yamlFiles(relDir) {
      try {
        const entries = await readdir(abs(relDir), { withFileTypes: true });
        // A link is listed whatever it points at: reading it follows it inside the folder, or says why not.
        return entries
          .filter((e) => !e.isDirectory() && YAML.test(e.name))
          .map((e) => e.name)
          .sort();
      } catch {
        return [];
      }
    },
    read: (rel) => readInside(root, rel, MAX_YAML_BYTES),
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
    throw new GitError(
      String(err.stderr ?? err.message)
        .trim()
        .split('\n')[0] ?? 'git failed',
    );
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
  if (dir.startsWith('..'))
    throw new GitError(`${typeof where === 'string' ? where : where.absolute} is outside the git repository`);
  // "HEAD~1:data/../data" would read another folder than the one written: paths in a revision are taken literally.
  if (typeof where === 'string' && where.replace(/\\/g, '/').split('/').includes('..'))
    throw new GitError(
      `the path "${where}" climbs with ".."; write the folder's path from the repository root, such as HEAD~1:data`,
    );
  const commit = String(
    await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).catch(() => ''),
  ).trim();
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
      return listing
        .split('\0')
        .filter((n) => n && YAML.test(n))
        .sort();
    },
    read: (rel) => readBlob(top, commit, base, [base, rel].filter((p) => p && p !== '.').join('/')),
  };
}

const MAX_LINK_HOPS = 8;

/**
 * A file of a revision, as a folder read would give it: a symbolic link is
 * followed while it stays inside the program folder, and a blob is read only
 * when its size is within the cap.
 */
async function readBlob(top: string, commit: string, base: string, file: string): Promise<Buffer> {
  let current = file;
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const entry = String(await git(top, ['ls-tree', '-z', '--full-tree', commit, '--', current]).catch(() => ''));
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(entry);
    if (!match)
      throw new RefusedFile('missing', 'the file does not exist in this revision', 'check the path and the revision');
    const [, mode, type, oid] = match as unknown as [string, string, string, string];
    if (mode === '120000') {
      const target = String(await git(top, ['cat-file', 'blob', oid])).trim();
      const next = path.posix.normalize(path.posix.join(path.posix.dirname(current), target));
      if (target.startsWith('/') || !(base === '' ? !next.startsWith('..') : next.startsWith(`${base}/`))) {
        throw new RefusedFile(
          'outside',
          'the file is a link that leads out of the program folder',
          'replace the link by the file itself',
        );
      }
      current = next;
      continue;
    }
    if (type !== 'blob') throw new RefusedFile('not-a-file', 'it is not a file', 'give a file');
    const size = Number(String(await git(top, ['cat-file', '-s', oid])).trim());
    if (size > MAX_YAML_BYTES)
      throw new RefusedFile(
        'too-large',
        `the file is ${Math.ceil(size / 1024)} KiB; the limit is ${MAX_YAML_BYTES / 1024} KiB`,
        'make the file smaller',
      );
    return git(top, ['cat-file', 'blob', oid], 'buffer') as Promise<Buffer>;
  }
  throw new RefusedFile(
    'outside',
    `the file is a chain of more than ${MAX_LINK_HOPS} links`,
    'replace the links by the file itself',
  );
}
