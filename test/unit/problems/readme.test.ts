import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../../src/cli/exit-codes.js';
import { problemCodes } from '../../../src/problems/problem-codes.js';
import { repoRoot } from '../../helpers/cli.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('the README', () => {
  it('lists every problem code in the error catalogue, with its meaning', () => {
    for (const [code, meaning] of Object.entries(problemCodes))
      expect(readme, code).toContain(`| \`${code}\` | ${meaning} |`);
  });
  it('documents every exit code', () => {
    for (const code of Object.values(exitCodes)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
  });
  it('gives the test command that .ci/run runs', () => {
    const ci = readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8');
    expect(readme).toMatch(/^npm test +# /m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
