import path from 'node:path';

/** How a path is shown in messages: relative to the working directory when it is inside it, with forward slashes. */
export function displayPath(absolutePath: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolutePath);
  if (rel === '') return '.';
  const shown = !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolutePath;
  return shown.split(path.sep).join('/');
}
