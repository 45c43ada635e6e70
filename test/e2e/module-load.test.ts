import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

// Work not asked for is not done: a build loads only the libraries of the outputs it makes.
const scratch = mkdtempSync(path.join(tmpdir(), 'ztdeck-modules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The packages each file of the CLI's bundle holds (written by npm run build,
 * scripts/bundle.mjs): a library bundled into a chunk is loaded when the chunk is.
 */
const chunks = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'chunks.json'), 'utf8')) as Record<string, string[]>;
const distUrl = pathToFileURL(path.join(repoRoot, 'dist')).href + '/';

/** The npm packages a build of the example loads, in every thread, for one --format. */
async function packagesLoaded(format: string): Promise<Set<string>> {
  return packagesLoadedBy(
    ['build', 'data', '--format', format, '--out', path.join(scratch, format), '--quiet'],
    format,
  );
}

/** The npm packages a command line loads, in every thread. */
async function packagesLoadedBy(argv: string[], name: string): Promise<Set<string>> {
  const log = path.join(scratch, `${name}.log`);
  const result = await runCli(argv, {
    nodeArgs: ['--import', path.join(repoRoot, 'test', 'helpers', 'record-modules.mjs')],
    env: { ZTDECK_MODULE_LOG: log },
  });
  expect(result.code, result.stderr).toBe(0);
  const loaded = readFileSync(log, 'utf8').split('\n');
  const bundled = loaded
    .filter((url) => url.startsWith(distUrl))
    .flatMap((url) => chunks[url.slice(distUrl.length)] ?? []);
  expect(bundled.length, 'the bundle holds the libraries (dist/chunks.json)').toBeGreaterThan(0);
  return new Set([
    ...bundled,
    ...loaded.flatMap((line) => [...line.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1] ?? '')),
  ]);
}

const CHARTS = ['@napi-rs/canvas', 'chart.js', 'chartjs-chart-matrix'];
const DECK = ['pptxgenjs', 'fflate', 'jszip'];

describe('the libraries a command loads', () => {
  it('--version: only the command line parser, no command', async () => {
    expect([...(await packagesLoadedBy(['--version'], 'version'))]).toEqual(['commander']);
  });
});

describe('the libraries a build loads', () => {
  it('json: the numbers, with neither the deck nor the charts', async () => {
    const loaded = await packagesLoaded('json');
    expect(loaded.has('yaml') && loaded.has('zod')).toBe(true);
    for (const p of [...CHARTS, ...DECK, 'fast-xml-parser', 'parse5']) expect(loaded.has(p), p).toBe(false);
  });
  it('md: no deck and no charts', async () => {
    const loaded = await packagesLoaded('md');
    expect(loaded.has('handlebars')).toBe(true);
    for (const p of [...CHARTS, ...DECK, 'parse5']) expect(loaded.has(p), p).toBe(false);
  });
  it('pptx: native charts, so no canvas and no Chart.js', async () => {
    const loaded = await packagesLoaded('pptx');
    expect(loaded.has('pptxgenjs') && loaded.has('fflate')).toBe(true);
    for (const p of CHARTS) expect(loaded.has(p), p).toBe(false);
  });
  it('png: the canvas and Chart.js, and no deck', async () => {
    const loaded = await packagesLoaded('png');
    for (const p of CHARTS) expect(loaded.has(p), p).toBe(true);
    for (const p of DECK) expect(loaded.has(p), p).toBe(false);
  });
});
