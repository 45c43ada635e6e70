import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakerOf, breakStale, clearStaleBreaker, readLock } from '../../../src/output/lock-break.js';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-break-')), '.ztdeck-lock');
const holder = (pid: number, token = 'x') => JSON.stringify({ pid, host: hostname(), token });
/** A pid no process has: one of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
const anHourAgo = () => new Date(Date.now() - 3600_000);

describe('breaking a stale lock', () => {
  it('removes the lock judged stale, and leaves no breaker', async () => {
    const lock = lockIn();
    writeFileSync(lock, holder(deadPid()));
    const judged = await readLock(lock);
    expect(judged?.owner?.token).toBe('x');
    expect(await breakStale(lock, judged!)).toBe(true);
    expect(readdirSync(path.dirname(lock))).toEqual([]);
  });
  it('leaves a lock taken anew after it was judged, even one with the same text', async () => {
    const lock = lockIn();
    writeFileSync(lock, holder(deadPid()));
    const judged = (await readLock(lock))!;
    unlinkSync(lock);
    writeFileSync(lock, judged.text);
    utimesSync(lock, anHourAgo(), anHourAgo());
    expect(await breakStale(lock, judged)).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(judged.text);
    expect(readdirSync(path.dirname(lock))).toEqual(['.ztdeck-lock']);
  });
  it('waits its turn while another live run is breaking it', async () => {
    const lock = lockIn();
    writeFileSync(lock, holder(deadPid()));
    writeFileSync(breakerOf(lock), holder(process.ppid));
    expect(await breakStale(lock, (await readLock(lock))!)).toBe(false);
    expect(readdirSync(path.dirname(lock)).sort()).toEqual(['.ztdeck-lock', '.ztdeck-lock-break']);
  });
  it('clears a breaker left by a killed run, or one too old to be held, and keeps a live one', async () => {
    const lock = lockIn();
    writeFileSync(breakerOf(lock), holder(deadPid()));
    await clearStaleBreaker(breakerOf(lock));
    expect(existsSync(breakerOf(lock))).toBe(false);
    writeFileSync(breakerOf(lock), holder(process.ppid));
    await clearStaleBreaker(breakerOf(lock));
    expect(existsSync(breakerOf(lock))).toBe(true);
    utimesSync(breakerOf(lock), anHourAgo(), anHourAgo());
    await clearStaleBreaker(breakerOf(lock));
    expect(existsSync(breakerOf(lock))).toBe(false);
  });
  it('reads a lock that names no holder with its text and age, and no lock where there is none', async () => {
    const lock = lockIn();
    writeFileSync(lock, 'not json');
    utimesSync(lock, anHourAgo(), anHourAgo());
    const seen = await readLock(lock);
    expect(seen).toMatchObject({ text: 'not json', owner: undefined });
    expect(seen!.age).toBeGreaterThan(3500_000);
    expect(await readLock(`${lock}-none`)).toBeUndefined();
  });
});
