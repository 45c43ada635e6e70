import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-e2e-'));

describe.concurrent('ztdeck validate', () => {
  it('accepts the example in data/ (the default folder)', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^data is valid: 5 scenarios, \d+ objectives, \d+ KPIs, \d+ risks \(0 errors, 0 warnings\)\n$/,
    );
  });
  it('exits 0 with warnings, and prints them', async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    const file = path.join(dir, 'scenarios', 'secure-remote-hybrid-work.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  register-devices:\n    status: blocked\n`);
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [blocked-without-blocker]');
    expect(r.stderr).toContain('(0 errors, 1 warning)');
  });
  it('prints GitHub annotations with --format github', async () => {
    const r = await runCli(['validate', '.', '--format', 'github'], {
      cwd: path.join(fixturesDir, 'invalid', 'unknown-status'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '::error file=scenarios/secure-remote-hybrid-work.yaml,line=12,col=13,title=ztdeck invalid-value::objectives.saas-sso.status: "completed" is not a valid choice (did you mean "complete"? use one of: not-started, in-progress, at-risk, blocked, complete, not-applicable)\n',
    );
  });
  it('prints the problems as one JSON document on stdout with --format json, and exits 1 on errors', async () => {
    const r = await runCli(['validate', '.', '--format', 'json'], {
      cwd: path.join(fixturesDir, 'invalid', 'percent-out-of-range'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      schema: 'ztdeck.validate/1',
      errors: 1,
      warnings: 0,
      problems: [
        {
          code: 'out-of-range',
          severity: 'error',
          message: 'objectives.saas-sso.percent is 140; it must be from 0 to 100',
          hint: 'change the number to fit the allowed range',
          file: 'scenarios/secure-remote-hybrid-work.yaml',
          line: 13,
          column: 14,
        },
      ],
    });
  });
  it('prints a JSON document with no problems on success, and nothing on stderr', async () => {
    const r = await runCli(['validate', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'ztdeck.validate/1', errors: 0, warnings: 0, problems: [] });
  });
  it('counts warnings in the JSON document, and exits 0 with warnings only', async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    const file = path.join(dir, 'scenarios', 'secure-remote-hybrid-work.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  register-devices:\n    status: blocked\n`);
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      errors: number;
      warnings: number;
      problems: { code: string; line: number }[];
    };
    expect([doc.errors, doc.warnings]).toEqual([0, 1]);
    expect(doc.problems).toMatchObject([{ code: 'blocked-without-blocker', line: 16 }]);
  });
  it('reports a missing folder and a file given as a folder', async () => {
    const missing = await runCli(['validate', 'no-such-folder']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error [path-not-found] the program folder no-such-folder does not exist');
    const file = await runCli(['validate', 'package.json']);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('[path-not-a-folder]');
  });
  it('refuses a file over the size limit before parsing it', async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'highlights.yaml'), `highlights:\n${'  - A highlight that repeats\n'.repeat(40_000)}`);
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/highlights\.yaml error \[file-too-large\] the file is 1\.1 MiB; the limit is 1\.0 MiB/);
  });
  it('warns about a misspelt file name', async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'kpi.yaml'), 'kpis: {}\n');
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning [unknown-file] kpi.yaml is not a ztdeck file and is ignored');
  });
});

