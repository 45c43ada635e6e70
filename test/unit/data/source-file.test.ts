import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/data/parse-yaml.js';

const text = [
  'objectives:',
  '  saas-sso:',
  '    status: done',
  '    blockers:',
  '      - first',
  '      - second',
  '  flow: {status: complete, percent: 140}',
  'stakeholders:',
  '  sponsor:',
  '',
].join('\n');
const file = parseYaml(text, '/x/s.yaml', 's.yaml').file!;

describe('SourceFile.locate', () => {
  it('finds a nested value', () => {
    expect(file.locate(['objectives', 'saas-sso', 'status'])).toMatchObject({
      line: 3,
      column: 13,
      length: 4,
      lineText: '    status: done',
    });
  });
  it('finds list items', () => {
    expect(file.locate(['objectives', 'saas-sso', 'blockers', 1])).toMatchObject({ line: 6, column: 9 });
  });
  it('finds values inside flow mappings', () => {
    expect(file.locate(['objectives', 'flow', 'percent'])).toMatchObject({ line: 7, column: 37 });
  });
  it('points at the key itself when asked', () => {
    expect(file.locate(['objectives', 'saas-sso', 'status'], 'key')).toMatchObject({ line: 3, column: 5 });
  });
  it('points a missing key at the deepest key that exists', () => {
    expect(file.locate(['objectives', 'saas-sso', 'owner'])).toMatchObject({ line: 2, column: 3 });
    expect(file.locate(['stakeholders', 'sponsor', 'name'])).toMatchObject({ line: 9, column: 3 });
  });
  it('points a missing top-level key at the start of the file, without an excerpt', () => {
    expect(file.locate(['organization'])).toEqual({ file: 's.yaml', line: 1, column: 1 });
  });
  it('returns the text as written', () => {
    const f = parseYaml('role: 0755\n', '/x/a.yaml', 'a.yaml').file!;
    expect(f.sourceText(['role'])).toBe('0755');
  });
});
