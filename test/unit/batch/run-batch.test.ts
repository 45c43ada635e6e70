import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, runBatch } from '../../../src/batch/run-batch.js';
import { validFixture } from '../../helpers/program.js';

describe('runBatch', () => {
  it("builds each program, keeps going past a broken one, and answers in the tasks' order", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ztdeck-batch-'));
    const tasks = [
      {
        index: 0,
        dataDir: path.join(out, 'missing'),
        outDir: path.join(out, 'a'),
        formats: ['json' as const],
        check: true,
      },
      {
        index: 1,
        dataDir: validFixture('minimal'),
        outDir: path.join(out, 'b'),
        formats: ['json' as const],
        check: true,
      },
    ];
    const seen: number[] = [];
    const results = await runBatch(tasks, 1, (r) => seen.push(r.index));
    expect(results.map((r) => r.index)).toEqual([0, 1]);
    expect(results[0]).toMatchObject({ ok: false, kind: 'input' });
    expect(results[1]).toMatchObject({ ok: true });
    expect(seen.sort()).toEqual([0, 1]);
  });
  it('uses one core fewer than the machine has, and at least one', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
