import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why a file was not read; `kind` decides the problem code and the words. */
export class RefusedFile extends Error {
  constructor(
    readonly kind: 'missing' | 'outside' | 'not-a-file' | 'too-large',
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** True when `real` is `root` or lies under it (both already real paths). */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Reads a file of a folder (a program, a template) and nothing else: the file
 * must resolve, links followed, to a regular file inside the folder, and at
 * most `maxBytes` are read whatever size the file claims. Links that stay
 * inside are followed (a common way to share files); links that leave the
 * folder, devices, pipes and sockets are refused before they are opened, so a
 * FIFO cannot block and /dev/zero cannot fill memory.
 */
export async function readInside(folder: string, rel: string, maxBytes: number): Promise<Buffer> {
  const root = await realpath(folder);
  const target = path.join(root, ...rel.split('/').filter(Boolean));
  const real = await realpath(target).catch(() => undefined);
  if (real === undefined)
    throw new RefusedFile(
      'missing',
      'the file does not exist (or is a link to nothing)',
      'check the path and its case',
    );
  if (!isInside(root, real)) {
    throw new RefusedFile(
      'outside',
      'the file is a link that leads out of its folder',
      'copy the file into the folder instead of linking to a file outside it',
    );
  }
  const info = await stat(real);
  if (!info.isFile())
    throw new RefusedFile(
      'not-a-file',
      `it is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`,
      'give a regular file',
    );
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  // O_NONBLOCK: should the file be swapped for a pipe after the check, opening it still cannot hang.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!(await handle.stat()).isFile())
      throw new RefusedFile('not-a-file', 'it is not a regular file', 'give a regular file');
    // Read up to one byte past the cap: a file that grew after it was measured is still stopped.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(length, maxBytes);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, max: number): RefusedFile {
  const shown = (n: number) =>
    n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
  return new RefusedFile(
    'too-large',
    size > max + 1
      ? `the file is ${shown(size)}; the limit is ${shown(max)}`
      : `the file is larger than the limit of ${shown(max)}`,
    'make the file smaller',
  );
}
