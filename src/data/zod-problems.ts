import type { z } from 'zod';
import type { DataPath, SourceFile } from './source-file.js';
import { errorAt, type Problem, type SourceLocation } from '../problems/problem.js';
import type { IssueParams } from '../schema/common.js';
import { visible } from './decode-text.js';
import { nearest, suggestionHint } from '../problems/suggest.js';
import { knownKeys, schemaAt } from './schema-walk.js';

/** Field path as written in messages: objectives.saas-sso.status, stakeholders.others[2].name. */
export function fieldPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(top level)';
}

/** A value as it can be quoted in a message: shortened, control characters made visible. */
export function quote(v: unknown): string {
  const s = visible(String(v));
  return `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;
}

/** Describes a value the user wrote, for "must be a number, not ..." messages; `written` is the source text. */
export function describeValue(v: unknown, written?: string): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') return `the text ${quote(v)}`;
  if (typeof v === 'number')
    return Number.isNaN(v)
      ? 'NaN (not a number)'
      : Number.isFinite(v)
        ? `the number ${written ?? v}`
        : 'an infinite number';
  if (typeof v === 'boolean') return `the value ${v}`;
  if (Array.isArray(v)) return 'a list';
  return 'a mapping';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  array: 'a list (one "- item" per line)',
  boolean: 'true or false',
};

const TYPE_HINTS: Record<string, (input: unknown, written?: string) => string> = {
  string: (input, written) =>
    typeof input === 'number' || typeof input === 'boolean'
      ? `put the value in quotes ("${written ?? String(input)}") so YAML keeps it as text`
      : 'write the value as text',
  number: (input) =>
    typeof input === 'string' ? 'write the number without quotes or units' : 'write a number, for example 42 or 97.5',
  int: () => 'write a whole number, without decimals',
  object: () => 'write the keys on the lines below, indented by two spaces',
  record: () => 'write the entries on the lines below as "key: value", indented by two spaces',
  array: () => 'write one "- item" per line, indented under the key',
};

/** What a handler of one kind of zod issue is given: where it is, what was written, and how to make a problem. */
interface IssueAt {
  path: DataPath;
  field: string;
  input: unknown;
  file: SourceFile;
  schema: z.ZodType;
  problem: (code: Problem['code'], message: string, hint: string | undefined, at?: SourceLocation) => Problem;
  /** The problem of a missing key, or undefined when it is the other half of a misspelt key. */
  missing: (expected: string | undefined) => Problem | undefined;
}

type Handler<C extends z.core.$ZodIssue['code']> = (
  issue: Extract<z.core.$ZodIssue, { code: C }>,
  at: IssueAt,
) => (Problem | undefined)[];

const invalidType: Handler<'invalid_type'> = (issue, { path, field, input, file, problem, missing }) => {
  if (input === undefined) return [missing(issue.expected)];
  const received = (issue as { received?: string }).received;
  const written = file.sourceText(path);
  const notFinite = received === 'NaN' || received === 'Infinity';
  const what =
    received === 'NaN'
      ? 'NaN (not a number)'
      : received === 'Infinity'
        ? 'an infinite number'
        : describeValue(input, written);
  const hint = notFinite ? 'write a finite number (not .nan or .inf)' : TYPE_HINTS[issue.expected]?.(input, written);
  return [problem('wrong-type', `${field} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${what}`, hint)];
};

const invalidValue: Handler<'invalid_value'> = (issue, { field, input, problem, missing }) => {
  if (input === undefined) return [missing(undefined)];
  const allowed = issue.values.map(String);
  const hint = suggestionHint(String(input), allowed, `use one of: ${allowed.join(', ')}`);
  return [problem('invalid-value', `${field}: ${quote(input)} is not a valid choice`, hint)];
};

const unrecognizedKeys: Handler<'unrecognized_keys'> = (issue, { path, field, file, schema, problem }) => {
  const known = knownKeys(schema, path);
  return issue.keys.map((key) =>
    problem(
      'unknown-key',
      `unknown key "${key}"${path.length ? ` in ${field}` : ''}`,
      suggestionHint(key, known, known.length ? `keys allowed here: ${known.join(', ')}` : ''),
      file.locateKey(path, key),
    ),
  );
};

const invalidKey: Handler<'invalid_key'> = (issue, { path, file, problem }) => {
  const key = String(path[path.length - 1] ?? '');
  const inner = issue.issues[0];
  const params = inner && 'params' in inner ? (inner.params as IssueParams | undefined) : undefined;
  const code = params?.code ?? (inner?.code === 'invalid_format' ? 'invalid-id' : 'invalid-value');
  const hint =
    code === 'invalid-id' ? 'use lower-case letters, digits and hyphens, for example "mfa-coverage"' : params?.hint;
  const what = code === 'invalid-id' ? 'is not a valid id' : (inner?.message ?? 'is not allowed');
  return [problem(code, `the key "${key}" ${what}`, hint, file.locate(path, 'key'))];
};

const custom: Handler<'custom'> = (issue, { field, input, problem }) => {
  const params = issue.params as IssueParams | undefined;
  // Messages written as a predicate ("is not a colour") get the field and the value in front.
  const label = /^(is|holds) /.test(issue.message)
    ? `${field}: ${input === undefined || (typeof input === 'object' && input !== null) ? '' : `${quote(input)} `}${issue.message}`
    : issue.message;
  return [problem(params?.code ?? 'invalid-value', label, params?.hint)];
};

const range = (issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, at: IssueAt) => [
  rangeProblem(issue, at.field, at.input, at.problem, at.schema, at.path),
];

/** One handler per kind of zod issue; any other kind is told with zod's own message. */
const HANDLERS: { [C in z.core.$ZodIssue['code']]?: Handler<C> } = {
  invalid_type: invalidType,
  invalid_value: invalidValue,
  unrecognized_keys: unrecognizedKeys,
  too_small: range,
  too_big: range,
  invalid_key: invalidKey,
  invalid_format: (_issue, { field, input, problem }) => [
    problem(
      'invalid-id',
      `${field}: ${quote(input)} is not a valid id`,
      'use lower-case letters, digits and hyphens, for example "strong-authentication"',
    ),
  ],
  custom,
};

/** The fields a misspelt key stands for: a misspelt key shows up twice, as an unknown key and as a missing one. */
function typoFields(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Set<string> {
  const typoFor = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    for (const key of issue.keys) {
      const best = nearest(key, knownKeys(schema, path), 1)[0];
      if (best) typoFor.add(fieldPath([...path, best]));
    }
  }
  return typoFor;
}

/** Turns zod issues into located problems; `schema` lets an unknown key suggest the known ones. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], file: SourceFile, schema: z.ZodType): Problem[] {
  // A misspelt key is reported once, as the typo.
  const typoFor = typoFields(issues, schema);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = fieldPath(path);
    const at: IssueAt = {
      path,
      field,
      input: (issue as { input?: unknown }).input,
      file,
      schema,
      problem: (code, message, hint, location = file.locate(path)) => errorAt(location, code, message, hint),
      missing: (expected) => missingKey(path, field, expected, typoFor, file, schema),
    };
    const handler = HANDLERS[issue.code] as Handler<typeof issue.code> | undefined;
    const made = handler
      ? handler(issue as never, at)
      : [at.problem('invalid-value', `${field}: ${issue.message}`, undefined)];
    for (const p of made) if (p) problems.push(p);
  }
  return problems;
}

function missingKey(
  path: DataPath,
  field: string,
  expected: string | undefined,
  typoFor: ReadonlySet<string>,
  file: SourceFile,
  schema: z.ZodType,
): Problem | undefined {
  if (typoFor.has(field)) return undefined;
  const key = String(path[path.length - 1] ?? '');
  const description = (schemaAt(schema, path) as { description?: string } | undefined)?.description;
  const hint = `add "${key}:"${description ? ` (${description.charAt(0).toLowerCase()}${description.slice(1)})` : expected ? ` with ${TYPE_WORDS[expected] ?? 'a value'}` : ''}`;
  return errorAt(file.locate(path), 'missing-key', `${field} is required`, hint);
}

function rangeProblem(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  field: string,
  input: unknown,
  problem: (code: Problem['code'], message: string, hint: string | undefined) => Problem,
  schema: z.ZodType,
  path: DataPath,
): Problem {
  const small = issue.code === 'too_small';
  const bound = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  if (issue.origin === 'string') {
    if (small) return problem('invalid-text', `${field} is empty`, 'write some text, or remove the key');
    const len = typeof input === 'string' ? input.length : 0;
    return problem(
      'invalid-text',
      `${field} is ${len} characters long; the limit is ${bound}`,
      'shorten it: slides have room for short text only',
    );
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const n = Array.isArray(input) ? input.length : 0;
    return problem(
      'out-of-range',
      `${field} has ${n} item${n === 1 ? '' : 's'}; ${small ? 'at least' : 'at most'} ${bound} allowed`,
      small ? 'add the missing items' : 'remove some items',
    );
  }
  const target = schemaAt(schema, path) as { minValue?: number | null; maxValue?: number | null } | undefined;
  const [min, max] = [target?.minValue, target?.maxValue];
  const shown = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  // zod gives whole numbers the safe-integer range as bounds; those are no limit a user needs to read.
  const bounded = (n: unknown): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  const allowed =
    bounded(min) && bounded(max)
      ? `from ${shown(min)} to ${shown(max)}`
      : `${small ? 'at least' : 'at most'} ${shown(bound)}`;
  return problem(
    'out-of-range',
    `${field} is ${String(input)}; it must be ${allowed}`,
    'change the number to fit the allowed range',
  );
}
