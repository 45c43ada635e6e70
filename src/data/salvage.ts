import type { z } from 'zod';
import { pathOf, valueAt } from './unchecked-values.js';
import { schemaAt } from './schema-walk.js';

/**
 * A file with shape errors, as far as the rules across files can still read
 * it: each entry of a mapping that holds a mistake (a risk, an objective, a
 * KPI value) is left out, unknown keys are dropped, and the rest is checked
 * again. Those rules then report the mistakes of the rest in the same run,
 * and none about an entry left out (its shape error is reported already).
 * Undefined when a mistake lies outside every entry (a required field at the
 * top) or the rest still fails.
 */
export function salvage<S extends z.ZodType>(
  value: unknown,
  schema: S,
  issues: readonly z.core.$ZodIssue[],
): z.output<S> | undefined {
  const copy: unknown = structuredClone(value);
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys') {
      const object = valueAt(copy, path);
      if (isMapping(object)) for (const k of issue.keys) delete object[k];
      continue;
    }
    const entry = innermostEntry(schema, path);
    if (!entry) return undefined;
    const mapping = valueAt(copy, entry.slice(0, -1));
    if (isMapping(mapping)) delete mapping[String(entry[entry.length - 1])];
  }
  const again = schema.safeParse(copy);
  return again.success ? again.data : undefined;
}

/** The path of the innermost mapping entry (of a z.record) the path goes through. */
function innermostEntry(schema: z.ZodType, path: readonly (string | number)[]): (string | number)[] | undefined {
  for (let k = path.length - 1; k >= 0; k--) {
    const def = (schemaAt(schema, path.slice(0, k)) as { def?: { type?: string } } | undefined)?.def;
    if (def?.type === 'record') return path.slice(0, k + 1);
  }
  return undefined;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
