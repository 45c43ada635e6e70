#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the CLI's entry (dist/bin.js) and
// its worker threads' (dist/charts/png-worker.js, dist/batch/worker.js) with
// the libraries they import, each in place of tsc's file, the code they share
// and what they import only when asked (a dynamic import: an output's sink, a
// command) in chunks under dist/chunks/. A build then loads about 130 files
// instead of about 520: Node resolves, reads and compiles each ES module on
// its own, and that was a seventh of a deck-only build. The library
// (dist/index.js) stays as tsc wrote it.
//
// Left outside the bundle, loaded from node_modules: pptxgenjs and the JSZip it
// requires (render/pptx/pptxgen.ts teaches that very JSZip a new output type),
// the native canvas, and exceljs (the tracker's workbooks, loaded only there).
//
// dist/chunks.json says which packages each file under dist/ holds, for the
// test that checks which libraries a build loads (test/e2e/module-load.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild-wasm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = ['bin', 'charts/png-worker', 'batch/worker'];

const banner =
  "import { createRequire as __ztdeckCreateRequire } from 'node:module'; const require = __ztdeckCreateRequire(import.meta.url);";
// Its input is tsc's output: bundling a bundle again would declare the banner's names twice.
if (readFileSync(path.join(root, 'dist', 'bin.js'), 'utf8').includes('__ztdeckCreateRequire'))
  throw new Error('dist/ is bundled already: run npm run build, which compiles it afresh');

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map((e) => [e, `dist/${e}.js`])),
  outdir: 'dist',
  allowOverwrite: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pptxgenjs', 'jszip', '@napi-rs/canvas', 'exceljs'],
  // A CommonJS library inside an ES module (yaml's Node build, commander) still requires Node's own modules.
  banner: { js: banner },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
const chunks = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .map(([file, { inputs }]) => [
      path.relative('dist', file).split(path.sep).join('/'),
      [...new Set(Object.keys(inputs).map(packageOf).filter(Boolean))].sort(),
    ])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(path.join(root, 'dist', 'chunks.json'), `${JSON.stringify(chunks, null, 2)}\n`);
