import type { z } from 'zod';
import type { DataPath } from './source-file.js';

/** Walking a zod schema along a data path: the schema of a value, the keys an object allows. */

/** The keys an object schema allows at `path`. */
export function knownKeys(schema: z.ZodType, path: DataPath): string[] {
  const def = (schemaAt(schema, path) as { def?: { type?: string; shape?: object } } | undefined)?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The schema that checks the value at `path` (walking objects, records, lists, optionals and defaults). */
export function schemaAt(schema: z.ZodType, path: DataPath): unknown {
  let node: unknown = unwrap(schema);
  for (const seg of path) {
    const def = (node as { def?: Record<string, unknown> } | undefined)?.def;
    if (!def) return undefined;
    if (def.type === 'object') node = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'record') node = def.valueType;
    else if (def.type === 'array') node = def.element;
    else return undefined;
    node = unwrap(node);
  }
  return node;
}

function unwrap(node: unknown): unknown {
  let n = node;
  for (;;) {
    const def = (n as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined)?.def;
    if (
      def &&
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
    )
      n = def.innerType;
    else if (def && def.type === 'pipe') n = def.in;
    else return n;
  }
}
