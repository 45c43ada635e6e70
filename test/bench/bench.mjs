// npm run bench: how fast ztdeck is, against its floor and its peers, measured
// in one run on this machine. Prints a table and writes output/bench.json.
// Every figure is the median of several runs; every ratio compares figures of
// this run. Not a test: nothing here passes or fails.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { syntheticProgram } from './synthetic.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const here = (f) => path.join(root, 'test', 'bench', f);
const scratch = [];
const tmp = (name) => {
  const d = mkdtempSync(path.join(tmpdir(), `ztdeck-bench-${name}-`));
  scratch.push(d);
  return d;
};
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs a node script `times` times; returns wall seconds, peak memory (MiB) and the last output. */
async function timed(args, times = RUNS) {
  const walls = [];
  const rss = [];
  let last;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    last = await run(process.execPath, args, {
      cwd: root,
      maxBuffer: 64 << 20,
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
    });
    walls.push((performance.now() - started) / 1000);
    const m = /\{"maxRssKiB":(\d+)\}/.exec(last.stderr);
    if (m) rss.push(Number(m[1]) / 1024);
  }
  return {
    seconds: median(walls),
    runs: walls.map((w) => round(w)),
    peakMiB: rss.length ? round(median(rss), 1) : null,
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

const report = {
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  runs: RUNS,
};
const rows = [];
const row = (what, value, against, ratio, target) =>
  rows.push([what, value, against ?? '', ratio === undefined ? '' : `${round(ratio, 2)}×`, target ?? '']);
// The headline rows, printed first though they need figures measured later.
const headline = [];
const topRow = (...args) => {
  row(...args);
  headline.push(rows.pop());
};

// 1. The full example build, as a user runs it, against the floor; and the deck alone (what CI often asks for).
const full = await timed([here('run-cli.mjs'), 'build', 'data', '--out', tmp('full')]);
const [, slides, charts] = /deck of (\d+) slides with (\d+) charts/.exec(full.stderr) ?? [];
const floor = await timed([here('floor.mjs'), slides, charts, path.join(tmp('floor'), 'floor.pptx')]);
const deckOnly = await timed([here('run-cli.mjs'), 'build', 'data', '--out', tmp('deck'), '--format', 'pptx']);
report.full = {
  seconds: round(full.seconds),
  runs: full.runs,
  peakMiB: full.peakMiB,
  slides: Number(slides),
  charts: Number(charts),
};
report.deckOnly = { seconds: round(deckOnly.seconds), runs: deckOnly.runs, peakMiB: deckOnly.peakMiB };
report.floor = { seconds: round(floor.seconds), runs: floor.runs, peakMiB: floor.peakMiB };
// 2. Each stage's share: the pipeline run stage after stage in one process (nothing overlaps, so the shares add up).
const stageRuns = [];
for (let i = 0; i < RUNS; i++)
  stageRuns.push(
    JSON.parse((await run(process.execPath, [here('stages.mjs'), 'data', tmp('stages')], { cwd: root })).stdout),
  );
const stageNames = Object.keys(stageRuns[0].stages);
report.stages = Object.fromEntries(stageNames.map((s) => [s, round(median(stageRuns.map((r) => r.stages[s])))]));
const stagesTotal = Object.values(report.stages).reduce((a, b) => a + b, 0);
for (const s of stageNames)
  row(
    `  stage: ${s}`,
    `${round(report.stages[s], 3)} s`,
    `of ${round(stagesTotal, 2)} s in a row`,
    undefined,
    `${Math.round((report.stages[s] / stagesTotal) * 100)}%`,
  );
// Measuring and wrapping text in the template's fonts, inside the deck stage (issue 13 asks for at most 10 %).
report.textLayout = round(median(stageRuns.map((r) => r.textLayout)));
row(
  '    of which measuring text',
  `${round(report.textLayout, 3)} s`,
  `of the deck's ${round(report.stages['deck (pptx)'], 3)} s`,
  undefined,
  `${Math.round((report.textLayout / report.stages['deck (pptx)']) * 100)}%`,
);

// 3. Scaling: 1×, 4× and 16× the example's objectives, KPI values and risks.
report.scaling = { '1x': { seconds: report.full.seconds, peakMiB: report.full.peakMiB, slides: report.full.slides } };
for (const k of [4, 16]) {
  const dir = syntheticProgram(path.join(root, 'data'), k);
  scratch.push(path.dirname(dir));
  const r = await timed([here('run-cli.mjs'), 'build', dir, '--out', tmp(`scale${k}`)]);
  const slideCount = /deck of (\d+) slides/.exec(r.stderr)?.[1];
  report.scaling[`${k}x`] = { seconds: round(r.seconds), peakMiB: r.peakMiB, slides: Number(slideCount) };
}
for (const k of [4, 16]) {
  const s = report.scaling[`${k}x`];
  row(
    `${k}× the objectives`,
    `${round(s.seconds, 2)} s, ${s.peakMiB} MiB, ${s.slides} slides`,
    `1× ${round(report.scaling['1x'].seconds, 2)} s`,
    s.seconds / report.scaling['1x'].seconds,
    `≤ ${k}×`,
  );
}

// 4. Chart drawing per chart, against Chart.js on a bare canvas drawing the same charts.
const ours = JSON.parse(
  (await run(process.execPath, [here('charts.mjs'), 'data', String(RUNS)], { cwd: root })).stdout,
);
const bare = JSON.parse(
  (await run(process.execPath, [here('bare-chart.mjs'), 'data', String(RUNS)], { cwd: root })).stdout,
);
report.charts = {
  count: ours.charts,
  msPerChart: round(median(ours.perChart), 1),
  bareMsPerChart: round(median(bare.perChart), 1),
};
row(
  'chart drawing, per chart',
  `${report.charts.msPerChart} ms`,
  `bare Chart.js ${report.charts.bareMsPerChart} ms`,
  report.charts.msPerChart / report.charts.bareMsPerChart,
);

// The rows of 1, now that the bare Chart.js time is known. The floor draws no PNG, so for the full build the
// fair baseline is the floor plus bare Chart.js drawing and PNG-encoding the same charts (one after the other).
const bareChartsSeconds = (report.charts.bareMsPerChart * report.charts.count) / 1000;
report.fairFloor = { seconds: round(floor.seconds + bareChartsSeconds), bareChartsSeconds: round(bareChartsSeconds) };
topRow(
  'full example build (deck, PNG charts, reports)',
  `${round(full.seconds, 2)} s`,
  `fair floor ${round(report.fairFloor.seconds, 2)} s`,
  full.seconds / report.fairFloor.seconds,
  '≤ 1.3×',
);
topRow(
  `  the same, against the floor alone`,
  `${round(full.seconds, 2)} s`,
  `floor ${round(floor.seconds, 2)} s`,
  full.seconds / floor.seconds,
  'the old ratio',
);
topRow(
  `  the fair floor: the floor + bare Chart.js, ${report.charts.count} PNGs`,
  `${round(report.fairFloor.seconds, 2)} s`,
  `floor ${round(floor.seconds, 2)} s + ${round(bareChartsSeconds, 2)} s`,
);
topRow(
  'the deck alone (--format pptx)',
  `${round(deckOnly.seconds, 2)} s`,
  `floor ${round(floor.seconds, 2)} s`,
  deckOnly.seconds / floor.seconds,
  '≤ 2.5×',
);
topRow(
  'peak memory of the full build',
  `${full.peakMiB} MiB`,
  `floor ${floor.peakMiB} MiB`,
  undefined,
  '< 250 MB (238 MiB)',
);
topRow('peak memory of the deck alone', `${deckOnly.peakMiB} MiB`, `floor ${floor.peakMiB} MiB`);
topRow(
  'peak memory of 16× the objectives (full build)',
  `${report.scaling['16x'].peakMiB} MiB`,
  `1× ${report.scaling['1x'].peakMiB} MiB`,
  undefined,
  '< 300 MB (286 MiB)',
);

// 1b. A warm rebuild (build --watch): the process built the example once, then one objective's status
// changes and it builds again, reusing what did not change (template, catalogs, chart thread, unchanged
// PNGs and deflated parts). Timed from the file's write to the outputs written, without the watch's
// debounce; the median of several rebuilds, each against the floor of a cold process.
const REBUILDS = String(Math.max(5, RUNS * 2 + 1));
const warm = JSON.parse(
  (await run(process.execPath, [here('watch.mjs'), 'data', tmp('warm'), REBUILDS], { cwd: root })).stdout,
);
const warmDeck = JSON.parse(
  (await run(process.execPath, [here('watch.mjs'), 'data', tmp('warm-deck'), REBUILDS, 'pptx'], { cwd: root })).stdout,
);
report.warmRebuild = {
  seconds: round(warm.median),
  runs: warm.seconds.map((s) => round(s)),
  chartsRedrawn: warm.redrawn,
  deckOnlySeconds: round(warmDeck.median),
  deckOnlyRuns: warmDeck.seconds.map((s) => round(s)),
};
topRow(
  'warm rebuild after one objective status change (--watch)',
  `${round(warm.median, 2)} s (${warm.redrawn} of ${warm.images} PNGs redrawn)`,
  `floor ${round(floor.seconds, 2)} s`,
  warm.median / floor.seconds,
  '< 1×',
);
topRow(
  '  the deck alone (--format pptx --watch)',
  `${round(warmDeck.median, 2)} s`,
  `floor ${round(floor.seconds, 2)} s`,
  warmDeck.median / floor.seconds,
  '< 1×',
);

// 1c. Saved to written, as a user of `build --watch` sees it: the CLI in its own process, timed from the
// scenario file's write to the new deck's rename into the output folder, the watch's wait for more saves included.
const latency = JSON.parse(
  (await run(process.execPath, [here('watch-latency.mjs'), 'data', REBUILDS, 'pptx'], { cwd: root })).stdout,
);
report.watchLatency = { deckOnlySeconds: round(latency.median), runs: latency.seconds.map((s) => round(s)) };
topRow(
  '  saved to written, the deck (build --watch --format pptx)',
  `${round(latency.median, 2)} s`,
  `floor ${round(floor.seconds, 2)} s`,
  latency.median / floor.seconds,
  '< 1×',
);

// 5. Batch: 12 programs with one worker, then with every core; and what this machine gives any two
// builds at once: the example built by two processes side by side, against one after the other.
const programs = tmp('batch');
const dirs = Array.from({ length: 12 }, (_, i) => {
  const d = path.join(programs, `program-${String(i + 1).padStart(2, '0')}`);
  cpSync(path.join(root, 'data'), d, { recursive: true });
  return d;
});
// Two runs each (a batch takes seconds; the median of two is their mean), alternating, so a slower spell of the
// machine falls on both.
const batchArgs = (out, jobs) => [
  here('run-cli.mjs'),
  'build',
  ...dirs,
  '--out',
  tmp(out),
  ...(jobs ? ['--jobs', jobs] : []),
  '--format',
  'pptx,json',
];
const oneRuns = [];
const dfltRuns = [];
for (let i = 0; i < 2; i++) {
  oneRuns.push((await timed(batchArgs('batch1', '1'), 1)).seconds);
  // The default --jobs (one worker per core).
  dfltRuns.push((await timed(batchArgs('batchD'), 1)).seconds);
}
const one = { seconds: median(oneRuns) };
const dflt = { seconds: median(dfltRuns) };
report.batch = {
  programs: 12,
  oneWorkerSeconds: round(one.seconds),
  defaultJobsSeconds: round(dflt.seconds),
  defaultWorkers: Math.min(12, availableParallelism()),
  defaultSpeedup: round(one.seconds / dflt.seconds, 2),
};
const pair = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await Promise.all(
    [0, 1].map((k) =>
      run(process.execPath, [here('run-cli.mjs'), 'build', 'data', '--out', tmp(`pair${k}`), '--format', 'pptx,json'], {
        cwd: root,
      }),
    ),
  );
  pair.push((performance.now() - started) / 1000);
}
const single = await timed([here('run-cli.mjs'), 'build', 'data', '--out', tmp('single'), '--format', 'pptx,json']);
report.machineCeiling = {
  twoAtOnceSeconds: round(median(pair)),
  oneSeconds: round(single.seconds),
  speedup: round((2 * single.seconds) / median(pair), 2),
};
row(
  `batch of 12 programs, default --jobs (${report.batch.defaultWorkers})`,
  `${round(dflt.seconds, 2)} s`,
  `1 worker ${round(one.seconds, 2)} s`,
  one.seconds / dflt.seconds,
  '≥ 1.0×',
);
row(
  '  this machine: 2 builds at once (2 processes)',
  `${round(median(pair), 2)} s`,
  `1 build ${round(single.seconds, 2)} s`,
  (2 * single.seconds) / median(pair),
  'the ceiling of any batch here',
);
report.batch.defaultOfCeiling = round(report.batch.defaultSpeedup / report.machineCeiling.speedup, 2);
row(
  '  the default speed-up, of the ceiling',
  `${report.batch.defaultSpeedup}×`,
  `ceiling ${report.machineCeiling.speedup}×`,
  report.batch.defaultOfCeiling,
  '≥ 0.9×',
);

mkdirSync(path.join(root, 'output'), { recursive: true });
writeFileSync(path.join(root, 'output', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const widths = [...headline, ...rows].reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, String(c).length)), []);
const header = ['measure', 'value', 'baseline (same run)', 'ratio', 'target'];
const line = (r) => r.map((c, i) => String(c).padEnd(Math.max(widths[i] ?? 0, header[i].length))).join('  ');
console.log(
  `ztdeck benchmark: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; median of ${RUNS} runs`,
);
console.log(line(header));
for (const r of [...headline, ...rows]) console.log(line(r));
console.log('Figures: output/bench.json');
for (const d of scratch) rmSync(d, { recursive: true, force: true });
