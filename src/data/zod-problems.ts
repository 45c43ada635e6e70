import type { z } from 'zod';
import type { DataPath, SourceFile } from './source-file.js';
import type { Problem } from '../problems/problem.js';
import type { IssueParams } from '../schema/common.js';
import { visible } from './decode-text.js';
import { didYouMean, nearest } from '../problems/suggest.js';

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

/** Turns zod issues into located problems; `schema` lets an unknown key suggest the known ones. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], file: SourceFile, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key shows up twice: as an unknown key and as a missing one. Report it once, as the typo.
  const typoFor = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    for (const key of issue.keys) {
      const best = nearest(key, knownKeys(schema, path), 1)[0];
      if (best) typoFor.add(fieldPath([...path, best]));
    }
  }
  const missing = (path: DataPath, field: string, expected: string | undefined): Problem | undefined => {
    if (typoFor.has(field)) return undefined;
    const key = String(path[path.length - 1] ?? '');
    const description = (schemaAt(schema, path) as { description?: string } | undefined)?.description;
    const hint = `add "${key}:"${description ? ` (${description.charAt(0).toLowerCase()}${description.slice(1)})` : expected ? ` with ${TYPE_WORDS[expected] ?? 'a value'}` : ''}`;
    return {
      code: 'missing-key',
      severity: 'error',
      message: `${field} is required`,
      hint,
      location: file.locate(path),
    };
  };
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = fieldPath(path);
    const input = (issue as { input?: unknown }).input;
    const problem = (
      code: Problem['code'],
      message: string,
      hint: string | undefined,
      at = file.locate(path),
    ): Problem => ({ code, severity: 'error', message, ...(hint ? { hint } : {}), location: at });

    switch (issue.code) {
      case 'invalid_type': {
        if (input === undefined) {
          const p = missing(path, field, issue.expected);
          if (p) problems.push(p);
        } else {
          const received = (issue as { received?: string }).received;
          const written = file.sourceText(path);
          const what =
            received === 'NaN'
              ? 'NaN (not a number)'
              : received === 'Infinity'
                ? 'an infinite number'
                : describeValue(input, written);
          const hint =
            received === 'NaN' || received === 'Infinity'
              ? 'write a finite number (not .nan or .inf)'
              : TYPE_HINTS[issue.expected]?.(input, written);
          problems.push(
            problem(
              'wrong-type',
              `${field} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${what}`,
              hint,
            ),
          );
        }
        break;
      }
      case 'invalid_value': {
        if (input === undefined) {
          const p = missing(path, field, undefined);
          if (p) problems.push(p);
          break;
        }
        const allowed = issue.values.map(String);
        const hint = [didYouMean(String(input), allowed), `use one of: ${allowed.join(', ')}`]
          .filter(Boolean)
          .join(' ');
        problems.push(problem('invalid-value', `${field}: ${quote(input)} is not a valid choice`, hint));
        break;
      }
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const hint = [didYouMean(key, known), known.length ? `keys allowed here: ${known.join(', ')}` : '']
            .filter(Boolean)
            .join(' ');
          problems.push(
            problem(
              'unknown-key',
              `unknown key "${key}"${path.length ? ` in ${field}` : ''}`,
              hint,
              file.locateKey(path, key),
            ),
          );
        }
        break;
      }
      case 'too_small':
      case 'too_big':
        problems.push(rangeProblem(issue, field, input, problem, schema, path));
        break;
      case 'invalid_key': {
        const key = String(path[path.length - 1] ?? '');
        const inner = issue.issues[0];
        const params = inner && 'params' in inner ? (inner.params as IssueParams | undefined) : undefined;
        const code = params?.code ?? (inner?.code === 'invalid_format' ? 'invalid-id' : 'invalid-value');
        const hint =
          code === 'invalid-id'
            ? 'use lower-case letters, digits and hyphens, for example "mfa-coverage"'
            : params?.hint;
        const what = code === 'invalid-id' ? 'is not a valid id' : (inner?.message ?? 'is not allowed');
        problems.push(problem(code, `the key "${key}" ${what}`, hint, file.locate(path, 'key')));
        break;
      }
      case 'invalid_format':
        problems.push(
          problem(
            'invalid-id',
            `${field}: ${quote(input)} is not a valid id`,
            'use lower-case letters, digits and hyphens, for example "strong-authentication"',
          ),
        );
        break;
      case 'custom': {
        const params = issue.params as IssueParams | undefined;
        // Messages written as a predicate ("is not a colour") get the field and the value in front.
        const label = /^(is|holds) /.test(issue.message)
          ? `${field}: ${input === undefined || (typeof input === 'object' && input !== null) ? '' : `${quote(input)} `}${issue.message}`
          : issue.message;
        problems.push(problem(params?.code ?? 'invalid-value', label, params?.hint));
        break;
      }
      default:
        problems.push(problem('invalid-value', `${field}: ${issue.message}`, undefined));
    }
  }
  return problems;
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

/** The keys an object schema allows at `path`. */
export function knownKeys(schema: z.ZodType, path: DataPath): string[] {
  const def = (schemaAt(schema, path) as { def?: { type?: string; shape?: object } } | undefined)?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The schema that checks the value at `path` (walking objects, records, lists, optionals and defaults). */
export function schemaAt(schema: z.ZodType, path: DataPath): unknown {
  let node: unknown = unwrap(schema);
  for (const seg of path) {
    const def = (node as { def?: Record<string, unknown> } | undefined)?.def;
    if (!def) return undefined;
    if (def.type === 'object') node = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'record') node = def.valueType;
    else if (def.type === 'array') node = def.element;
    else return undefined;
    node = unwrap(node);
  }
  return node;
}

function unwrap(node: unknown): unknown {
  let n = node;
  for (;;) {
    const def = (n as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined)?.def;
    if (
      def &&
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
    )
      n = def.innerType;
    else if (def && def.type === 'pipe') n = def.in;
    else return n;
  }
}
