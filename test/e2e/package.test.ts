import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

/**
 * ztdeck as a program repository gets it: the package npm pack makes, installed
 * into an empty folder (from the npm cache where it can), then `init` and
 * `build` through npx. The tarball is packed without scripts: npm test has just
 * compiled dist/ (prepack compiles it when a package is made for real).
 */
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' };

let files: string[] = [];
let install = { stdout: '', stderr: '' };
let project = '';

beforeAll(async () => {
  const packs = mkdtempSync(path.join(tmpdir(), 'ztdeck-pack-'));
  const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], {
    cwd: repoRoot,
    env,
  });
  const info = (JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[])[0];
  files = info?.files.map((f) => f.path) ?? [];
  project = mkdtempSync(path.join(tmpdir(), 'ztdeck-project-'));
  await run(npm, ['init', '-y'], { cwd: project, env });
  install = await run(
    npm,
    ['install', '--save-dev', '--prefer-offline', '--no-audit', path.join(packs, info?.filename ?? '')],
    { cwd: project, env, maxBuffer: 16 << 20 },
  );
}, 600_000);

describe('the npm package', () => {
  it('ships the compiled code, catalog, templates, example, images and licence, and no source maps', () => {
    expect(files).toContain('dist/bin.js');
    expect(files).toContain('LICENSE');
    expect(files).toContain('data/program.yaml');
    expect(files.some((f) => f.startsWith('docs/images/'))).toBe(true);
    expect(files.some((f) => f.startsWith('templates/default/'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') && !f.startsWith('src/catalog/builtin/'))).toEqual([]);
  });

  it('ships what its README links to and shows', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((t) => !files.includes(t))).toEqual([]);
  });

  it('runs nothing at install: prepack builds, prepare is gone', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      license: string;
    };
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.scripts.install ?? pkg.scripts.postinstall ?? pkg.scripts.preinstall).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/build/);
    expect(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
  });

  it('installs into an empty project without a warning of its own making', () => {
    const warnings = install.stderr.split('\n').filter((l) => /warn/i.test(l));
    expect(warnings.filter((l) => /ztdeck|prepare|install script|lifecycle/i.test(l))).toEqual([]);
    expect(existsSync(path.join(project, 'node_modules', 'ztdeck', 'dist', 'bin.js'))).toBe(true);
  });

  it('creates and builds a new program with npx', async () => {
    await run('npx', ['ztdeck', 'init', 'program'], { cwd: project, env });
    const built = await run('npx', ['ztdeck', 'build', 'program', '--out', 'output'], { cwd: project, env });
    expect(built.stderr).toMatch(/Built: deck of \d+ slides/);
    expect(readdirSync(path.join(project, 'output')).some((f) => f.endsWith('.pptx'))).toBe(true);
  }, 120_000);
});
