import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNED_LIST } from '../../../src/output/owned-folder.js';
import { writeFiles } from '../../../src/output/write-files.js';
import { CHART_FILE } from '../../../src/pipeline/outputs.js';
import type { UserError } from '../../../src/problems/user-error.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-owned-'));
const build = (dir: string, charts = ['overall-progress', 'kpi-mfa-coverage']) =>
  writeFiles(
    [
      { path: path.join(dir, 'summary.json'), content: '{}' },
      ...charts.map((c) => ({ path: path.join(dir, 'charts', `${c}.png`), content: c })),
    ],
    { overwrite: true, ownedFolders: [{ path: path.join(dir, 'charts'), earlierNames: CHART_FILE }] },
  );
/** Every file and folder under `dir` with the content of the files. */
const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), e.isFile() ? readFileSync(full, 'utf8') : e.isDirectory() ? 'folder' : 'link'];
    }),
  );
const refusal = async (dir: string) => {
  const before = tree(dir);
  const error = (await build(dir).catch((e: unknown) => e)) as UserError;
  expect(error.kind).toBe('output');
  expect(error.problems[0]).toMatchObject({ code: 'output-foreign' });
  expect(tree(dir)).toEqual(before);
  return `${error.problems[0]?.message} / ${error.problems[0]?.hint}`;
};

describe('a folder ztdeck replaces whole holds only what ztdeck wrote', () => {
  it("refuses a Helm chart's charts/ (an --out . in a repository), touches nothing and writes nothing", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'charts', 'web', 'templates'), { recursive: true });
    writeFileSync(path.join(dir, 'charts', 'web', 'Chart.yaml'), 'name: web');
    writeFileSync(path.join(dir, 'charts', 'web', 'templates', 'deployment.yaml'), 'kind: Deployment');
    writeFileSync(path.join(dir, 'charts', 'db-1.2.3.tgz'), 'packed');
    expect(await refusal(dir)).toBe(
      `${path.join(dir, 'charts')}/ holds what ztdeck did not write: db-1.2.3.tgz, web/; nothing was written / ztdeck replaces charts/ whole on each build: build into another folder (--out), or move this one away`,
    );
  });
  it('replaces the folder it wrote, by its list of files', async () => {
    const dir = tmp();
    await build(dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'charts', OWNED_LIST), 'utf8')).files).toEqual([
      'kpi-mfa-coverage.png',
      'overall-progress.png',
    ]);
    await build(dir, ['status-mix']);
    expect(readdirSync(path.join(dir, 'charts')).sort()).toEqual([OWNED_LIST, 'status-mix.png']);
  });
  it('refuses a file its list does not name, even one named like a chart, and says which', async () => {
    const dir = tmp();
    await build(dir);
    writeFileSync(path.join(dir, 'charts', 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, 'charts', 'kpi-from-elsewhere.png'), 'mine');
    expect(await refusal(dir)).toMatch(/charts\/ holds what ztdeck did not write: kpi-from-elsewhere\.png, notes\.txt;/);
  });
  it('refuses a file that took the place of a listed one as a link', async () => {
    const dir = tmp();
    await build(dir);
    const chart = path.join(dir, 'charts', 'overall-progress.png');
    writeFileSync(path.join(dir, 'mine.png'), 'mine');
    rmSync(chart);
    symlinkSync(path.join(dir, 'mine.png'), chart);
    expect(await refusal(dir)).toMatch(/holds what ztdeck did not write: overall-progress\.png;/);
  });
  it("lets a file manager's own files go with the folder", async () => {
    const dir = tmp();
    await build(dir);
    writeFileSync(path.join(dir, 'charts', '.DS_Store'), 'finder');
    await build(dir);
    expect(readdirSync(path.join(dir, 'charts'))).not.toContain('.DS_Store');
  });
  it("takes a folder an earlier ztdeck left without a list when it holds only ztdeck's chart names", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'charts'));
    for (const name of ['overall-progress.png', 'status-by-stage-secure-remote-hybrid-work.png', 'kpi-old.png'])
      writeFileSync(path.join(dir, 'charts', name), 'old');
    await build(dir);
    expect(readdirSync(path.join(dir, 'charts')).sort()).toEqual([OWNED_LIST, 'kpi-mfa-coverage.png', 'overall-progress.png']);
  });
  it('refuses such a folder when anything else is in it', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'charts', 'old'), { recursive: true });
    writeFileSync(path.join(dir, 'charts', 'overall-progress.png'), 'old');
    writeFileSync(path.join(dir, 'charts', 'logo.png'), 'mine');
    expect(await refusal(dir)).toMatch(/holds what ztdeck did not write: logo\.png, old\/;/);
  });
  it('refuses a charts that is a file or a link', async () => {
    const file = tmp();
    writeFileSync(path.join(file, 'charts'), 'a file');
    expect(await refusal(file)).toMatch(/charts is a file, not a folder ztdeck made; nothing was written/);
    const link = tmp();
    mkdirSync(path.join(link, 'elsewhere'));
    symlinkSync(path.join(link, 'elsewhere'), path.join(link, 'charts'));
    expect(await refusal(link)).toMatch(/charts is a link, not a folder ztdeck made/);
  });
  it('names at most four files, however many there are', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'charts'));
    for (let i = 0; i < 50; i++) writeFileSync(path.join(dir, 'charts', `f${String(i).padStart(2, '0')}.txt`), '');
    expect(await refusal(dir)).toMatch(/holds what ztdeck did not write: f00\.txt, f01\.txt, f02\.txt, f03\.txt and more;/);
  });
});

