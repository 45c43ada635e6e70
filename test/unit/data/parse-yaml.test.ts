import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/data/parse-yaml.js';

const parse = (text: string) => parseYaml(text, '/x/f.yaml', 'f.yaml');

describe('parseYaml', () => {
  it('reads YAML 1.2 core: NO and on stay text, dates stay text', () => {
    expect(parse('country: NO\nflag: on\nwhen: 2026-05-31\n').value).toEqual({
      country: 'NO',
      flag: 'on',
      when: '2026-05-31',
    });
  });
  it('reads every mapping key as text', () => {
    expect(parse('1: a\n2026-05-31: 5\n').value).toEqual({ 1: 'a', '2026-05-31': 5 });
  });
  it('refuses a %YAML directive even though the rest would parse', () => {
    const r = parse('%YAML 1.1\n---\ncountry: NO\n');
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['yaml-directive']);
  });
  it('names both lines of a duplicate key', () => {
    const r = parse('a: 1\nb: 2\na: 3\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'yaml-duplicate-key', location: { line: 3, column: 1 } });
    expect(r.problems[0]?.message).toContain('first on line 1');
  });
  it('turns unknown tags (parser warnings) into errors', () => {
    expect(parse('a: !!js/function "x"\n').problems.map((p) => p.code)).toEqual(['yaml-tag']);
  });
  it('stops an alias bomb quickly, at the first alias', () => {
    const levels = ['a: &a [1,1,1,1,1,1,1,1,1]'];
    for (const [prev, cur] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ])
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const started = performance.now();
    const r = parse(`${levels.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.problems[0]).toMatchObject({ code: 'yaml-alias-limit', location: { line: 2 } });
  });
  it('allows a few aliases', () => {
    expect(parse('owner: &o Ana\nother: *o\n').value).toEqual({ owner: 'Ana', other: 'Ana' });
  });
  it('refuses reserved keys without touching Object.prototype', () => {
    const r = parse('__proto__:\n  polluted: yes\nconstructor: 1\n');
    expect(r.problems.map((p) => p.code)).toEqual(['yaml-reserved-key', 'yaml-reserved-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses a reserved key however it is spelled: quoted, escaped, explicit, in a flow mapping', () => {
    for (const text of [
      '"\\x5f_proto__": 1\n',
      'a:\n  "constr\\u0075ctor": 1\n',
      "'prototype': 1\n",
      '? |-\n  constructor\n: 1\n',
      'a: {x: 1, __proto__: 2}\n',
    ])
      expect(
        parse(text).problems.map((p) => p.code),
        text,
      ).toEqual(['yaml-reserved-key']);
    // Folding a scalar's lines gives a space: "constr uctor" is no reserved name.
    expect(parse('? constr\n  uctor\n: 1\n').problems).toEqual([]);
  });
  it('finds a duplicate key however its two spellings differ: quotes, a number and its text', () => {
    for (const text of ['a: 1\n"a": 2\n', "1: x\n'1': y\n", 'b: {c: 1, "c": 2}\n'])
      expect(
        parse(text).problems.map((p) => p.code),
        text,
      ).toEqual(['yaml-duplicate-key']);
  });
  it('calls an empty or comment-only file empty', () => {
    expect(parse('').problems[0]?.code).toBe('file-empty');
    expect(parse('# nothing\n').problems[0]?.code).toBe('file-empty');
  });
  it('reports only the first of a cascade of syntax errors', () => {
    const r = parse('a:\n  b: 1\n c: 2\n  d: 3\n');
    expect(r.problems.filter((p) => p.code === 'yaml-syntax')).toHaveLength(1);
  });
  it('points an unclosed quote at the quote that was opened', () => {
    expect(parse('a: 1\nb: "open\nc: 3\n').problems[0]?.location).toMatchObject({ line: 2, column: 4 });
  });
});
