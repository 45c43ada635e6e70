import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'ztdeck-watch-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

/** `ztdeck build --watch` as a user runs it, with a way to wait for what it prints (no sleeping, no clocks). */
function watching(cwd: string, args: readonly string[]) {
  const child = spawn(process.execPath, [binPath, 'build', ...args, '--watch'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  children.push(child);
  let stderr = '';
  let stdout = '';
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  child.stderr.on('data', (d: Buffer) => ((stderr += d.toString()), wake()));
  child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), wake()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (wake(), resolve(code))));
  return {
    child,
    exited,
    stderr: () => stderr,
    stdout: () => stdout,
    /** Resolves once stderr holds `count` lines matching `line`; fails if the process ends first. */
    until(line: RegExp, count = 1): Promise<void> {
      const global = new RegExp(line.source, 'gm');
      return new Promise((resolve, reject) => {
        const check = () => {
          if ((stderr.match(global) ?? []).length >= count) resolve();
          else if (child.exitCode !== null)
            reject(new Error(`ztdeck exited (${child.exitCode}) before ${line}:\n${stderr}`));
          else waiters.push(check);
        };
        check();
      });
    },
  };
}

/** Every file under a folder, by its path inside it. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else out.set(r, readFileSync(path.join(dir, r)));
    }
  };
  walk('');
  return out;
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differ = [...expected].filter(([name, bytes]) => !actual.get(name)?.equals(bytes)).map(([name]) => name);
  expect(differ).toEqual([]);
}

const SCENARIO = path.join('data', 'scenarios', 'identify-protect-sensitive-business-data.yaml');
const OBJECTIVE = /( {2}label-m365-data:.*\n {4}status: )[a-z-]+/;
const DECK = 'alder-finch-logistics-2026-11-20.pptx';

/** The program with one objective's status set. */
function setStatus(dir: string, status: string): void {
  const file = path.join(dir, SCENARIO);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(OBJECTIVE);
  writeFileSync(file, text.replace(OBJECTIVE, `$1${status}`));
}

/** What a cold `ztdeck build` of the same folder writes. */
async function coldBuild(cwd: string, name: string, extra: readonly string[] = []): Promise<Map<string, Buffer>> {
  const out = path.join(scratch, name);
  const r = await runCli(['build', 'data', '--out', out, ...extra], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return filesOf(out);
}

describe('ztdeck build --watch', () => {
  it('rebuilds once per change, the bytes of a cold build; keeps the last good outputs on an error; stops on Ctrl-C', async () => {
    const dir = path.join(scratch, 'program');
    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    const out = path.join(dir, 'output');
    const w = watching(dir, ['data']);

    await w.until(/^Watching data\/ for changes/);
    expect(w.stderr()).toMatch(/^Built: deck of \d+ slides/m);
    expect(w.stdout()).toContain(`Wrote output/${DECK}`);
    const initial = filesOf(out);
    expect(initial.has(DECK)).toBe(true);

    // One status changes: one rebuild, whose outputs are what a cold build of the same data writes.
    setStatus(dir, 'at-risk');
    await w.until(
      /^Rebuilt in [\d.]+ s after data\/scenarios\/identify-protect-sensitive-business-data\.yaml changed: wrote deck of \d+ slides/,
    );
    const rebuilt = filesOf(out);
    expect(rebuilt.get(DECK)?.equals(initial.get(DECK) ?? Buffer.alloc(0))).toBe(false);
    expectSameFiles(rebuilt, await coldBuild(dir, 'cold-at-risk'));

    // An invalid status: the problem, located, and every output left as it was.
    setStatus(dir, 'bogus');
    await w.until(
      /^Not rebuilt after data\/scenarios\/identify-protect-sensitive-business-data\.yaml changed \([\d.]+ s\): kept the last good outputs$/,
    );
    expect(w.stderr()).toMatch(
      /^data\/scenarios\/identify-protect-sensitive-business-data\.yaml:\d+:\d+ error \[invalid-value\] objectives\.label-m365-data\.status: "bogus" is not a valid choice$/m,
    );
    expect(w.stderr()).not.toMatch(STACK_LINE);
    expectSameFiles(filesOf(out), rebuilt);
    // The first change gave exactly one rebuild (the failed one came after it).
    expect(w.stderr().match(/^Rebuilt in/gm)).toHaveLength(1);

    // Fixed: rebuilt, back to the first deck's bytes.
    setStatus(dir, 'in-progress');
    await w.until(/^Rebuilt in/, 2);
    expectSameFiles(filesOf(out), initial);

    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    expect(w.stderr()).toMatch(/^Stopped watching$/m);
    expect(w.stderr().match(/^Rebuilt in/gm)).toHaveLength(2);
  });

  it("rebuilds when a file of the program's own template changes", async () => {
    const dir = path.join(scratch, 'branded');
    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    const template = path.join(dir, 'templates', 'brand');
    mkdirSync(template, { recursive: true });
    writeFileSync(path.join(template, 'template.yaml'), 'name: brand\nextends: default\n');
    writeFileSync(path.join(template, 'theme.yaml'), 'colors:\n  text: "1F2937"\n');
    const args = ['--template', 'templates/brand', '--format', 'pptx,png'];
    const w = watching(dir, ['data', ...args]);
    await w.until(/^Watching data\/ and templates\/brand\/ for changes/);
    const before = filesOf(path.join(dir, 'output'));

    writeFileSync(path.join(template, 'theme.yaml'), 'colors:\n  text: "0B1A33"\n');
    await w.until(/^Rebuilt in [\d.]+ s after templates\/brand\/theme\.yaml changed/);
    const after = filesOf(path.join(dir, 'output'));
    expect(after.get(DECK)?.equals(before.get(DECK) ?? Buffer.alloc(0))).toBe(false);
    expectSameFiles(after, await coldBuild(dir, 'cold-brand', args));

    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
  });

  it('is refused with several programs or with --check, as a usage error', async () => {
    const several = await runCli(['build', 'data', 'data', '--watch']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--watch builds one program, not several');
    const check = await runCli(['build', 'data', '--check', '--watch']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('--watch cannot be used with --check');
  });
});
