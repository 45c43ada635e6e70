import { describe, expect, it } from 'vitest';
import { errorAt } from '../../../src/problems/problem.js';
import { deckFileSchema } from '../../../src/schema/deck.js';

describe('errorAt', () => {
  it('makes an error at a location: where, what and how to fix it', () => {
    const at = { file: 'data/kpis.yaml', line: 3, column: 5, length: 2, lineText: '  x: 1' };
    expect(errorAt(at, 'invalid-value', 'x is wrong', 'write y')).toStrictEqual({
      code: 'invalid-value',
      severity: 'error',
      message: 'x is wrong',
      hint: 'write y',
      location: at,
    });
  });

  it('takes a path for a file as a whole, and leaves out a hint it is not given', () => {
    expect(errorAt('data/program.yaml', 'file-empty', 'the file is empty')).toStrictEqual({
      code: 'file-empty',
      severity: 'error',
      message: 'the file is empty',
      location: { file: 'data/program.yaml' },
    });
  });
});

describe('a hint for a name that is not known', () => {
  it('starts with the nearest name: a misspelt default deck in deck.yaml', () => {
    const parsed = deckFileSchema.safeParse({
      default: 'standrd',
      decks: { standard: { title: 'S', slides: ['title'] }, board: { title: 'B', slides: ['title'] } },
    });
    const params = (parsed.error?.issues[0] as { params?: { hint?: string } } | undefined)?.params;
    expect(params?.hint).toBe('did you mean "standard"? use one of: standard, board');
  });
});
