import type { DataPath, SourceFile } from '../data/source-file.js';
import type { Problem, Severity } from '../problems/problem.js';
import type { ProblemCode } from '../problems/problem-codes.js';

/** A problem at a data path of a file (`key` points at the key rather than its value). */
export function problemAt(
  file: SourceFile,
  path: DataPath,
  code: ProblemCode,
  message: string,
  hint?: string,
  options: { severity?: Severity; want?: 'value' | 'key' } = {},
): Problem {
  return {
    code,
    severity: options.severity ?? 'error',
    message,
    ...(hint ? { hint } : {}),
    location: file.locate(path, options.want ?? 'value'),
  };
}