describe('ztdeck catalog', () => {
  it('lists the five scenarios', async () => {
    const r = await runCli(['catalog']);
    expect(r.code).toBe(0);
    for (const id of [
      'rapidly-modernize-security-posture',
      'secure-remote-hybrid-work',
      'identify-protect-sensitive-business-data',
      'prevent-reduce-business-damage-breach',
      'meet-regulatory-compliance-requirements',
    ]) {
      expect(r.stdout).toContain(id);
    }
    expect(r.stdout).toContain('78 objectives');
  });
  it("shows one scenario's stages and objective ids", async () => {
    const r = await runCli(['catalog', 'secure-remote-hybrid-work']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Stage 1\n {2}strong-authentication +Verify and secure every identity with strong authentication/,
    );
    expect(r.stdout).toContain('passwordless');
  });
  it('prints JSON', async () => {
    const r = await runCli(['catalog', '--json']);
    expect((JSON.parse(r.stdout) as { scenarios: unknown[] }).scenarios).toHaveLength(5);
  });
  it('suggests the scenario id on a typo and exits 2', async () => {
    const r = await runCli(['catalog', 'secure-remote-work']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "secure-remote-hybrid-work"?');
    expect(r.stdout).toBe('');
  });
  it("lists the catalog a program's program.yaml names", async () => {
    const r = await runCli(['catalog', '--data', path.join(fixturesDir, 'valid', 'custom-catalog')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ACME security baseline (acme-security-baseline): 2 scenarios, 3 stages, 8 objectives');
  });
  it("lists a program's own catalog", async () => {
    const r = await runCli([
      'catalog',
      '--catalog',
      'acme-security-baseline',
      '--data',
      path.join(fixturesDir, 'valid', 'custom-catalog'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ACME security baseline (acme-security-baseline): 2 scenarios, 3 stages, 8 objectives');
  });
});

describe('ztdeck init', () => {
  it('creates a program that validates, with schemas', async () => {
    const dir = path.join(tmp(), 'program');
    const r = await runCli(['init', dir, '--organization', 'R&D <Team>', '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'decisions.yaml',
      'highlights.yaml',
      'kpis.yaml',
      'program.yaml',
      'risks.yaml',
      'scenarios',
      'schema',
    ]);
    expect(readdirSync(path.join(dir, 'scenarios'))).toHaveLength(5);
    expect(readFileSync(path.join(dir, 'program.yaml'), 'utf8')).toContain('organization: R&D <Team>');
    const v = await runCli(['validate', dir]);
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('5 scenarios, 78 objectives');
  });
  it('refuses to overwrite and changes nothing', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'program.yaml'), 'mine\n');
    const before = statSync(path.join(dir, 'program.yaml')).mtimeMs;
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[output-exists] this file already exists');
    expect(readFileSync(path.join(dir, 'program.yaml'), 'utf8')).toBe('mine\n');
    expect(statSync(path.join(dir, 'program.yaml')).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['program.yaml']);
  });
  it('checks --date', async () => {
    const r = await runCli(['init', tmp(), '--date', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 2026-02-30 is not a date');
  });
});

describe('ztdeck schema', () => {
  it('prints one schema', async () => {
    const r = await runCli(['schema', '--stdout', 'risks']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'ztdeck risk register', type: 'object' });
  });
  it('writes every schema into a folder', async () => {
    const dir = tmp();
    const r = await runCli(['schema', '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(7);
  });
  it("uses the catalog the program's program.yaml names; --catalog still wins", async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'valid', 'custom-catalog'), dir, { recursive: true });
    const r = await runCli(['schema', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(catalog acme-security-baseline, named in program.yaml)');
    const scenarioIds = (file: string) =>
      (
        JSON.parse(readFileSync(path.join(dir, 'schema', file), 'utf8')) as {
          properties: { scenario: { enum: string[] } };
        }
      ).properties.scenario.enum;
    expect(scenarioIds('scenario.schema.json')).toEqual(['workplace', 'supply-chain']);
    const explicit = await runCli(['schema', dir, '--catalog', 'microsoft-zero-trust-adoption']);
    expect(explicit.code).toBe(0);
    expect(explicit.stderr).toContain('(catalog microsoft-zero-trust-adoption, from --catalog)');
    expect(scenarioIds('scenario.schema.json')).toContain('secure-remote-hybrid-work');
  });
  it('refuses a catalog program.yaml names that does not exist, where it is named, and writes nothing', async () => {
    const dir = tmp();
    cpSync(path.join(fixturesDir, 'invalid', 'unknown-catalog'), dir, { recursive: true });
    const r = await runCli(['schema', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('program.yaml:3:10 error [unknown-catalog] there is no catalog "microsoft-zero-trust"');
    expect(r.stderr).toContain('did you mean "microsoft-zero-trust-adoption"?');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir)).not.toContain('schema');
  });
});

describe('the command line', () => {
  it('is an executable binary, as npx and npm link run it', () => {
    expect(statSync(path.join(repoRoot, 'dist', 'bin.js')).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(repoRoot, 'dist', 'bin.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
  it('exits 2 on an unknown command or option, without a stack trace', async () => {
    for (const args of [['frobnicate'], ['validate', '--colour'], ['validate', '--format', 'xml']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
  it('prints the version and help', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
  });
});
