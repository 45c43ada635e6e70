import { Unzip, UnzipInflate } from 'fflate';

export interface PackageLimits {
  bytes: number;
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

/** Limits for reading a package someone else made (a corporate .potx may come from anywhere). */
export const PACKAGE_LIMITS: Readonly<PackageLimits> = {
  /** The file itself. */
  bytes: 100 * 1024 * 1024,
  entries: 5_000,
  /** One part once inflated (an XML part, a picture). */
  entryBytes: 32 * 1024 * 1024,
  /** Every part read, once inflated. */
  totalBytes: 128 * 1024 * 1024,
};

export class PackageError extends Error {}

const CHUNK = 64 * 1024;

/** A part that is not XML (a picture, a binary): past its cap, it can be left out rather than fail the package. */
const XML_PART = /\.(xml|rels)$/i;

/**
 * Reads the parts of a zip package (.potx, .pptx) that `wanted` selects,
 * inflating them as a stream and stopping as soon as a part or the total
 * passes its cap, whatever sizes the package declares: a 300 KB file that
 * inflates to gigabytes is stopped at the cap, not after. With `oversized`, a
 * part that is not XML and passes the cap of a part (a 40 MiB picture) is left
 * out and named there instead; its bytes still count towards the total.
 * Nothing is written.
 */
export function readPackage(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: Readonly<PackageLimits> = PACKAGE_LIMITS,
  oversized?: string[],
): Map<string, Uint8Array> {
  if (bytes.length > limits.bytes) throw new PackageError(`the file is larger than ${limits.bytes / 1024 / 1024} MiB`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new PackageError('it is not a zip package (PowerPoint files are zip packages)');
  const parts = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.entries) failure ??= new PackageError(`it has more than ${limits.entries} parts`);
    if (failure || !wanted(file.name)) return;
    const skippable = oversized !== undefined && !XML_PART.test(file.name);
    if ((file.originalSize ?? 0) > limits.entryBytes) {
      if (skippable) {
        oversized?.push(file.name);
        return;
      }
      failure = new PackageError(
        `its part ${file.name} declares ${Math.ceil((file.originalSize ?? 0) / 1024 / 1024)} MiB; the limit is ${limits.entryBytes / 1024 / 1024} MiB`,
      );
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let left = false;
    file.ondata = (error, chunk, final) => {
      if (failure || left) return;
      if (error) {
        failure = new PackageError(`its part ${file.name} is damaged`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entryBytes && total <= limits.totalBytes && skippable) {
        oversized?.push(file.name);
        left = true;
        file.terminate();
        return;
      }
      if (size > limits.entryBytes || total > limits.totalBytes) {
        failure = new PackageError(
          size > limits.entryBytes
            ? `its part ${file.name} inflates past ${limits.entryBytes / 1024 / 1024} MiB`
            : `its parts inflate past ${limits.totalBytes / 1024 / 1024} MiB in all`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks, size));
    };
    try {
      file.start();
    } catch {
      failure = new PackageError(`its part ${file.name} uses a compression PowerPoint does not write`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (e) {
    failure ??= new PackageError(`it is not a readable zip package (${e instanceof Error ? e.message : 'damaged'})`);
  }
  if (failure) throw failure;
  if (entries === 0) throw new PackageError('it is not a readable zip package');
  return parts;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
