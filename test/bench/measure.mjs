// node test/bench/measure.mjs (after npm run build): the font measurer of
// src/render/fonts against text-fit's Carlito-only textWidthIn, on the strings a
// deck measures (every string of the built-in catalog and the example data),
// 10^5 measurements each way, several rounds; prints the median time and the ratio.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (process.argv.includes('--setup')) {
  // A child: the one-time cost a build pays, loading the module and resolving its first two fonts.
  const started = performance.now();
  const fonts = await import(path.join(root, 'dist/render/fonts/index.js'));
  const loaded = performance.now();
  fonts.fontMetrics('Calibri');
  fonts.fontMetrics('Calibri Light');
  console.log(JSON.stringify([loaded - started, performance.now() - loaded]));
  process.exit(0);
}
const { textWidthIn } = await import(path.join(root, 'dist/render/text-fit.js'));
const { fontMetrics, textWidthPt } = await import(path.join(root, 'dist/render/fonts/index.js'));

function strings(value, out) {
  if (typeof value === 'string' && value.trim()) out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}
function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}
const corpus = [...yamlFiles(path.join(root, 'src/catalog/builtin')), ...yamlFiles(path.join(root, 'data'))].flatMap(
  (file) => strings(parse(readFileSync(file, 'utf8')), []),
);
// Word wrapping measures growing prefixes of each string, as text-fit's wrap does.
const samples = corpus.flatMap((s) => {
  const words = s.split(/\s+/);
  return words.map((_, i) => words.slice(0, i + 1).join(' '));
});

const N = 100_000;
const ROUNDS = 7;
const PROCESSES = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const contenders = {
  'text-fit textWidthIn (Carlito only)': () => (s, bold) => textWidthIn(s, 12, bold),
  'fonts textWidthPt, Calibri metrics': () => {
    const f = fontMetrics('Calibri').metrics;
    return (s, bold) => textWidthPt(s, f, 12, bold) / 72;
  },
  'fonts textWidthPt, Arial metrics': () => {
    const f = fontMetrics('Arial').metrics;
    return (s, bold) => textWidthPt(s, f, 12, bold) / 72;
  },
  'fonts textWidthPt, Segoe UI metrics': () => {
    const f = fontMetrics('Segoe UI').metrics;
    return (s, bold) => textWidthPt(s, f, 12, bold) / 72;
  },
  "fonts textWidthPt, 'Arial' by name": () => (s, bold) => textWidthPt(s, 'Arial', 12, bold) / 72,
};

const only = process.argv.indexOf('--only');
if (only > 0) {
  // A child: one contender alone in its process, so no other one shares its JIT feedback.
  const measure = contenders[process.argv[only + 1]]();
  // A function per round rather than a loop at the top level, which V8 can only optimize on stack replacement.
  const round = () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += measure(samples[i % samples.length], (i & 7) === 0);
    return sum;
  };
  let sink = 0;
  const times = [];
  for (let r = 0; r <= ROUNDS; r++) {
    const started = performance.now();
    sink += round();
    if (r > 0) times.push(performance.now() - started); // round 0 warms up, over every sample
  }
  if (Number.isNaN(sink)) throw new Error('a measurement was NaN');
  console.log(JSON.stringify(median(times)));
} else {
  const { execFileSync } = await import('node:child_process');
  const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let p = 0; p < PROCESSES; p++) {
    for (const name of Object.keys(contenders)) {
      runs[name].push(
        JSON.parse(
          execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--only', name], { encoding: 'utf8' }),
        ),
      );
    }
  }
  const chars = samples.reduce((n, s) => n + s.length, 0) / samples.length;
  console.log(
    `${samples.length} strings (average ${chars.toFixed(0)} characters); ${N} measurements a round; median of ${ROUNDS} rounds in each of ${PROCESSES} processes per contender, interleaved`,
  );
  const before = median(Object.values(runs)[0]);
  for (const [name, times] of Object.entries(runs)) {
    const ms = median(times);
    console.log(
      `${name.padEnd(40)} ${ms.toFixed(1).padStart(6)} ms  ${(ms / before).toFixed(2)} ×   (runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }
  const setups = Array.from({ length: PROCESSES }, () =>
    JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--setup'], { encoding: 'utf8' })),
  );
  console.log(
    `once per build: loading the module ${median(setups.map(([load]) => load)).toFixed(1)} ms, resolving two fonts ${median(setups.map(([, first]) => first)).toFixed(1)} ms (median of ${PROCESSES} processes)`,
  );
}
