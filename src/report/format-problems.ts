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
    const caretAt = Math.max(0, (l.column ?? 1) - 1);
    const width = Math.max(1, Math.min(l.length ?? 1, Math.max(1, l.lineText.length - caretAt)));
    lines.push(`  ${n} | ${l.lineText}`);
    lines.push(`  ${pad} | ${' '.repeat(caretAt)}${paint(o.color, p.severity === 'error' ? 31 : 33, '^'.repeat(width))}`);
  }
  if (p.hint) lines.push(`  ${paint(o.color, 36, 'hint:')} ${p.hint}`);
  return lines.join('\n');
}

/** GitHub Actions workflow commands: the problem shows on the line of the pull request. */
function github(p: Problem): string {
  const l = p.location;
  const props = [l ? `file=${escapeProperty(l.file)}` : '', l?.line !== undefined ? `line=${l.line}` : '', l?.column !== undefined ? `col=${l.column}` : '', `title=${escapeProperty(`ztdeck ${p.code}`)}`]
    .filter(Boolean).join(',');
  const message = p.hint ? `${p.message} (${p.hint})` : p.message;
  return `::${p.severity} ${props}::${escapeData(message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const problemFormats = {
  text: (problems: readonly Problem[], o: FormatOptions) => problems.map((p) => text(p, o)).join('\n\n'),
  github: (problems: readonly Problem[]) => problems.map(github).join('\n'),
  json: (problems: readonly Problem[]) => JSON.stringify(problems.map(({ location, ...rest }) => ({
    ...rest, ...(location ? { file: location.file, line: location.line, column: location.column } : {}),
  })), null, 2),
} as const satisfies Record<string, (problems: readonly Problem[], o: FormatOptions) => string>;

export type ProblemFormat = keyof typeof problemFormats;

export function countLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
