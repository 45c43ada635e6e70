import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';

// A slow, uneven disk: every file operation of node:fs/promises waits 0 to 2 ms before and after (a seeded
// sequence, so a run can be repeated), which opens the windows between a lock's steps wide.
vi.mock('node:fs/promises', async (original) => {
  const real = await original<Record<string, unknown>>();
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pause = () => {
    const r = random();
    return new Promise((done) => setTimeout(done, r < 0.8 ? 0 : Math.round(r * 20)));
  };
  const slow: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(real)) {
    slow[name] =
      typeof value === 'function' && name !== 'constants'
        ? async (...args: unknown[]) => {
            await pause();
            try {
              return await (value as (...a: unknown[]) => unknown)(...args);
            } finally {
              await pause();
            }
          }
        : value;
  }
  return { ...slow, default: slow };
});

const { LOCK_NAME, lockFolder } = await import('../../../src/output/write-lock.js');
const { acquireLock, lockPathOf } = await import('../../../src/output/file-lock.js');

/** A lock a killed run left: its process is gone. */
const deadLock = (file: string) =>
  writeFileSync(file, JSON.stringify({ pid: spawnSync(process.execPath, ['-e', '0']).pid, host: hostname(), token: 'killed' }));

/**
 * Six holders of one process at once, `rounds` times, half of the rounds
 * starting from a lock a killed run left: how many were ever inside together.
 */
async function mostInside(take: (dir: string) => Promise<() => Promise<void>>, lockIn: (dir: string) => string, rounds: number): Promise<number> {
  let inside = 0;
  let most = 0;
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-race-'));
    if (round % 2 === 1) deadLock(lockIn(dir));
    await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (i) => {
        const release = await take(dir);
        inside++;
        most = Math.max(most, inside);
        await sleep(1 + (i % 3) * 4);
        inside--;
        await release();
      }),
    );
    expect(readdirSync(dir)).toEqual([]);
  }
  return most;
}

describe('a lock on a slow disk', () => {
  it('lets one write into a folder at a time', async () => {
    expect(await mostInside((dir) => lockFolder(dir, 'output', 60_000), (dir) => path.join(dir, LOCK_NAME), 30)).toBe(1);
  }, 120_000);
  it('lets one edit of a file at a time', async () => {
    const kpis = (dir: string) => path.join(dir, 'kpis.yaml');
    expect(await mostInside((dir) => acquireLock(kpis(dir), { waitMs: 60_000 }), (dir) => lockPathOf(kpis(dir)), 30)).toBe(1);
  }, 120_000);
});
