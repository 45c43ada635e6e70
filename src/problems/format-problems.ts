import { plural } from './plural.js';
import type { Problem } from './problem.js';

export interface FormatOptions {
  color: boolean;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function where(p: Problem): string {
  const l = p.location;
  if (!l) return 'ztdeck:';
  return l.line === undefined ? l.file : `${l.file}:${l.line}:${l.column ?? 1}`;
}

/** One problem as a compiler-style block: where, what, the line with a caret, and what to do. */
function text(p: Problem, o: FormatOptions): string {
  const head = `${where(p)} ${paint(o.color, p.severity === 'error' ? 31 : 33, p.severity)} ${paint(o.color, 2, `[${p.code}]`)} ${p.message}`;
  const lines = [head];
  const l = p.location;
  if (l?.line !== undefined && l.lineText !== undefined) {
    const n = String(l.line);
    const pad = ' '.repeat(n.length);
    const shown = excerpt(l.lineText, Math.max(0, (l.column ?? 1) - 1));
    const caretAt = shown.caret;
    const width = Math.max(1, Math.min(l.length ?? 1, Math.max(1, shown.text.length - caretAt)));
    lines.push(`  ${n} | ${shown.text}`);
    lines.push(
      `  ${pad} | ${' '.repeat(caretAt)}${paint(o.color, p.severity === 'error' ? 31 : 33, '^'.repeat(width))}`,
    );
  }
  if (p.hint) lines.push(`  ${paint(o.color, 36, 'hint:')} ${p.hint}`);
  return lines.join('\n');
}

/** Widest source excerpt shown; a longer line is cut around the column, so a message never carries a whole file on one line. */
export const MAX_EXCERPT = 120;

/** The part of a source line around `caret`, with … where it was cut, and the caret's place in it. */
export function excerpt(line: string, caret: number): { text: string; caret: number } {
  if (line.length <= MAX_EXCERPT) return { text: line, caret };
  const start = Math.max(0, Math.min(caret - 40, line.length - MAX_EXCERPT));
  const end = start + MAX_EXCERPT;
  const text = `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
  return { text, caret: caret - start + (start > 0 ? 1 : 0) };
}

/** GitHub Actions workflow commands: the problem shows on the line of the pull request. */
function github(p: Problem): string {
  const l = p.location;
  const props = [
    l ? `file=${escapeProperty(l.file)}` : '',
    l?.line !== undefined ? `line=${l.line}` : '',
    l?.column !== undefined ? `col=${l.column}` : '',
    `title=${escapeProperty(`ztdeck ${p.code}`)}`,
  ]
    .filter(Boolean)
    .join(',');
  const message = p.hint ? `${p.message} (${p.hint})` : p.message;
  return `::${p.severity} ${props}::${escapeData(message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A problem as data for tools: code, severity, message, hint, and file, line and column when known. */
export interface ProblemJson {
  code: Problem['code'];
  severity: Problem['severity'];
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The problems of a run as one JSON value, with their counts: what `--format json` prints on stdout. */
export function problemsJson(problems: readonly Problem[]): {
  errors: number;
  warnings: number;
  problems: ProblemJson[];
} {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    errors,
    warnings: problems.length - errors,
    problems: problems.map(({ location, ...rest }) => ({
      ...rest,
      ...(location ? { file: location.file, line: location.line, column: location.column } : {}),
    })),
  };
}

/**
 * How problems print. `text` and `github` are diagnostics (stderr); `json` is the result
 * of `validate --format json` (stdout): one document, also when there is no problem.
 */
export const problemFormats = {
  text: (problems: readonly Problem[], o: FormatOptions) => problems.map((p) => text(p, o)).join('\n\n'),
  github: (problems: readonly Problem[]) => problems.map(github).join('\n'),
  json: (problems: readonly Problem[]) =>
    JSON.stringify({ schema: 'ztdeck.validate/1', ...problemsJson(problems) }, null, 2),
} as const satisfies Record<string, (problems: readonly Problem[], o: FormatOptions) => string>;

export type ProblemFormat = keyof typeof problemFormats;

export function countLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
