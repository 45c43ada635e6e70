import { createHash } from 'node:crypto';
import type { ReadResult } from './read-yaml-file.js';

/**
 * YAML files parsed by the last load of a program, by name and the hash of
 * their bytes: a warm process (build --watch) parses again only the files that
 * changed. Parsing is a pure function of the bytes, and what it gives is only
 * read afterwards. Only the files of the last load are kept (`nextLoad`).
 */
export class YamlMemo {
  private kept = new Map<string, ReadResult>();
  private used = new Map<string, ReadResult>();

  async read(bytes: Uint8Array, id: string, parse: (bytes: Uint8Array) => Promise<ReadResult>): Promise<ReadResult> {
    const key = `${id}\n${createHash('sha1').update(bytes).digest('hex')}`;
    const result = this.used.get(key) ?? this.kept.get(key) ?? (await parse(bytes));
    this.used.set(key, result);
    return result;
  }

  nextLoad(): void {
    this.kept = this.used;
    this.used = new Map();
  }
}
