import type { ProblemCode } from './problem-codes.js';

/** Where a problem is: a file and, when known, a 1-based line and column. */
export interface SourceLocation {
  /** Path as shown to the user (relative to the working directory when possible). */
  file: string;
  line?: number;
  column?: number;
  /** Length of the offending text, for the caret line under the excerpt. */
  length?: number;
  /** The source line, for the excerpt. */
  lineText?: string;
}

export type Severity = 'error' | 'warning';

/** One thing wrong with the user's input: where, what, and what to do. */
export interface Problem {
  /** Permanent, searchable name (see the error catalogue in the README). */
  code: ProblemCode;
  severity: Severity;
  message: string;
  hint?: string;
  location?: SourceLocation;
}

/** What a problem says besides its code and message. */
export interface ProblemDetails {
  hint?: string | undefined;
  location?: SourceLocation | undefined;
  severity?: Severity;
}

/** A problem (an error unless said otherwise), with only the details that are known. */
export function problem(code: ProblemCode, message: string, details: ProblemDetails = {}): Problem {
  return {
    code,
    severity: details.severity ?? 'error',
    message,
    ...(details.hint ? { hint: details.hint } : {}),
    ...(details.location ? { location: details.location } : {}),
  };
}

/**
 * An error in the user's input at a place (a location, or a file as a whole
 * when given its path): what is wrong there, and how to fix it.
 */
export function errorAt(at: SourceLocation | string, code: ProblemCode, message: string, hint?: string): Problem {
  return problem(code, message, { hint, location: typeof at === 'string' ? { file: at } : at });
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Stable order: by file, then line, then column, then code; the order of discovery breaks ties. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const la = a.p.location;
      const lb = b.p.location;
      const byFile = (la?.file ?? '').localeCompare(lb?.file ?? '');
      if (byFile !== 0) return byFile;
      const byLine = (la?.line ?? 0) - (lb?.line ?? 0);
      if (byLine !== 0) return byLine;
      const byCol = (la?.column ?? 0) - (lb?.column ?? 0);
      if (byCol !== 0) return byCol;
      return a.i - b.i;
    })
    .map(({ p }) => p);
}
