import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type SafePath = { ok: true; path: string } | { ok: false; reason: string; hint: string };

/**
 * Resolves a path written in a template against the template's folder and
 * refuses anything that leaves it: URLs, absolute paths, "..", and symbolic
 * links (or links in the path) that point outside. Only regular files pass.
 */
export async function resolveInside(folder: string, written: string, maxBytes: number): Promise<SafePath> {
  const inside = 'use a path relative to the template folder, such as assets/logo.png, to a file inside it';
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) return { ok: false, reason: `"${written}" is a URL; templates may only use their own files`, hint: inside };
  if (path.isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written) || written.startsWith('\\\\')) return { ok: false, reason: `"${written}" is an absolute path`, hint: inside };
  if (written.split(/[\\/]/).includes('..')) return { ok: false, reason: `"${written}" goes out of the template folder ("..")`, hint: inside };
  if (written.includes('\0')) return { ok: false, reason: 'the path holds a NUL character', hint: inside };
  const base = await realpath(folder);
  const target = path.resolve(base, written);
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return { ok: false, reason: `"${written}" does not exist in the template folder`, hint: 'check the file name and its case' };
  }
  if (real !== base && !real.startsWith(base + path.sep)) {
    return { ok: false, reason: `"${written}" is a link to a file outside the template folder`, hint: 'copy the file into the template folder instead of linking to it' };
  }
  const [info, link] = await Promise.all([stat(real), lstat(target)]);
  if (!info.isFile() || (link.isSymbolicLink() && !info.isFile())) return { ok: false, reason: `"${written}" is not a regular file`, hint: inside };
  if (info.size === 0) return { ok: false, reason: `"${written}" is empty`, hint: 'use a real image file' };
  if (info.size > maxBytes) return { ok: false, reason: `"${written}" is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MiB`, hint: 'use a smaller file' };
  return { ok: true, path: real };
}
