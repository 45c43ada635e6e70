import type { z } from 'zod';
import { schemaAt } from './schema-walk.js';

type Issue = z.core.$ZodIssue;

/**
 * The items of a list over its cap checked at most: far past every cap (40),
 * and a list of 150,000 items (a 1 MiB file) is not checked item by item,
 * which is what zod's cap spares.
 */
export const MAX_ITEMS_CHECKED = 1000;
type Path = (string | number)[];

/**
 * The issues of the values zod did not check, so each mistake is reported in
 * the same run as the one that hid it:
 * - a value under an invalid key ("Bad-Key: {status: done}" reports the key
 *   only): checked with the mapping's value schema;
 * - the items of a list longer than its cap ("holds 40 items"): zod checks
 *   none of them, so each is checked with the list's item schema (the first
 *   MAX_ITEMS_CHECKED).
 * What these checks find is looked at again (a long list inside a bad key),
 * and an issue zod already gave is not given twice.
 */
export function uncheckedIssues(issues: readonly Issue[], value: unknown, schema: z.ZodType): Issue[] {
  const seen = new Set(issues.map(key));
  const more: Issue[] = [];
  const queue = [...issues];
  for (let issue = queue.shift(); issue; issue = queue.shift()) {
    for (const found of behind(issue, value, schema)) {
      if (seen.has(key(found))) continue;
      seen.add(key(found));
      more.push(found);
      queue.push(found);
    }
  }
  return more;
}

function behind(issue: Issue, value: unknown, schema: z.ZodType): Issue[] {
  const path = pathOf(issue);
  if (issue.code === 'invalid_key') {
    const record = defAt(schema, path.slice(0, -1));
    return record?.type === 'record' && record.valueType ? check(record.valueType, valueAt(value, path), path) : [];
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const list = defAt(schema, path);
    const items = valueAt(value, path);
    if (list?.type !== 'array' || !list.element || !Array.isArray(items)) return [];
    const element = list.element;
    return items.slice(0, MAX_ITEMS_CHECKED).flatMap((item, i) => check(element, item, [...path, i]));
  }
  return [];
}

function check(schema: z.ZodType, value: unknown, at: Path): Issue[] {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? [] : r.error.issues.map((i) => ({ ...i, path: [...at, ...i.path] }));
}

function defAt(
  schema: z.ZodType,
  path: Path,
): { type?: string; valueType?: z.ZodType; element?: z.ZodType } | undefined {
  return (schemaAt(schema, path) as { def?: { type?: string; valueType?: z.ZodType; element?: z.ZodType } } | undefined)
    ?.def;
}

export function pathOf(issue: Issue): Path {
  return issue.path.filter((p): p is string | number => typeof p !== 'symbol');
}

export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
    value,
  );
}

function key(issue: Issue): string {
  return `${JSON.stringify(pathOf(issue))} ${issue.code} ${issue.message}`;
}
