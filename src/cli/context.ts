import { countLine, problemFormats, type ProblemFormat } from '../problems/format-problems.js';
import { sortProblems, type Problem } from '../problems/problem.js';
import { type CliIo, useColor } from './io.js';

/** What every command gets: the process's streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  setExit(code: number): void;
}

/**
 * Prints problems in the chosen format: as diagnostics on stderr, with a count line for
 * text; as JSON, the result asked for, on stdout: one whole document, also when empty.
 */
export function printProblems(ctx: CommandContext, problems: readonly Problem[], format: ProblemFormat = 'text'): void {
  const sorted = sortProblems(problems);
  const body = problemFormats[format](sorted, { color: useColor(ctx.io) });
  if (format === 'json') {
    ctx.io.out(`${body}\n`);
    return;
  }
  if (problems.length === 0) return;
  ctx.io.err(`${body}\n`);
  if (format === 'text') ctx.io.err(`\n${countLine(sorted)}\n`);
}
