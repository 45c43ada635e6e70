import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixturesDir, repoRoot, runCli, STACK_LINE, type CliResult } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { declareSize, makePotx } from '../helpers/potx.js';

/**
 * Issue 10: a template, a corporate .potx or a program must never read a file
 * outside its folder or CI's environment, run forever, or take the machine's
 * memory; a failure writes nothing. Each case asserts the exit code, the
 * message, a time bound (the test's timeout) and that nothing was left behind.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-security-'));
const SECRET = `ztdeck-canary-${process.pid}-secret`;
const env = { ZTDECK_TEST_SECRET: SECRET };

/** A template that extends default, with the given files (a Buffer or text; a `link:` value makes a symbolic link). */
function template(files: Record<string, string>): string {
  const dir = path.join(tmp(), 'tpl');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'template.yaml'), 'name: hostile\nextends: default\n');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    if (content.startsWith('link:')) symlinkSync(content.slice(5), path.join(dir, rel));
    else if (content === 'fifo') execFileSync('mkfifo', [path.join(dir, rel)]);
    else writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

async function buildWith(args: string[]): Promise<CliResult & { out: string }> {
  const out = path.join(tmp(), 'out');
  const r = await runCli(['build', '--out', out, '--format', 'pptx,html,md', ...args], { env });
  return { ...r, out };
}

function expectRefused(r: CliResult & { out: string }, code: string): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toContain(`[${code}]`);
  expect(r.stderr).not.toMatch(STACK_LINE);
  expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
  expect(`${r.stdout}${r.stderr}`).not.toContain('root:x:0:0');
  expect(existsSync(r.out), 'nothing written').toBe(false);
}

describe('template files are read inside the template folder only', () => {
  it.concurrent.each([
    ['a note linked to /etc/passwd', 'text/notes/title.hbs', 'link:/etc/passwd'],
    ['a partial linked to /etc/passwd', 'text/partials/leak.hbs', 'link:/etc/passwd'],
    ['a report template linked to /etc/passwd', 'reports/report.html.hbs', 'link:/etc/passwd'],
    ['strings.yaml linked to the environment', 'text/strings.yaml', 'link:/proc/self/environ'],
    ['theme.yaml linked to the environment', 'theme.yaml', 'link:/proc/self/environ'],
    ['deck.yaml linked to /dev/zero', 'deck.yaml', 'link:/dev/zero'],
    ['a partial that is a FIFO', 'text/partials/wait.hbs', 'fifo'],
  ])('refuses %s', { timeout: 20_000 }, async (_, rel, content) => {
    const r = await buildWith(['--template', template({ [rel]: content })]);
    expectRefused(r, 'unsafe-file');
    expect(r.stderr).toContain(rel);
  });
  it('reports every refused file in one run', async () => {
    const r = await buildWith([
      '--template',
      template({
        'text/notes/title.hbs': 'link:/etc/passwd',
        'text/strings.yaml': 'link:/proc/self/environ',
        'reports/summary.md.hbs': 'link:/dev/zero',
      }),
    ]);
    expectRefused(r, 'unsafe-file');
    expect(r.stderr.match(/\[unsafe-file\]/g)).toHaveLength(3);
  });
  it('follows a link that stays inside the folder', async () => {
    const dir = template({
      'shared/title.hbs': 'Shared note for {{program.organization}}',
      'text/notes/title.hbs': 'link:../../shared/title.hbs',
    });
    const r = await buildWith(['--template', dir]);
    expect(r.code, r.stderr).toBe(0);
  });
  it('refuses a text template over 256 KiB instead of cutting it', async () => {
    const r = await buildWith(['--template', template({ 'text/notes/title.hbs': 'x'.repeat(300 * 1024) })]);
    expectRefused(r, 'file-too-large');
  });
  it('refuses an absolute path in extends', async () => {
    const dir = template({});
    writeFileSync(
      path.join(dir, 'template.yaml'),
      `name: hostile\nextends: ${path.join(repoRoot, 'templates', 'default')}\n`,
    );
    const r = await buildWith(['--template', dir]);
    expectRefused(r, 'invalid-value');
    expect(r.stderr).toMatch(/template\.yaml:2:10 error \[invalid-value\] extends: .* is an absolute path/);
  });
  it('says "too deep", not "a circle", for a long chain of templates', async () => {
    const root = tmp();
    for (let i = 0; i < 12; i++) {
      mkdirSync(path.join(root, `t${i}`));
      writeFileSync(
        path.join(root, `t${i}`, 'template.yaml'),
        `name: t${i}\nextends: ${i === 11 ? 'default' : `../t${i + 1}`}\n`,
      );
    }
    const r = await buildWith(['--template', path.join(root, 't0')]);
    expectRefused(r, 'template-cycle');
    expect(r.stderr).toContain('extend each other more than 10 deep');
  });
});

