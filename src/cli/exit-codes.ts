import type { ErrorKind } from '../problems/user-error.js';

/** The exit codes of every ztdeck command (documented in the README). */
export const exitCodes = {
  ok: 0,
  /** The data, a template or a catalog has errors; nothing was written. */
  invalidInput: 1,
  /** The command line is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** An output could not be written (permissions, disk full, file exists). */
  outputFailed: 3,
  /** A bug in ztdeck: please report it with the stack trace printed. */
  internal: 70,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** The exit code of a user error, by what it is about. */
export const exitCodeOf = {
  input: exitCodes.invalidInput,
  usage: exitCodes.usage,
  output: exitCodes.outputFailed,
} as const satisfies Record<ErrorKind, ExitCode>;
