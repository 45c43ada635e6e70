// Saved to written under `ztdeck build --watch`, as a user sees it: the CLI
// runs in a process of its own and watches a copy of the program; one
// objective's status is saved, and the time is taken from that write to the
// rename of the new deck into the output folder (the watch's wait for more
// saves included). Prints JSON: the median and each save in seconds.
//   node test/bench/watch-latency.mjs <data-dir> <saves> [formats]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [dataDir, times = '7', formats = 'pptx'] = process.argv.slice(2);
const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'ztdeck-bench-latency-'));
const data = path.join(scratch, 'data');
const out = path.join(scratch, 'out');
cpSync(dataDir, data, { recursive: true });
const scenario = path.join(data, 'scenarios', 'identify-protect-sensitive-business-data.yaml');
const original = readFileSync(scenario, 'utf8');
const target = /( {2}label-m365-data:.*\n {4}status: )in-progress/;
if (!target.test(original)) throw new Error(`${scenario} has no label-m365-data objective in progress`);
const statuses = ['at-risk', 'blocked', 'in-progress'];

const child = spawn(process.execPath, [bin, 'build', data, '--out', out, '--format', formats, '--watch'], {
  env: { ...process.env, NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
let wake = () => undefined;
child.stderr.on('data', (d) => {
  stderr += d.toString();
  wake();
});
const until = (test) =>
  new Promise((resolve, reject) => {
    const check = () => {
      if (test()) resolve();
      else if (child.exitCode !== null) reject(new Error(`ztdeck exited:\n${stderr}`));
      else wake = check;
    };
    check();
  });

try {
  await until(() => /^Watching /m.test(stderr));
  // The deck is written under a temporary name, then renamed to its own: the rename is when it is there.
  let renamed = () => undefined;
  const watcher = watch(out, (event, name) => {
    if (event === 'rename' && String(name).endsWith('.pptx')) renamed();
  });
  const seconds = [];
  for (let i = 0; i < Number(times); i++) {
    const rebuilt = (stderr.match(/^Rebuilt in/gm) ?? []).length;
    const written = new Promise((resolve) => (renamed = () => resolve(performance.now())));
    const started = performance.now();
    writeFileSync(scenario, original.replace(target, `$1${statuses[i % statuses.length]}`));
    seconds.push(((await written) - started) / 1000);
    // The rebuild's line, so the next save comes once this rebuild is over.
    await until(() => (stderr.match(/^Rebuilt in/gm) ?? []).length > rebuilt);
  }
  watcher.close();
  const sorted = [...seconds].sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ median: sorted[Math.floor(sorted.length / 2)], seconds })}\n`);
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(scratch, { recursive: true, force: true });
}
