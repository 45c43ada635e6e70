import type { z } from 'zod';
import type { YamlFile } from './read-yaml-file.js';
import type { SourceFile } from './source-file.js';
import type { Problem } from '../problems/problem.js';
import { salvage } from './salvage.js';
import { uncheckedIssues } from './unchecked-values.js';
import { zodProblems } from './zod-problems.js';

export interface Validated<T> {
  file: SourceFile;
  data: T;
}

/**
 * Checks one parsed file against its schema; problems are located in the file's own text.
 * With `salvage`, a file with mistakes also gives what the rules across files can still read of it (see salvage).
 */
export function validateFile<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  options: { salvage?: boolean } = {},
): { value?: Validated<z.output<S>>; salvaged?: Validated<z.output<S>>; problems: Problem[] } {
  const result = schema.safeParse(yaml.value, { reportInput: true });
  if (result.success) return { value: { file: yaml.file, data: result.data }, problems: [] };
  const issues = [...result.error.issues, ...uncheckedIssues(result.error.issues, yaml.value, schema)];
  const rest = options.salvage ? salvage(yaml.value, schema, issues) : undefined;
  return {
    problems: zodProblems(issues, yaml.file, schema),
    ...(rest === undefined ? {} : { salvaged: { file: yaml.file, data: rest } }),
  };
}
