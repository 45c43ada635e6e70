/**
 * A small scanner over JSON text, used after JSON.parse has done the real
 * work: to say where and why a file is not JSON (in the same words on every
 * Node version), and to find where a value sits so a problem can point at it.
 */
import { importCaps } from './caps.js';

export type JsonPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$@][\w$@.-]*$/;

/** A path as people read it: `$.value[3].currentScore`. */
export function jsonPathText(path: JsonPath): string {
  return path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : IDENTIFIER.test(p) ? `${s}.${p}` : `${s}[${JSON.stringify(p)}]`),
    '$',
  );
}

/** What the scanner saw where the JSON stops being JSON: the hint depends on it. */
export type JsonSyntaxKind = 'end-of-file' | 'trailing-comma' | 'missing-comma' | 'other';

/** What to do about each: only a file that ends too early is blamed on the download. */
const SYNTAX_HINTS: Readonly<Record<JsonSyntaxKind, string>> = {
  'end-of-file':
    'the file is cut short (an interrupted download, or a copy from a terminal): save or download it again',
  'trailing-comma':
    'remove that comma: JSON allows none after the last member or item (examples copied from documentation often have one)',
  'missing-comma': 'add a comma between the two values',
  other: 'correct the file at this place, or give the file as the tool or the API wrote it',
};

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
    readonly kind: JsonSyntaxKind = 'other',
  ) {
    super(reason);
  }
}

const MAX_DEPTH = importCaps.json.depth;

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(reason: string, at = this.pos, kind: JsonSyntaxKind = 'other'): never {
    if (at >= this.text.length)
      throw new Stop(
        at,
        'the file ends in the middle of the JSON (it is cut short, or a bracket is never closed)',
        'end-of-file',
      );
    throw new Stop(at, reason, kind);
  }

  /** After a comma: the closing bracket, where another member or item should be. */
  trailingComma(comma: number, close: '}' | ']'): void {
    if (this.peek() === close)
      this.fail(
        `a comma before ${close} with no ${close === '}' ? 'member' : 'item'} after it (a trailing comma)`,
        comma,
        'trailing-comma',
      );
  }

  /** After a value: what comes next should be a comma or the closing bracket; another value means a comma is missing. */
  afterValue(close: '}' | ']'): void {
    const next = this.peek();
    const startsValue =
      close === '}'
        ? next === '"'
        : /^["{[\-0-9]/.test(next) || ['true', 'false', 'null'].some((w) => this.text.startsWith(w, this.pos));
    if (startsValue)
      this.fail(
        `a comma is missing between two ${close === '}' ? 'members' : 'items'}: found ${this.describe()} where a comma or ${close} should be`,
        this.pos,
        'missing-comma',
      );
    this.fail(`expected a comma or ${close} after the ${close === '}' ? 'value' : 'item'}, found ${this.describe()}`);
  }

  ws(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos] ?? '')) this.pos++;
  }

  peek(): string {
    this.ws();
    return this.text[this.pos] ?? '';
  }

  expect(ch: string, what: string): void {
    if (this.peek() !== ch) this.fail(`expected ${what} here, found ${this.describe()}`);
    this.pos++;
  }

  describe(): string {
    const ch = this.text[this.pos];
    return ch === undefined ? 'the end of the file' : `"${ch}"`;
  }

  /** Skips one value; `visit` is told of each member or item on the way and may descend instead. */
  value(depth = 0): void {
    if (depth > MAX_DEPTH) this.fail(`the JSON nests deeper than ${MAX_DEPTH} levels`);
    const ch = this.peek();
    if (ch === '{') return this.members(depth, () => undefined);
    if (ch === '[') return this.items(depth, () => undefined);
    if (ch === '"') return void this.string();
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(
      `expected a value (text in double quotes, a number, true, false, null, { or [), found ${this.describe()}`,
    );
  }

  /** Object members; `onMember(key, keyOffset)` returns true when it consumed the value itself. */
  members(depth: number, onMember: (key: string, keyOffset: number) => boolean | undefined): void {
    this.expect('{', '{');
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.peek() !== '"') this.fail(`expected a key in double quotes, found ${this.describe()}`);
      const keyOffset = this.pos;
      const key = this.string();
      this.expect(':', 'a colon after the key');
      if (!onMember(key, keyOffset)) this.value(depth + 1);
      const next = this.peek();
      if (next === ',') {
        this.trailingComma(this.pos++, '}');
        continue;
      }
      if (next === '}') {
        this.pos++;
        return;
      }
      this.afterValue('}');
    }
  }

  items(depth: number, onItem: (index: number) => boolean | undefined): void {
    this.expect('[', '[');
    if (this.peek() === ']') {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.ws();
      if (!onItem(i)) this.value(depth + 1);
      const next = this.peek();
      if (next === ',') {
        this.trailingComma(this.pos++, ']');
        continue;
      }
      if (next === ']') {
        this.pos++;
        return;
      }
      this.afterValue(']');
    }
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail('a text value is never closed', this.text.length);
      if (c === 0x22) break;
      if (c < 0x20) this.fail('a text value holds a raw control character or line break (JSON needs \\n)');
      if (c === 0x5c) {
        const e = this.text[this.pos + 1] ?? '';
        if (
          e === 'u'
            ? !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))
            : !'"\\/bfnrt'.includes(e) || e === ''
        )
          this.fail('an invalid escape sequence in a text value');
        this.pos += e === 'u' ? 6 : 2;
        continue;
      }
      this.pos++;
    }
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  number(): void {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!m) this.fail('an invalid number');
    this.pos += m[0].length;
  }
}

export interface JsonSyntaxError {
  offset: number;
  /** What the scanner saw there: "a comma before } with no member after it (a trailing comma)". */
  reason: string;
  kind: JsonSyntaxKind;
  /** What to do about it; only the end of the file blames the download. */
  hint: string;
}

/** Where and why the text is not JSON, and what to do (call it when JSON.parse has failed). */
export function jsonSyntaxError(text: string): JsonSyntaxError {
  const s = new Scanner(text);
  const found = (offset: number, reason: string, kind: JsonSyntaxKind) => ({
    offset,
    reason,
    kind,
    hint: SYNTAX_HINTS[kind],
  });
  try {
    s.value();
    if (s.peek() !== '') s.fail(`text after the end of the JSON value, found ${s.describe()}`);
  } catch (e) {
    if (e instanceof Stop) return found(e.offset, e.reason, e.kind);
    throw e;
  }
  return found(0, 'the JSON cannot be read', 'other');
}

/** Offset of the value at `path` in valid JSON text (keys as the file writes them), or of the deepest part that exists. */
export function locateJson(text: string, path: JsonPath): number {
  const s = new Scanner(text);
  const walk = (depth: number): never => {
    s.ws();
    const here = s.pos;
    const segment = path[depth];
    if (segment === undefined) throw new Stop(here, 'found');
    const ch = s.peek();
    const descend = (match: boolean): boolean => (match ? walk(depth + 1) : false);
    if (ch === '{' && typeof segment === 'string') s.members(depth, (key) => descend(key === segment));
    else if (ch === '[' && typeof segment === 'number') s.items(depth, (index) => descend(index === segment));
    throw new Stop(here, 'not found');
  };
  try {
    walk(0);
  } catch (e) {
    if (e instanceof Stop) return e.offset;
    throw e;
  }
  return 0;
}
