// A warm rebuild, as `build --watch` makes one: the process has built the
// program once and keeps its BuildCache; then one objective's status changes
// and the program is built and written again. Each rebuild is timed from the
// file's write to its outputs written (the watch's debounce, a wait for more
// saves, is left out). Prints JSON: the median and each rebuild in seconds.
//   node test/bench/watch.mjs <data-dir> <out-dir> <rebuilds> [formats]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BuildCache } from '../../dist/pipeline/build-cache.js';
import { buildAndWrite } from '../../dist/pipeline/build.js';
import { outputs } from '../../dist/pipeline/outputs.js';

const [dataDir, outDir, times = '7', formatList] = process.argv.slice(2);
const formats = formatList ? formatList.split(',') : undefined;
const scratch = mkdtempSync(path.join(tmpdir(), 'ztdeck-bench-watch-'));
const data = path.join(scratch, 'data');
cpSync(dataDir, data, { recursive: true });
const scenario = path.join(data, 'scenarios', 'identify-protect-sensitive-business-data.yaml');
const original = readFileSync(scenario, 'utf8');
const target = /( {2}label-m365-data:.*\n {4}status: )in-progress/;
if (!target.test(original)) throw new Error(`${scenario} has no label-m365-data objective in progress`);
// Statuses that keep the data valid with its percent and started date (blocked without blockers: is a warning only).
const statuses = ['at-risk', 'blocked', 'in-progress'];

const cache = new BuildCache({ early: (formats ?? Object.keys(outputs)).some((f) => outputs[f].drawsPngs === true) });
const build = () => buildAndWrite(data, { outDir, ...(formats ? { formats } : {}), cache });
try {
  await build();
  const seconds = [];
  let last;
  for (let i = 0; i < Number(times); i++) {
    const started = performance.now();
    writeFileSync(scenario, original.replace(target, `$1${statuses[i % statuses.length]}`));
    last = await build();
    seconds.push((performance.now() - started) / 1000);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(
    `${JSON.stringify({ median, seconds, redrawn: cache.drawer.redrawn, images: last?.images ?? 0 })}\n`,
  );
} finally {
  cache.close();
  rmSync(scratch, { recursive: true, force: true });
}
