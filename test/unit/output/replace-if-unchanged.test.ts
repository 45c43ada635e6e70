import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf } from '../../../src/output/file-lock.js';
import { replaceIfUnchanged } from '../../../src/output/replace-if-unchanged.js';
import { UserError } from '../../../src/problems/user-error.js';

const kpisIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-swap-')), 'kpis.yaml');
const bytes = (s: string) => new TextEncoder().encode(s);
const dotFiles = (file: string) => readdirSync(path.dirname(file)).filter((n) => n.startsWith('.'));
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid ?? 0;
const holder = (pid: number, host = hostname()) => JSON.stringify({ pid, host, token: 'someone-else' });

/** An edit made as the import makes it: read, change, swap; made again from the new bytes when the file changed. */
async function appendLine(file: string, line: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const before = readFileSync(file);
    if ((await replaceIfUnchanged(file, before, `${before.toString()}${line}\n`)) === 'written') return attempt;
  }
}

describe('replaceIfUnchanged: a compare-and-swap of one file under its lock', () => {
  it('writes only over the bytes the edit was made from', async () => {
    const file = kpisIn();
    expect(await replaceIfUnchanged(file, undefined, 'v1\n')).toBe('written');
    expect(await replaceIfUnchanged(file, undefined, 'other\n')).toBe('changed');
    expect(await replaceIfUnchanged(file, bytes('v0\n'), 'other\n')).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('v1\n');
    expect(await replaceIfUnchanged(file, bytes('v1\n'), 'v2\n')).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('v2\n');
    expect(dotFiles(file)).toEqual([]);
  });
  it('keeps the permissions of the file it replaces', async () => {
    const file = kpisIn();
    writeFileSync(file, 'v1\n');
    chmodSync(file, 0o640);
    await replaceIfUnchanged(file, bytes('v1\n'), 'v2\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
  it('loses no edit of many made at once', async () => {
    const file = kpisIn();
    writeFileSync(file, 'kpis:\n');
    const lines = Array.from({ length: 25 }, (_, i) => `  line-${i}: ${i}`);
    const attempts = await Promise.all(lines.map((l) => appendLine(file, l)));
    const written = readFileSync(file, 'utf8').split('\n');
    expect([...written].sort()).toEqual(['', 'kpis:', ...lines].sort());
    // Some edits were made again: the file had changed under them.
    expect(Math.max(...attempts)).toBeGreaterThan(1);
    expect(dotFiles(file)).toEqual([]);
  });
  it('waits for a live holder of the lock, then refuses in words, writing nothing', async () => {
    const file = kpisIn();
    writeFileSync(file, 'v1\n');
    writeFileSync(lockPathOf(file), holder(process.pid));
    const error = await replaceIfUnchanged(file, bytes('v1\n'), 'v2\n', { waitMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [p] = (error as UserError).problems;
    expect(p?.code).toBe('write-failed');
    expect(p?.message).toMatch(
      new RegExp(`kpis\\.yaml is being written by another ztdeck process \\(process ${process.pid} on .+\\); waited 200 ms, nothing was written$`),
    );
    expect(p?.hint).toMatch(/if none is running, delete .*\.kpis\.yaml\.ztdeck-lock$/);
    expect(readFileSync(file, 'utf8')).toBe('v1\n');
    expect(readFileSync(lockPathOf(file), 'utf8')).toBe(holder(process.pid));
  });
  it('takes over a lock whose process is gone, or that is older than the stale age', async () => {
    const file = kpisIn();
    writeFileSync(file, 'v1\n');
    writeFileSync(lockPathOf(file), holder(deadPid()));
    expect(await replaceIfUnchanged(file, bytes('v1\n'), 'v2\n', { waitMs: 200 })).toBe('written');
    writeFileSync(lockPathOf(file), holder(process.pid, 'another-host'));
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockPathOf(file), old, old);
    expect(await replaceIfUnchanged(file, bytes('v2\n'), 'v3\n', { waitMs: 200, staleMs: 60_000 })).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('v3\n');
    expect(dotFiles(file)).toEqual([]);
  });
  it('removes a temporary file a killed run left beside the file', async () => {
    const file = kpisIn();
    writeFileSync(file, 'v1\n');
    writeFileSync(path.join(path.dirname(file), `.kpis.yaml.ztdeck-new-${deadPid()}-0123abcd`), 'half');
    await replaceIfUnchanged(file, bytes('v1\n'), 'v2\n');
    expect(dotFiles(file)).toEqual([]);
  });
});
