import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_YAML_BYTES } from '../../data/decode-text.js';
import { readInside } from '../../data/read-inside.js';

/** Files up to this size are compared on their bytes; larger ones (a logo, a master) on their size and time. */
export const FINGERPRINT_BYTES = MAX_YAML_BYTES;

/**
 * What a change of `file` is compared on: the hash of its bytes, a folder
 * (which one, and its names), or "missing". The bytes are read as a build
 * reads them (data/read-inside.ts): only a regular file inside `root`, links
 * followed, at most FINGERPRINT_BYTES. Anything else (a pipe, a device, a
 * link out of the folder, a file over the cap) is compared on what stat says
 * of it and never opened, so a FIFO cannot block the watch and /dev/zero
 * cannot fill its memory; the build that follows refuses it with a located
 * problem.
 */
export async function fingerprint(file: string, root: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return 'missing';
  if (info.isDirectory()) {
    const names = await readdir(file).catch(() => []);
    return `folder ${info.dev}:${info.ino} ${names.sort().join('/')}`;
  }
  const shape = `${info.isFile() ? 'file' : 'special'} ${info.dev}:${info.ino} ${info.size} ${info.mtimeMs}`;
  const rel = path.relative(root, file);
  if (!info.isFile() || info.size > FINGERPRINT_BYTES || rel.startsWith('..') || path.isAbsolute(rel)) return shape;
  try {
    const bytes = await readInside(root, rel.split(path.sep).join('/'), FINGERPRINT_BYTES);
    return createHash('sha1').update(bytes).digest('hex');
  } catch {
    // Refused (a link out of the folder, grown past the cap, swapped for a pipe) or gone meanwhile.
    return shape;
  }
}
