import type { z } from 'zod';
import type { YamlFile } from './read-yaml-file.js';
import type { SourceFile } from './source-file.js';
import type { Problem } from '../problems/problem.js';
import { schemaAt, zodProblems } from './zod-problems.js';

export interface Validated<T> {
  file: SourceFile;
  data: T;
}

/** Checks one parsed file against its schema; problems are located in the file's own text. */
export function validateFile<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
): { value?: Validated<z.output<S>>; problems: Problem[] } {
  const result = schema.safeParse(yaml.value, { reportInput: true });
  if (result.success) return { value: { file: yaml.file, data: result.data }, problems: [] };
  return {
    problems: zodProblems(
      [...result.error.issues, ...valuesBehindBadKeys(result.error.issues, yaml.value, schema)],
      yaml.file,
      schema,
    ),
  };
}

/**
 * zod checks no value whose key is invalid ("Bad-Key: {status: done}" reports the key only):
 * each such value is checked with the mapping's value schema, so its mistakes are reported in the same run.
 */
function valuesBehindBadKeys(
  issues: readonly z.core.$ZodIssue[],
  value: unknown,
  schema: z.ZodType,
): z.core.$ZodIssue[] {
  const more: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_key') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const record = schemaAt(schema, path.slice(0, -1)) as
      { def?: { type?: string; valueType?: z.ZodType } } | undefined;
    const entry = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
    if (record?.def?.type !== 'record' || !record.def.valueType) continue;
    const checked = record.def.valueType.safeParse(entry, { reportInput: true });
    if (!checked.success) for (const i of checked.error.issues) more.push({ ...i, path: [...path, ...i.path] });
  }
  return more;
}
