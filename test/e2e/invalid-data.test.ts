import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runCli, STACK_LINE } from '../helpers/cli.js';

/**
 * Each folder of fixtures/invalid is a program with mistakes; expected.txt is
 * the exact report `ztdeck validate` must print. UPDATE_EXPECTED=1 rewrites
 * the expected files (review the diff before committing it).
 */
const invalidDir = path.join(fixturesDir, 'invalid');
const cases = readdirSync(invalidDir).sort();
const FILE_LEVEL_CODES = new Set([
  'file-empty',
  'file-too-large',
  'path-not-found',
  'path-not-a-folder',
  'unsafe-file',
]);

describe('invalid programs', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const dir = path.join(invalidDir, name);
    const result = await runCli(['validate', '.'], { cwd: dir });
    const expectedPath = path.join(dir, 'expected.txt');
    if (process.env.UPDATE_EXPECTED) writeFileSync(expectedPath, result.stderr);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe(readFileSync(expectedPath, 'utf8'));
    // Every problem names its file, and a line and column unless it is about the whole file.
    const heads = result.stderr.split('\n').filter((l) => / (error|warning) \[/.test(l));
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      const code = /\[([a-z0-9-]+)\]/.exec(head)?.[1] ?? '';
      if (FILE_LEVEL_CODES.has(code)) expect(head).toMatch(/^[\w./-]+\.yaml (error|warning) /);
      else expect(head).toMatch(/^[\w./-]+\.yaml:\d+:\d+ (error|warning) /);
    }
  });
});
