import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { writeFiles, type OutputFile } from '../../../src/output/write-files.js';
import { LOCK_NAME, lockFolder } from '../../../src/output/write-lock.js';
import type { UserError } from '../../../src/problems/user-error.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-lock-'));
const set = (dir: string, tag: string, charts: readonly string[]): OutputFile[] => [
  { path: path.join(dir, 'deck.pptx'), content: `deck ${tag}` },
  ...charts.map((c) => ({ path: path.join(dir, 'charts', `${c}.png`), content: `${c} ${tag}` })),
];
const write = (dir: string, tag: string, charts: readonly string[], lockWaitMs?: number) =>
  writeFiles(set(dir, tag, charts), {
    overwrite: true,
    ownedFolders: [{ path: path.join(dir, 'charts') }],
    ...(lockWaitMs === undefined ? {} : { lockWaitMs }),
  });
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
/** A pid no process has: one of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
const lockAs = (dir: string, pid: number, host = hostname()) =>
  writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid, host, token: 'someone-else' }));

describe('one write at a time in a folder', () => {
  it('four writes at once into one folder all succeed, one after the other, and leave one whole set', async () => {
    const charts = ['a', 'b', 'c'];
    for (let round = 0; round < 15; round++) {
      const dir = tmp();
      await write(dir, 'v0', charts);
      const results = await Promise.allSettled([1, 2, 3, 4].map((i) => write(dir, `v${i}`, charts)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect(readdirSync(dir).sort()).toEqual(['charts', 'deck.pptx']);
      expect(readdirSync(path.join(dir, 'charts')).sort()).toEqual(['.ztdeck-files.json', 'a.png', 'b.png', 'c.png']);
      // Every file is of the write that went last.
      const tag = /v\d/.exec(readFileSync(path.join(dir, 'deck.pptx'), 'utf8'))?.[0];
      for (const c of charts) expect(readFileSync(path.join(dir, 'charts', `${c}.png`), 'utf8')).toBe(`${c} ${tag}`);
    }
  });
  it('lets one holder in at a time, also while a holder releases (six writes of one process, 25 rounds)', async () => {
    let inside = 0;
    let most = 0;
    for (let round = 0; round < 25; round++) {
      const dir = tmp();
      await Promise.all(
        [0, 1, 2, 3, 4, 5].map(async (i) => {
          const release = await lockFolder(dir, 'output', 30_000);
          inside++;
          most = Math.max(most, inside);
          for (let k = 0; k <= i % 3; k++) await tick();
          inside--;
          await release();
        }),
      );
      expect(readdirSync(dir)).toEqual([]);
    }
    expect(most).toBe(1);
  });
  it('refuses in words when another live process holds the folder, and writes nothing', async () => {
    const dir = tmp();
    lockAs(dir, process.ppid);
    const error = (await write(dir, 'v1', ['a'], 100).catch((e: unknown) => e)) as UserError;
    expect(error.kind).toBe('output');
    expect(error.problems[0]).toMatchObject({ code: 'output-locked' });
    expect(error.problems[0]?.message).toMatch(
      new RegExp(`^another ztdeck build is writing in .*/ \\(process ${process.ppid} on ${hostname()}\\); waited 0 s for it, nothing was written$`),
    );
    expect(error.problems[0]?.hint).toContain(`if no ztdeck is running, delete ${path.join(dir, LOCK_NAME)}`);
    expect(files(dir)).toEqual([LOCK_NAME]);
  });
  it('takes over the lock of a process that is gone', async () => {
    const dir = tmp();
    lockAs(dir, deadPid());
    await write(dir, 'v1', ['a'], 0);
    expect(files(dir)).toEqual(['charts', 'charts/.ztdeck-files.json', 'charts/a.png', 'deck.pptx']);
  });
  it('takes over a lock with its own pid that it does not hold (a container restarted as pid 1)', async () => {
    const dir = tmp();
    lockAs(dir, process.pid);
    await write(dir, 'v1', ['a'], 0);
    expect(files(dir)).not.toContain(LOCK_NAME);
  });
  it('waits for a lock it cannot read (being written), and takes it over once it is old', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, LOCK_NAME), '');
    await expect(write(dir, 'v1', ['a'], 50)).rejects.toMatchObject({ problems: [{ code: 'output-locked' }] });
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(path.join(dir, LOCK_NAME), anHourAgo, anHourAgo);
    await write(dir, 'v1', ['a'], 0);
    expect(files(dir)).not.toContain(LOCK_NAME);
  });
  it('removes a lock breaker a killed run left in the folder', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, `${LOCK_NAME}-break`), JSON.stringify({ pid: deadPid(), host: hostname(), token: 'killed' }));
    await write(dir, 'v1', ['a'], 0);
    expect(files(dir)).toEqual(['charts', 'charts/.ztdeck-files.json', 'charts/a.png', 'deck.pptx']);
  });
  it("waits for another machine's lock (its processes cannot be seen from here)", async () => {
    const dir = tmp();
    lockAs(dir, deadPid(), 'another-machine');
    await expect(write(dir, 'v1', ['a'], 50)).rejects.toMatchObject({ problems: [{ code: 'output-locked' }] });
  });
});
