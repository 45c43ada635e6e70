import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { buildMatrix } from './matrix.js';
import { corporateDecks } from './corporate.js';
import { scriptDecks } from './scripts.js';

/**
 * The layout matrix, the example deck on seven corporate masters, and the
 * script fixtures (Arabic, Hebrew, Japanese, Chinese, Korean, mixed), rendered by a real client: each deck goes through
 * pptx-check in full mode (package, ECMA-376 schemas, LibreOffice render
 * with every word of every slide found on its page). Needs LibreOffice and
 * poppler: npm run test:render, which CI runs after npm test.
 */
const check = process.env.PPTX_CHECK ?? path.resolve(repoRoot, '..', 'shared', 'tools', 'pptx-check', 'check.sh');

function run(file: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('the layout matrix in LibreOffice', () => {
  it('passes pptx-check with the render for every program and brand', async () => {
    expect(existsSync(check), `pptx-check not found at ${check} (set PPTX_CHECK)`).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-render-'));
    const failures: string[] = [];
    const decks = [...(await buildMatrix()), ...(await corporateDecks()), ...(await scriptDecks())];
    for (const d of decks) {
      const file = path.join(dir, `${d.program}-${d.template}.pptx`);
      writeFileSync(file, d.bytes);
      const r = await run(check, [file, path.join(dir, `${d.program}-${d.template}.check`)]);
      if (r.code !== 0)
        failures.push(
          `${d.program} with ${d.template}:\n${r.out
            .split('\n')
            .filter((l) => /ERROR|FAIL/.test(l))
            .join('\n')}`,
        );
    }
    expect(decks.length).toBeGreaterThanOrEqual(33);
    expect(failures).toEqual([]);
  }, 1_800_000);
});
