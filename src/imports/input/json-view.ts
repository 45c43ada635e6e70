import type { Problem, Severity } from '../../problems/problem.js';
import type { ProblemCode } from '../../problems/problem-codes.js';
import { jsonPathText, locateJson, type JsonPath } from './json-text.js';
import { positionOf } from './text.js';

/** The JSON of one input file: its text, and where the JSON starts in it (inside an HTML report, not at 0). */
export interface JsonSource {
  file: string;
  fileText: string;
  json: string;
  base: number;
}

const NUMBER = /^\s*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;

/** Objects with many keys get an index of their keys in lower case, so finding one in any case is not a scan each time. */
const lowerCaseKeys = new WeakMap<object, Map<string, string>>();

/** The first key of `obj` that is `name` in another case. */
function keyInAnyCase(obj: object, name: string): string | undefined {
  const wanted = name.toLowerCase();
  let index = lowerCaseKeys.get(obj);
  if (!index) {
    const keys = Object.keys(obj);
    if (keys.length <= 32) return keys.find((k) => k.toLowerCase() === wanted);
    index = new Map();
    for (const k of keys) if (!index.has(k.toLowerCase())) index.set(k.toLowerCase(), k);
    lowerCaseKeys.set(obj, index);
  }
  return index.get(wanted);
}

/**
 * A value of a parsed JSON file with its path. Keys are found whatever their
 * case (Graph PowerShell writes `CurrentScore` where the API writes
 * `currentScore`) and, failing that, under `AdditionalProperties`, where
 * Graph PowerShell puts the properties its types do not declare.
 */
export class JsonView {
  constructor(
    readonly value: unknown,
    readonly path: JsonPath,
    readonly source: JsonSource,
  ) {}

  get isObject(): boolean {
    return typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value);
  }

  get isArray(): boolean {
    return Array.isArray(this.value);
  }

  keys(): string[] {
    return this.isObject ? Object.keys(this.value as object) : [];
  }

  get(name: string): JsonView | undefined {
    if (!this.isObject) return undefined;
    const own = this.member(name);
    if (own) return own;
    const extra = this.member('AdditionalProperties');
    return extra?.isObject ? extra.member(name) : undefined;
  }

  private member(name: string): JsonView | undefined {
    const obj = this.value as Record<string, unknown>;
    const key = Object.hasOwn(obj, name) ? name : keyInAnyCase(obj, name);
    return key === undefined ? undefined : new JsonView(obj[key], [...this.path, key], this.source);
  }

  /** Follows several names: `at('properties', 'score', 'max')`. */
  at(...names: string[]): JsonView | undefined {
    return names.reduce<JsonView | undefined>((v, n) => v?.get(n), this);
  }

  items(): JsonView[] {
    return this.isArray ? (this.value as unknown[]).map((v, i) => new JsonView(v, [...this.path, i], this.source)) : [];
  }

  /** A number, or text holding one (Graph's undocumented extras are sometimes strings). */
  number(): number | undefined {
    const v = this.value;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && NUMBER.test(v)) return Number(v);
    return undefined;
  }

  text(): string | undefined {
    return typeof this.value === 'string' ? this.value : undefined;
  }

  bool(): boolean | undefined {
    if (typeof this.value === 'boolean') return this.value;
    if (typeof this.value === 'string' && /^(true|false)$/i.test(this.value))
      return this.value.toLowerCase() === 'true';
    return undefined;
  }

  /** The path as people read it: `$.value[3].currentScore`. */
  where(): string {
    return jsonPathText(this.path);
  }

  /** A problem at this value: the file, its line and column, and the path inside the JSON. */
  problem(code: ProblemCode, message: string, hint?: string, severity: Severity = 'error'): Problem {
    const offset = this.source.base + locateJson(this.source.json, this.path);
    return {
      code,
      severity,
      message: `${this.where()}: ${message}`,
      ...(hint ? { hint } : {}),
      location: { file: this.source.file, ...positionOf(this.source.fileText, offset) },
    };
  }
}

/** The records of each document, found once: detection asks every shape of every source for them. */
const recordsOf = new WeakMap<JsonView, readonly JsonView[]>();

/**
 * The records of a Graph-style answer, however it was saved: `{value: [...]}`,
 * a list of such pages (several calls with @odata.nextLink), a plain list
 * (Graph PowerShell), one record on its own, or one record in `value` (as
 * the Graph documentation shows single objects such as Intune's compliance
 * summary: `{"value": {…}}`, with at most `@odata` annotations beside it).
 */
export function records(root: JsonView): readonly JsonView[] {
  const known = recordsOf.get(root);
  if (known) return known;
  const found = findRecords(root);
  recordsOf.set(root, found);
  return found;
}

function findRecords(root: JsonView): JsonView[] {
  if (root.isArray) {
    const items = root.items();
    const pages = items.length > 0 && items.every((i) => i.get('value')?.isArray);
    return pages ? items.flatMap((p) => p.get('value')?.items() ?? []) : items.filter((i) => i.isObject);
  }
  const value = root.get('value');
  if (value?.isArray) return value.items().filter((i) => i.isObject);
  if (value?.isObject && isWrapper(root)) return [value];
  return root.isObject ? [root] : [];
}

/** An object that only wraps its `value`: no other key but annotations (`@odata.context`). */
export function isWrapper(root: JsonView): boolean {
  return root.keys().every((k) => k.toLowerCase() === 'value' || k.startsWith('@'));
}
