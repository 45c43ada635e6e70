import { readFile } from 'node:fs/promises';
import { displayPath } from '../problems/display-path.js';
import { errorAt, type Problem } from '../problems/problem.js';
import type { ProblemCode } from '../problems/problem-codes.js';
import { RefusedFile } from './read-inside.js';
import { decodeText } from './decode-text.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';

export interface YamlFile {
  file: SourceFile;
  value: unknown;
}

export interface ReadResult {
  yaml?: YamlFile;
  problems: Problem[];
}

/** Reads, decodes and parses one YAML file; every failure is a located problem, never a throw. */
export async function readYamlFile(absolutePath: string, cwd?: string): Promise<ReadResult> {
  return readYaml(() => readFile(absolutePath), absolutePath, displayPath(absolutePath, cwd));
}

/** The same from any source of bytes (a folder, a git revision), shown in messages as `shown`. */
export async function readYaml(load: () => Promise<Uint8Array>, id: string, shown: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await load();
  } catch (e) {
    return { problems: [unreadable(e, shown)] };
  }
  const decoded = decodeText(bytes, shown);
  if (decoded.text === undefined || decoded.problems.length > 0) return { problems: decoded.problems };
  const parsed = parseYaml(decoded.text, id, shown);
  if (!parsed.file || parsed.value === undefined) return { problems: parsed.problems };
  // A file with only duplicate keys comes back with its problems and its value, so its schema is checked too.
  return { yaml: { file: parsed.file, value: parsed.value }, problems: parsed.problems };
}

const REFUSED: Record<RefusedFile['kind'], ProblemCode> = {
  missing: 'path-not-found',
  outside: 'unsafe-file',
  'not-a-file': 'unsafe-file',
  'too-large': 'file-too-large',
};

/** A file that could not be read, as a problem: what the reader refused, or what the system said. */
export function unreadable(e: unknown, shown: string): Problem {
  if (e instanceof RefusedFile) return errorAt(shown, REFUSED[e.kind], e.message, e.hint);
  const code = (e as NodeJS.ErrnoException).code;
  return errorAt(
    shown,
    code === 'EISDIR' ? 'path-not-a-folder' : 'path-not-found',
    code === 'EISDIR' ? 'this is a folder, not a file' : `the file cannot be read (${code ?? 'unknown error'})`,
    "check the path and the file's permissions",
  );
}