describe('template rendering is bounded', () => {
  it('stops partials that include each other many times over, quickly', { timeout: 20_000 }, async () => {
    const files: Record<string, string> = { 'text/partials/p9.hbs': 'x' };
    for (let i = 0; i < 9; i++) files[`text/partials/p${i}.hbs`] = `{{> p${i + 1}}}`.repeat(10);
    files['text/notes/title.hbs'] = '{{> p0}}';
    const started = performance.now();
    const r = await buildWith(['--template', template(files)]);
    expectRefused(r, 'template-error');
    expect(r.stderr).toContain('included more than 5000 times');
    expect(performance.now() - started).toBeLessThan(15_000);
  });
  it('answers a block on a plain value instead of failing with a JavaScript error', async () => {
    const r = await buildWith([
      '--template',
      template({ 'text/notes/title.hbs': '{{#program}}{{organization}}{{/program}}' }),
    ]);
    expect(r.code, r.stderr).toBe(0);
  });
  it('refuses an SVG logo that passes the content check but cannot be drawn', async () => {
    const r = await buildWith([
      '--template',
      template({
        'theme.yaml': 'logo: assets/logo.svg\n',
        'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10"',
      }),
    ]);
    expectRefused(r, 'template-asset');
    expect(r.stderr).toContain('theme.yaml:1:7 error [template-asset] logo: the SVG cannot be drawn');
  });
});

describe('report.html and summary.md keep data as data', async () => {
  const program = copyOfExample();
  writeFileSync(
    path.join(program, 'highlights.yaml'),
    [
      'highlights:',
      '  - "Visit https://evil.example/login or www.evil.example, ask @octocat and ops@example.com"',
      '  - "line one\\rline two\\u2028three"',
      '  - "---"',
      '',
    ].join('\n'),
  );
  const withScript = template({
    'reports/report.html.hbs':
      '<!doctype html><html><head><title>x</title><script src="https://cdn.example/x.js"></script></head><body>{{program.name}}</body></html>',
  });
  const out = path.join(tmp(), 'out');
  const r = await runCli(['build', program, '--out', out, '--format', 'html,md', '--template', withScript]);

  it('escapes links, mentions, line breaks and rules in summary.md', () => {
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(md).toContain('https\\://evil.example/login');
    expect(md).toContain('www\\.evil.example');
    expect(md).toContain('@&#8203;octocat');
    // Highlights are items of the ranked "since" list: numbered, each on one line.
    expect(md).toMatch(/\n\d+\. line one line two three\n/);
    expect(md).toMatch(/\n\d+\. \\---\n/);
  });
  it('gives report.html a policy that forbids scripts and remote loads, before anything else in its head, and leaves the script out', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(html.indexOf('<meta charset'));
    expect(html).toContain("default-src 'none'; script-src 'none'");
    expect(html).not.toContain('<script');
    expect(html).not.toContain('cdn.example');
  });
  it('warns that the template holds a script, where', () => {
    expect(r.stderr).toMatch(
      /report\.html\.hbs:1:44 warning \[template-unsafe-html\] the report template writes a <script> element; report\.html runs no script, so it was left out/,
    );
  });
  it('warns about nothing in the shipped templates', async () => {
    const plain = await runCli(['build', '--out', path.join(tmp(), 'o'), '--format', 'html']);
    expect(plain.stderr).not.toContain('template-unsafe-html');
  });
});

