import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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
function watching(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [binPath, 'build', ...args, '--watch'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
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
    /** Sends a signal; resolves with the exit code and how long the process took to end (a liveness bound, not a benchmark). */
    async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; ms: number }> {
      const sent = performance.now();
      child.kill(signal);
      const code = await exited;
      return { code, ms: performance.now() - sent };
    },
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

  it('refuses a watched file replaced by a pipe or a link to /dev/zero, keeps the last good outputs, and ends on Ctrl-C at once', async () => {
    const dir = path.join(scratch, 'special');
    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    const w = watching(dir, ['data', '--format', 'json,md']);
    await w.until(/^Watching data\/ for changes/);
    const good = filesOf(path.join(dir, 'output'));

    // A FIFO: opened, it would block the process for good (and Ctrl-C with it).
    rmSync(path.join(dir, 'data', 'risks.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'data', 'risks.yaml')]);
    await w.until(/^Not rebuilt after data\/risks\.yaml changed/);
    expect(w.stderr()).toMatch(/^data\/risks\.yaml error \[unsafe-file\] it is not a regular file$/m);

    // A link to /dev/zero: read whole, it would fill the memory.
    rmSync(path.join(dir, 'data', 'kpis.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'data', 'kpis.yaml'));
    await w.until(/^Not rebuilt after data\/kpis\.yaml changed/);
    expect(w.stderr()).toMatch(
      /^data\/kpis\.yaml error \[unsafe-file\] the file is a link that leads out of its folder$/m,
    );
    expect(w.stderr()).not.toMatch(STACK_LINE);
    expectSameFiles(filesOf(path.join(dir, 'output')), good);

    const { code, ms } = await w.stop('SIGINT');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(2000);
    expect(w.stderr()).toMatch(/^Stopped watching$/m);
  });

  it('ends within a second on Ctrl-C or SIGTERM while a build is under way and blocked, writing nothing', async () => {
    const dir = path.join(scratch, 'blocked');
    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    // A git that never answers: --since HEAD~1 asks it, so the first build waits on it.
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const started = path.join(dir, 'git-started');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho $$ > "${started}"\nexec sleep 30\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    try {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        rmSync(started, { force: true });
        const w = watching(dir, ['data', '--format', 'json', '--since', 'HEAD~1'], {
          PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        });
        for (let i = 0; i < 600 && !existsSync(started) && w.child.exitCode === null; i++)
          await new Promise((r) => setTimeout(r, 50));
        expect(existsSync(started), w.stderr()).toBe(true);
        const { code, ms } = await w.stop(signal);
        expect(code, w.stderr()).toBe(0);
        expect(ms).toBeLessThan(2000);
        expect(w.stderr()).toMatch(/^Stopped watching; the build under way was stopped before writing/m);
        expect(w.stderr()).not.toMatch(STACK_LINE);
        expect(existsSync(path.join(dir, 'output'))).toBe(false);
        process.kill(Number(readFileSync(started, 'utf8')), 'SIGKILL');
      }
    } finally {
      rmSync(started, { force: true });
    }
  });

  it('waits for a removed program folder to come back, builds it again, and still ends on Ctrl-C with 0', async () => {
    const dir = path.join(scratch, 'removed');
    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    const w = watching(dir, ['data', '--format', 'json']);
    await w.until(/^Watching data\/ for changes/);
    const built = filesOf(path.join(dir, 'output'));

    rmSync(path.join(dir, 'data'), { recursive: true, force: true });
    await w.until(/^The program folder data\/ is gone; waiting for it to come back$/);
    // Some time for Node to end the process had nothing held it (it used to, with code 13).
    await new Promise((r) => setTimeout(r, 500));
    expect(w.child.exitCode).toBe(null);
    expect(w.stderr()).not.toMatch(/^Not rebuilt/m);

    cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
    setStatus(dir, 'at-risk');
    await w.until(/^Rebuilt in [\d.]+ s after data\/ /);
    expect(
      filesOf(path.join(dir, 'output'))
        .get('summary.json')
        ?.equals(built.get('summary.json') ?? Buffer.alloc(0)),
    ).toBe(false);
    expectSameFiles(filesOf(path.join(dir, 'output')), await coldBuild(dir, 'cold-removed', ['--format', 'json']));

    const { code } = await w.stop('SIGINT');
    expect(code).toBe(0);
    expect(w.stderr()).not.toMatch(STACK_LINE);
  });

  it('refuses a program folder that does not exist at the start (exit 1)', async () => {
    const r = await runCli(['build', path.join(scratch, 'no-such-folder'), '--watch']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error \[path-not-found\] the program folder .*no-such-folder does not exist/);
    expect(r.stderr).not.toMatch(STACK_LINE);
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
