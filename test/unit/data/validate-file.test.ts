import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/data/parse-yaml.js';
import { MAX_ITEMS_CHECKED } from '../../../src/data/unchecked-values.js';
import { validateFile } from '../../../src/data/validate-file.js';
import { text } from '../../../src/schema/common.js';

const yaml = (text: string) => {
  const parsed = parseYaml(text, '/x/f.yaml', 'f.yaml');
  return { file: parsed.file!, value: parsed.value };
};
const heads = (text: string, schema: z.ZodType) =>
  validateFile(yaml(text), schema).problems.map((p) => `${p.location?.line}:${p.location?.column} ${p.message}`);

const short = z.string().max(5);
const lists = z.strictObject({
  items: z.array(short).max(2),
  groups: z.record(z.string().regex(/^[a-z]+$/), z.strictObject({ tags: z.array(short).max(1) })).optional(),
});

describe('a mistake does not hide another', () => {
  it('checks each item of a list longer than its cap, and tells the count once', () => {
    expect(heads('items: [ok, toolong, fine, waytoolong]\n', lists)).toEqual([
      '1:8 items has 4 items; at most 2 allowed',
      '1:13 items[1] is 7 characters long; the limit is 5',
      '1:28 items[3] is 10 characters long; the limit is 5',
    ]);
  });
  it('checks at most the first 1,000 items of a huge list (what zod spares: a 1 MiB file of items)', () => {
    const problems = heads(`items:\n${'  - toolong\n'.repeat(150_000)}`, lists);
    expect(problems).toHaveLength(1 + MAX_ITEMS_CHECKED);
    expect(problems[0]).toBe('2:3 items has 150000 items; at most 2 allowed');
    expect(problems.at(-1)).toBe(
      `${MAX_ITEMS_CHECKED + 1}:5 items[${MAX_ITEMS_CHECKED - 1}] is 7 characters long; the limit is 5`,
    );
  });
  it('reports the items of a list within its cap once (zod checked them already)', () => {
    expect(heads('items: [ok, toolong]\n', lists)).toEqual(['1:13 items[1] is 7 characters long; the limit is 5']);
  });
  it('looks behind a bad key, then behind the long list found there', () => {
    expect(heads('items: []\ngroups:\n  Bad: {tags: [a, toolong]}\n', lists)).toEqual([
      '3:3 the key "Bad" is not a valid id',
      '3:15 groups.Bad.tags has 2 items; at most 1 allowed',
      '3:19 groups.Bad.tags[1] is 7 characters long; the limit is 5',
    ]);
  });
});

describe('a mistake is told once', () => {
  it('an empty text is empty, not blank as well; a blank one is blank, with its field', () => {
    expect(heads('lines: ["", "   "]\n', z.strictObject({ lines: z.array(text(20)) }))).toEqual([
      '1:9 lines[0] is empty',
      '1:13 lines[1]: "   " is blank',
    ]);
  });
});

const register = z.strictObject({
  title: z.string().max(10),
  entries: z.record(z.string(), z.strictObject({ size: z.number().max(5), refs: z.array(z.string()) })),
});

describe('what the rules across files can still read of a file with mistakes', () => {
  const salvaged = (text: string) => validateFile(yaml(text), register, { salvage: true });
  it('leaves out the entries with a mistake, keeps the others whole', () => {
    const r = salvaged('title: t\nentries:\n  a: {size: 9, refs: [x]}\n  b: {size: 1, refs: [y]}\n');
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.salvaged?.data).toEqual({ title: 't', entries: { b: { size: 1, refs: ['y'] } } });
  });
  it('drops unknown keys, which change nothing', () => {
    const r = salvaged('title: t\ncolour: red\nentries:\n  a: {size: 1, refs: [], extra: 1}\n');
    expect(r.salvaged?.data).toEqual({ title: 't', entries: { a: { size: 1, refs: [] } } });
  });
  it('gives nothing when a mistake lies outside every entry', () => {
    const r = salvaged('title: far too long a title\nentries:\n  a: {size: 1, refs: []}\n');
    expect(r.problems).toHaveLength(1);
    expect(r.salvaged).toBeUndefined();
  });
  it('is not computed unless asked', () => {
    expect(validateFile(yaml('title: t\nentries:\n  a: {size: 9, refs: []}\n'), register).salvaged).toBeUndefined();
  });
});
