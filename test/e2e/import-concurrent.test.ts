import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { importFixture } from '../helpers/imports.js';

/**
 * Three imports, each adding points the others do not: run at once, every point must be in the file after.
 * The Graph scores go into the example's secure-score, whose source: names another tool: --source accepts it.
 */
const imports: { file: string; points: string[]; flags?: string[] }[] = [
  {
    file: 'variants/secure-score-history-page-1.json',
    flags: ['--source'],
    points: ['      2026-11-14: 64.8   # import secure-score: 405 of 625 points'],
  },
  {
    file: 'variants/secure-score-history-page-2.json',
    flags: ['--source'],
    points: ['      2026-10-15: 63.2   # import secure-score: 395 of 625 points'],
  },
  {
    file: 'samples/mde-exposureScore.synthetic.json',
    points: ['  exposure-score:\n', '      2026-11-14: 31.7   # import mde:'],
  },
];
const ROUNDS = 5;

describe('imports into one kpis.yaml at the same time', () => {
  it(
    'keep every point of each: the later write is made again from what the earlier left',
    async () => {
      for (let round = 1; round <= ROUNDS; round++) {
        const data = copyOfExample();
        const runs = await Promise.all(
          imports.map((i) => runCli(['import', importFixture(i.file), ...(i.flags ?? []), '--data', data])),
        );
        for (const r of runs) {
          expect(r.code, r.stderr).toBe(0);
          expect(r.stderr).toMatch(/^Imported into /);
        }
        const kpis = readFileSync(path.join(data, 'kpis.yaml'), 'utf8');
        for (const point of imports.flatMap((i) => i.points)) expect(kpis, `round ${round}`).toContain(point);
        // No lock or temporary file is left beside it.
        expect(readdirSync(data).filter((f) => f.startsWith('.'))).toEqual([]);
        const v = await runCli(['validate', data]);
        expect(v.code, v.stderr).toBe(0);
      }
    },
    ROUNDS * 60_000,
  );
});