describe('template import reads a hostile package safely', () => {
  const importing = async (bytes: Uint8Array, name = 'corp', extra: string[] = []) => {
    const dir = tmp();
    const file = path.join(dir, 'corp.potx');
    writeFileSync(file, bytes);
    const templates = path.join(dir, 'templates');
    return { ...(await runCli(['template', 'import', file, '--name', name, '--dir', templates, ...extra])), templates };
  };
  const png = () => {
    const canvas = createCanvas(120, 40);
    canvas.getContext('2d').fillRect(0, 0, 120, 40);
    return canvas.toBuffer('image/png');
  };

  it('imports a sound package', async () => {
    const r = await importing(makePotx({ picture: png() }));
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(r.templates, 'corp')).sort()).toEqual(['assets', 'template.yaml', 'theme.yaml']);
  });
  it.concurrent.each(['(a+)+$', '(', '.*', 'rId2"|x'])(
    'treats the relationship id %j as text, not as a pattern',
    { timeout: 15_000 },
    async (id) => {
      const r = await importing(makePotx({ picture: png(), embedId: id }));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('a 120×40 logo');
      expect(r.stderr).not.toContain('Invalid regular expression');
    },
  );
  // Issue 21, item 12: one picture past the cap is left out with a note; the import goes on without it.
  it('stops inflating a picture past the cap, and leaves it out', { timeout: 20_000 }, async () => {
    const r = await importing(makePotx({ picture: new Uint8Array(40 * 1024 * 1024) }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ppt/media/image1.png (larger than 32 MiB)');
    expect(r.stderr).toContain('no logo');
  });
  it('stops it too when the package lies about its size', { timeout: 20_000 }, async () => {
    const r = await importing(declareSize(makePotx({ picture: new Uint8Array(40 * 1024 * 1024) }), 100));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('ppt/media/image1.png (larger than 32 MiB)');
  });
  it('keeps a line break in the scheme name inside a comment', async () => {
    const r = await importing(makePotx({ schemeName: 'Brand\nlocale: xx-YY', picture: png() }));
    expect(r.code, r.stderr).toBe(0);
    const meta = readFileSync(path.join(r.templates, 'corp', 'template.yaml'), 'utf8');
    expect(meta).not.toMatch(/^locale:/m);
    expect(Object.keys(parse(meta) as object)).toEqual(['name', 'description', 'extends']);
  });
  it('checks the template before writing it: a font name too long to load leaves nothing behind', async () => {
    const r = await importing(makePotx({ majorFont: 'F'.repeat(100) }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[invalid-text]');
    expect(existsSync(r.templates)).toBe(false);
  });
  it('refuses --name default, which would hide the template it extends, before writing', async () => {
    const r = await importing(makePotx(), 'default');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would hide the template it extends');
    expect(existsSync(r.templates)).toBe(false);
  });
  it('wraps a file that is not a zip in its own words', async () => {
    const r = await importing(new TextEncoder().encode('not a zip at all'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it is not a zip package');
    expect(r.stderr).not.toMatch(/jszip|Stuk/i);
  });
});

describe('program files', () => {
  it('follows a link that stays inside the program folder', async () => {
    const program = copyOfExample();
    execFileSync('mv', [path.join(program, 'kpis.yaml'), path.join(program, 'shared-kpis.txt')]);
    symlinkSync('shared-kpis.txt', path.join(program, 'kpis.yaml'));
    const r = await runCli(['validate', program]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('8 KPIs');
  });
  it('refuses links that leave it, and names each, never skipping one silently', async () => {
    const program = copyOfExample();
    const outside = path.join(tmp(), 'kpis.yaml');
    cpSync(path.join(program, 'kpis.yaml'), outside);
    execFileSync('rm', [path.join(program, 'kpis.yaml'), path.join(program, 'program.yaml')]);
    symlinkSync(outside, path.join(program, 'kpis.yaml'));
    symlinkSync('/proc/self/environ', path.join(program, 'program.yaml'));
    const r = await runCli(['validate', program], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kpis\.yaml error \[unsafe-file\] the file is a link that leads out of its folder/);
    expect(r.stderr).toMatch(/program\.yaml error \[unsafe-file\]/);
    expect(r.stderr).not.toContain(SECRET);
  });
  it('refuses values that would crash a renderer: a year past 2099, a KPI of 1.7e308', async () => {
    const program = copyOfExample();
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(path.join(program, file), readFileSync(path.join(program, file), 'utf8').replace(from, to));
    edit('program.yaml', 'date: 2026-11-20', 'date: 2100-11-20');
    edit('kpis.yaml', 'target: 75', 'target: 1.7e308');
    const out = path.join(tmp(), 'out');
    const r = await runCli(['build', program, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('reporting.date: "2100-11-20" is not a real date from 1980 to 2099');
    expect(r.stderr).toMatch(/target is 1\.7e\+308; it must be from -1,000,000,000,000 to 1,000,000,000,000/);
    expect(existsSync(out)).toBe(false);
  });
  it('refuses more decisions than the limit, with the count', async () => {
    const program = copyOfExample();
    const many = Array.from(
      { length: 101 },
      (_, i) => `  d${i}:\n    title: Decision ${i}\n    asked_of: CFO\n    needed_by: 2026-12-01\n`,
    ).join('');
    writeFileSync(path.join(program, 'decisions.yaml'), `decisions:\n${many}`);
    const r = await runCli(['validate', program]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('decisions: holds 101 decisions; at most 100 are allowed');
  });
  it('stops 1 MB of nested brackets fast, and quotes a short excerpt of the line', { timeout: 15_000 }, async () => {
    const program = copyOfExample();
    writeFileSync(path.join(program, 'highlights.yaml'), `highlights: ${'['.repeat(1000 * 1000)}`);
    const started = performance.now();
    const r = await runCli(['validate', program]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[yaml-too-deep]');
    expect(Math.max(...r.stderr.split('\n').map((l) => l.length))).toBeLessThan(200);
  });
  it('reads a file with classic Mac line endings (CR only)', async () => {
    const program = copyOfExample();
    const file = path.join(program, 'highlights.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r'));
    const r = await runCli(['validate', program]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('states and output folders', () => {
  it('refuses ".." in the folder of a revision instead of reading the working folder', async () => {
    const r = await runCli(['diff', 'HEAD~1:data/../data']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('climbs with ".."');
  });
  it('says plainly that --out is a file', async () => {
    const file = path.join(tmp(), 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli(['build', '--out', file, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('is a file, not a folder');
    expect(r.stderr).not.toContain('EEXIST');
  });
});

/** Every file under a folder and a hash of its bytes. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        path.relative(dir, path.join(e.parentPath, e.name)),
        createHash('sha256')
          .update(readFileSync(path.join(e.parentPath, e.name)))
          .digest('hex'),
      ]),
  );
}

describe('a build that cannot write', () => {
  it(
    'on a full disk (a file size limit), keeps the previous set whole and leaves nothing behind',
    { timeout: 60_000 },
    async () => {
      const out = path.join(tmp(), 'out');
      expect((await runCli(['build', '--out', out, '--quiet'])).code).toBe(0);
      const before = hashes(out);
      // A chart of an earlier run (its list names it): were charts/ replaced, it would be gone.
      writeFileSync(path.join(out, 'charts', 'kpi-old.png'), 'an earlier run');
      const list = path.join(out, 'charts', '.ztdeck-files.json');
      const listed = JSON.parse(readFileSync(list, 'utf8')) as { files: string[] };
      writeFileSync(list, JSON.stringify({ files: [...listed.files, 'kpi-old.png'] }));
      const r = await new Promise<CliResult>((resolve) => {
        execFile(
          'bash',
          [
            '-c',
            `ulimit -f 300 && exec "${process.execPath}" "${path.join(repoRoot, 'dist', 'bin.js')}" build --out "${out}" --since HEAD`,
          ],
          { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } },
          (error, stdout, stderr) =>
            resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr }),
        );
      });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/cannot write the outputs in .* \(EFBIG\); nothing was changed/);
      const after = hashes(out);
      delete after['charts/kpi-old.png'];
      delete after['charts/.ztdeck-files.json'];
      delete before['charts/.ztdeck-files.json'];
      expect(after).toEqual(before);
      expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    },
  );
});

describe('fixtures stay what the tests expect', () => {
  it('the hostile fixtures hold no link that leaves the repository', () => {
    const links = execFileSync('find', [path.join(fixturesDir), '-type', 'l'], { encoding: 'utf8' }).trim();
    expect(links).toBe('');
  });
});
