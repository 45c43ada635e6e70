import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deepMerge, deepPartial } from '../../../src/templating/merge.js';

describe('deepMerge', () => {
  it('merges mappings key by key; lists and scalars of the child replace the parent', () => {
    const parent = { colors: { accent: 'AAAAAA', text: '111111' }, stages: ['A', 'B'], name: 'parent' };
    const child = { colors: { accent: 'CCCCCC' }, stages: ['C'] };
    expect(deepMerge(parent, child)).toEqual({
      colors: { accent: 'CCCCCC', text: '111111' },
      stages: ['C'],
      name: 'parent',
    });
  });
  it('keeps the parent where the child says nothing', () => {
    expect(deepMerge({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
});

describe('deepPartial', () => {
  it('makes every key optional all the way down, and stays strict', () => {
    const schema = deepPartial(
      z.strictObject({ fonts: z.strictObject({ heading: z.string(), body: z.string() }), name: z.string() }),
    );
    expect(schema.safeParse({ fonts: { body: 'Arial' } }).success).toBe(true);
    expect(schema.safeParse({ fonts: { bdy: 'Arial' } }).success).toBe(false);
  });
});
