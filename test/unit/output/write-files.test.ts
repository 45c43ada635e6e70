import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNED_LIST as LIST } from '../../../src/output/owned-folder.js';
import { writeFiles, type OutputFile } from '../../../src/output/write-files.js';
import { UserError } from '../../../src/problems/user-error.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-write-'));
const options = { overwrite: true } as const;
const set = (dir: string, tag: string): OutputFile[] => [
  { path: path.join(dir, 'deck.pptx'), content: `deck ${tag}` },
  { path: path.join(dir, 'report.html'), content: `report ${tag}` },
  { path: path.join(dir, 'charts', 'a.png'), content: `chart a ${tag}` },
];
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));

describe('writeFiles writes a set as one', () => {
  it('writes every file, and leaves no staging folder', async () => {
    const dir = tmp();
    await writeFiles(set(dir, 'v1'), options);
    expect(snapshot(dir)).toEqual({ 'deck.pptx': 'deck v1', 'report.html': 'report v1', 'charts/a.png': 'chart a v1' });
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
  it('puts every replaced file back when one cannot be replaced', async () => {
    const dir = tmp();
    await writeFiles(set(dir, 'v1'), options);
    const before = snapshot(dir);
    // report.html becomes a folder: the deck is swapped in first, then the report fails, and the deck must come back.
    rmSync(path.join(dir, 'report.html'));
    mkdirSync(path.join(dir, 'report.html'));
    delete before['report.html'];
    const error = await writeFiles(set(dir, 'v2'), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems[0]?.message).toMatch(/cannot replace the outputs .*the previous files were kept/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
  it('refuses an output folder that is a file, in words', async () => {
    const file = path.join(tmp(), 'out');
    writeFileSync(file, 'x');
    const error = await writeFiles(set(file, 'v1'), options).catch((e: unknown) => e) as UserError;
    expect(error.problems[0]).toMatchObject({ code: 'path-not-a-folder' });
    expect(error.problems[0]?.message).toContain('is a file, not a folder');
  });
  it('replaces an owned folder whole, so a file of an earlier run does not linger', async () => {
    const dir = tmp();
    const owned = { ...options, ownedFolders: [{ path: path.join(dir, 'charts') }] };
    await writeFiles([...set(dir, 'v1'), { path: path.join(dir, 'charts', 'kpi-removed.png'), content: 'old' }], owned);
    await writeFiles(set(dir, 'v2'), owned);
    expect(readdirSync(path.join(dir, 'charts'))).toEqual([LIST, 'a.png']);
    expect(JSON.parse(readFileSync(path.join(dir, 'charts', LIST), 'utf8'))).toMatchObject({ files: ['a.png'] });
  });
  it('stages an owned folder even when the set has nothing in it', async () => {
    const dir = tmp();
    const owned = { ...options, ownedFolders: [{ path: path.join(dir, 'charts') }] };
    await writeFiles(set(dir, 'v1'), owned);
    await writeFiles([{ path: path.join(dir, 'deck.pptx'), content: 'd' }], owned);
    expect(readdirSync(path.join(dir, 'charts'))).toEqual([LIST]);
  });
  it('writes a set that lies only inside an owned folder (a PNG-only build)', async () => {
    const dir = tmp();
    await writeFiles([{ path: path.join(dir, 'charts', 'a.png'), content: 'a' }], { ...options, ownedFolders: [{ path: path.join(dir, 'charts') }] });
    expect(Object.keys(snapshot(dir)).sort()).toEqual([`charts/${LIST}`, 'charts/a.png']);
  });
  it('removes what killed runs left: staging folders of dead processes and old temporary files', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, '.ztdeck-staging-999999999-abcd', 'charts'), { recursive: true });
    writeFileSync(path.join(dir, 'deck.pptx.0123456789ab.tmp'), 'half');
    mkdirSync(path.join(dir, `.ztdeck-staging-${process.pid}-live`));
    await writeFiles(set(dir, 'v1'), options);
    expect(readdirSync(dir).sort()).toEqual([`.ztdeck-staging-${process.pid}-live`, 'charts', 'deck.pptx', 'report.html']);
  });
  it('creates nothing when the first write fails in a folder it made', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'new');
    const files: OutputFile[] = [{ path: path.join(dir, 'a.txt'), content: 'a' }, { path: path.join(dir, 'a.txt', 'b.txt'), content: 'b' }];
    await expect(writeFiles(files, options)).rejects.toBeInstanceOf(UserError);
    expect(existsSync(dir)).toBe(false);
  });
  it('without overwrite, refuses before writing anything', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'report.html'), 'mine');
    await expect(writeFiles(set(dir, 'v1'), { ...options, overwrite: false })).rejects.toMatchObject({ problems: [{ code: 'output-exists' }] });
    expect(snapshot(dir)).toEqual({ 'report.html': 'mine' });
  });
  it('writes nothing when stopped (build --watch on Ctrl-C) before its files are renamed in', async () => {
    const dir = tmp();
    await writeFiles(set(dir, 'v1'), options);
    const before = snapshot(dir);
    const stop = new AbortController();
    stop.abort();
    await expect(writeFiles(set(dir, 'v2'), { ...options, signal: stop.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
