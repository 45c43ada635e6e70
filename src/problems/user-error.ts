import { problem, type ProblemDetails } from './problem.js';
import type { Problem } from './problem.js';
import type { ProblemCode } from './problem-codes.js';

/**
 * What a user mistake is about, which decides the exit code (the CLI maps
 * kinds to codes; nothing below it knows them): the input (data, a template,
 * a catalog), the command line, or an output that cannot be written.
 */
export const errorKinds = {
  input: 'The data, a template or a catalog has errors; nothing was written.',
  usage: 'The command line is wrong: unknown command or option, bad argument.',
  output: 'An output could not be written (it exists and --force was not given, permissions, disk full).',
} as const;
export type ErrorKind = keyof typeof errorKinds;

/**
 * A mistake in what the user gave us (data, template, flags, paths). It is
 * reported without a stack trace; anything else that is thrown is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly problems: readonly Problem[];
  readonly kind: ErrorKind;

  constructor(problems: readonly Problem[], kind: ErrorKind) {
    super(problems.map((p) => p.message).join('\n'));
    this.problems = problems;
    this.kind = kind;
  }
}

/** One error, thrown as a user error: the one way code stops at a user's mistake. */
export function userError(
  kind: ErrorKind,
  code: ProblemCode,
  message: string,
  details: ProblemDetails = {},
): UserError {
  return new UserError([problem(code, message, details)], kind);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
