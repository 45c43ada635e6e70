import type { z } from 'zod';
import type { YamlFile } from './read-yaml-file.js';
import type { SourceFile } from './source-file.js';
import type { Problem } from '../problems/problem.js';
import { zodProblems } from './zod-problems.js';

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
  return { problems: zodProblems(result.error.issues, yaml.file, schema) };
}
