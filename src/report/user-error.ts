import type { Problem } from './problem.js';

/**
 * A mistake in what the user gave us (data, template, flags, paths).
 * It is reported without a stack trace; anything else that is thrown is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly problems: readonly Problem[];
  readonly exitCode: number;

  constructor(problems: readonly Problem[], exitCode: number) {
    super(problems.map((p) => p.message).join('\n'));
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
