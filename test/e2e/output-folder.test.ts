import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runCli, STACK_LINE, type CliResult } from '../helpers/cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-out-'));
const data = path.join(repoRoot, 'data');
const minimal = path.join(fixturesDir, 'valid', 'minimal');
const LIST = '.ztdeck-files.json';
/** Every file under a folder with its bytes as text. */
const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        path.relative(dir, path.join(e.parentPath, e.name)),
        readFileSync(path.join(e.parentPath, e.name), 'latin1'),
      ]),
  );
/** A process that writes a set through the built library's writer, starting at the same moment as the others. */
const writer = (out: string, tag: string, at: number): Promise<CliResult> =>
  new Promise((resolve) => {
    const script = `
      const { writeFiles } = await import(${JSON.stringify(path.join(repoRoot, 'dist', 'index.js'))});
      const out = ${JSON.stringify(out)};
      const files = [{ path: out + '/summary.json', content: '${tag}' }];
      for (let i = 0; i < 12; i++) files.push({ path: out + '/charts/kpi-c' + i + '.png', content: '${tag}' });
      while (Date.now() < ${at}) await new Promise((r) => setTimeout(r, 1));
      await writeFiles(files, { overwrite: true, ownedFolders: [{ path: out + '/charts' }] });`;
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('writes that share an output folder', () => {
  it(
    'processes writing at the same moment take turns: every one succeeds and the folder ends whole',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < 5; round++) {
        const out = path.join(tmp(), 'out');
        const at = Date.now() + 1500;
        const runs = await Promise.all([1, 2, 3, 4].map((i) => writer(out, `v${i}`, at)));
        for (const r of runs) expect(r.code, r.stderr).toBe(0);
        const files = tree(out);
        const tag = files['summary.json'];
        expect(Object.keys(files).sort()).toEqual(
          ['summary.json', `charts/${LIST}`, ...Array.from({ length: 12 }, (_, i) => `charts/kpi-c${i}.png`)].sort(),
        );
        for (const [name, content] of Object.entries(files)) if (name.endsWith('.png')) expect(content).toBe(tag);
      }
    },
  );
  it(
    'builds at once: each writes a whole set or says another build is writing, and the folder ends whole',
    { timeout: 300_000 },
    async () => {
      const out = path.join(tmp(), 'out');
      for (let round = 0; round < 2; round++) {
        const runs = await Promise.all(
          [1, 2, 3, 4].map(() => runCli(['build', minimal, '--out', out, '--format', 'png,json', '--quiet'])),
        );
        for (const r of runs) {
          expect(r.stderr).not.toMatch(STACK_LINE);
          if (r.code !== 0) {
            expect(r.code, r.stderr).toBe(3);
            expect(r.stderr).toContain('[output-locked] another ztdeck build is writing in');
          }
        }
        expect(runs.some((r) => r.code === 0)).toBe(true);
        // The set of the build that went last: every chart its list names, and nothing else.
        const list = JSON.parse(readFileSync(path.join(out, 'charts', LIST), 'utf8')) as { files: string[] };
        expect(list.files.length).toBeGreaterThanOrEqual(5);
        expect(readdirSync(path.join(out, 'charts')).sort()).toEqual([LIST, ...list.files].sort());
        expect(readdirSync(out).sort()).toEqual(['charts', 'summary.json']);
      }
    },
  );
  it("refuses to replace a charts/ folder it did not write (a Helm chart's, with --out .), and writes nothing", async () => {
    const repo = tmp();
    mkdirSync(path.join(repo, 'charts', 'web', 'templates'), { recursive: true });
    writeFileSync(path.join(repo, 'charts', 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\n');
    writeFileSync(path.join(repo, 'charts', 'web', 'templates', 'deployment.yaml'), 'kind: Deployment\n');
    writeFileSync(path.join(repo, 'README.md'), '# infra\n');
    const before = tree(repo);
    const r = await runCli(['build', data, '--out', '.'], { cwd: repo });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'charts error [output-foreign] charts/ holds what ztdeck did not write: web/; nothing was written',
    );
    expect(r.stderr).toContain(
      'hint: ztdeck replaces charts/ whole on each build: build into another folder (--out), or move this one away',
    );
    expect(tree(repo)).toEqual(before);
    expect(readdirSync(repo).sort()).toEqual(['README.md', 'charts']);
  });
});
