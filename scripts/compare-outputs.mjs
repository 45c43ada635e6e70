#!/usr/bin/env node
// Builds every output a refactoring must leave byte-identical, into a folder,
// or compares two such folders byte for byte.
//
//   node scripts/compare-outputs.mjs build <dir>     (run `npm run build` first)
//   node scripts/compare-outputs.mjs compare <a> <b> (exit 1 and the differing files)
//
// What is built, with dist/bin.js: the example (data/) in every format with its
// template and with the fixture templates; each valid fixture in every format;
// the layout matrix (test/layout/matrix.ts: its programs × the default, Arial,
// Verdana and imported brands, the deck); every committed corporate .potx
// imported by `ztdeck template import` and the example built on it; and the
// JSON Schemas of `ztdeck schema`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'bin.js');
const fixtures = path.join(root, 'test', 'fixtures');

function cli(args) {
  try {
    execFileSync(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`ztdeck ${args.join(' ')} failed:\n${e.stderr}`, { cause: e });
  }
}

function build(out) {
  if (!existsSync(bin)) throw new Error('dist/bin.js is missing: run npm run build');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const all = ['--format', 'pptx,png,html,md,json', '--quiet'];
  cli(['build', 'data', '--out', path.join(out, 'example'), ...all]);
  for (const t of ['acme', 'phases', 'one-change'])
    cli([
      'build',
      'data',
      '--template',
      path.join(fixtures, 'templates', t),
      '--out',
      path.join(out, `example-${t}`),
      ...all,
    ]);
  for (const p of readdirSync(path.join(fixtures, 'valid')).sort())
    cli(['build', path.join(fixtures, 'valid', p), '--out', path.join(out, 'valid', p), ...all]);
  const imported = path.join(out, 'imported-templates');
  const potx = readdirSync(path.join(fixtures, 'corporate-templates'))
    .filter((f) => f.endsWith('.potx'))
    .sort();
  for (const f of potx) {
    const name = f.replace(/\.potx$/, '');
    cli(['template', 'import', path.join(fixtures, 'corporate-templates', f), '--name', name, '--dir', imported]);
    cli([
      'build',
      'data',
      '--template',
      path.join(imported, name),
      '--out',
      path.join(out, 'corporate', name),
      '--format',
      'pptx',
      '--quiet',
    ]);
  }
  const layout = path.join(fixtures, 'layout');
  const brands = [
    ['default', 'default'],
    ['arial-brand', path.join(layout, 'templates', 'arial-brand')],
    ['verdana-brand', path.join(layout, 'templates', 'verdana-brand')],
    ['lo-vivid', path.join(imported, 'lo-vivid')],
    ['msgraph-training', path.join(imported, 'msgraph-training')],
  ];
  for (const [brand, folder] of brands)
    for (const p of readdirSync(path.join(layout, 'programs')).sort())
      cli([
        'build',
        path.join(layout, 'programs', p),
        '--template',
        folder,
        '--out',
        path.join(out, 'layout', brand, p),
        '--format',
        'pptx',
        '--quiet',
      ]);
  cli(['schema', 'data', '--out', path.join(out, 'schema')]);
}

function files(dir, prefix = '') {
  const out = [];
  for (const e of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = path.join(prefix, e);
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...files(dir, rel));
    else out.push(rel);
  }
  return out;
}

function compare(a, b) {
  const fa = files(a);
  const fb = new Set(files(b));
  const diff = [];
  for (const f of fa) {
    if (!fb.has(f)) diff.push(`only in ${a}: ${f}`);
    else if (!readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) diff.push(`differs: ${f}`);
    fb.delete(f);
  }
  for (const f of fb) diff.push(`only in ${b}: ${f}`);
  console.log(diff.length ? diff.join('\n') : `identical: ${fa.length} files`);
  return diff.length ? 1 : 0;
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'build' && args.length === 1) build(path.resolve(args[0]));
else if (cmd === 'compare' && args.length === 2)
  process.exitCode = compare(path.resolve(args[0]), path.resolve(args[1]));
else {
  console.error('usage: compare-outputs.mjs build <dir> | compare <a> <b>');
  process.exitCode = 2;
}
