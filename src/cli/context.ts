import { countLine, problemFormats, type ProblemFormat } from '../problems/format-problems.js';
import { sortProblems, type Problem } from '../problems/problem.js';
import { type CliIo, useColor } from './io.js';

/** What every command gets: the process's streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  setExit(code: number): void;
}

/** Prints problems to stderr (diagnostics never go to stdout) in the chosen format, with a count line. */
export function printProblems(ctx: CommandContext, problems: readonly Problem[], format: ProblemFormat = 'text'): void {
  if (problems.length === 0) return;
  const sorted = sortProblems(problems);
  const body = problemFormats[format](sorted, { color: useColor(ctx.io) });
  ctx.io.err(`${body}\n`);
  if (format === 'text') ctx.io.err(`\n${countLine(sorted)}\n`);
}
