import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../problems/problem.js';
import { visible } from './decode-text.js';

export type DataPath = readonly (string | number)[];

/**
 * A parsed YAML file that can point back into its own text: every problem
 * found later (schema, cross-field, catalog) is located through here.
 */
export class SourceFile {
  constructor(
    readonly absolutePath: string,
    readonly displayPath: string,
    readonly text: string,
    readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** The location of an offset in the text, with its line for the excerpt. */
  at(offset: number, length = 1): SourceLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    const start = this.lineCounter.lineStarts[line - 1] ?? 0;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    const lineText = visible(this.text.slice(start, end));
    return { file: this.displayPath, line, column: col, length: Math.max(1, Math.min(length, end - offset)), lineText };
  }

  /**
   * Locates a data path (["objectives", "saas-sso", "status"]) in the document.
   * `value` points at the value; `key` at the key that holds it (for unknown keys).
   * When the path goes past what exists (a missing key), it points at the key of
   * the deepest node that does exist, which is where the user has to add it.
   */
  locate(path: DataPath, want: 'value' | 'key' = 'value'): SourceLocation {
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return this.point(keyNode ?? (node as Node | undefined));
      node = next.value;
      keyNode = next.key;
    }
    if (want === 'key' && keyNode) return this.point(keyNode);
    return this.point((node as Node | undefined) ?? keyNode);
  }

  /** The text the user wrote for the value at `path` (0755 rather than the 755 YAML read). */
  sourceText(path: DataPath): string | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return undefined;
      node = next.value;
    }
    const range = (node as Node | undefined)?.range;
    return range ? this.text.slice(range[0], range[1]) : undefined;
  }

  /** Locates a key of the mapping at `path` (for "unknown key" problems). */
  locateKey(path: DataPath, key: string): SourceLocation {
    return this.locate([...path, key], 'key');
  }

  private point(node: Node | undefined | null): SourceLocation {
    const range = node?.range;
    if (!range || node === this.doc.contents) return { file: this.displayPath, line: 1, column: 1 };
    return this.at(range[0], range[1] - range[0]);
  }
}

function child(node: unknown, segment: string | number): { key?: Node; value: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(segment)) {
        const value = (pair.value ?? pair.key) as Node;
        return { key: pair.key as Node, value };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}
