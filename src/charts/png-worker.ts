import { parentPort } from 'node:worker_threads';
import type { PngMessage, PngRequest } from './draw-charts.js';
import { prepareCanvas, renderPngs } from './render-png.js';

// The chart thread of a build: loads the canvas and Chart.js at once, then
// draws the charts it is sent (one request for a build; one per rebuild while
// `build --watch` keeps the thread).
const post = (message: PngMessage) => parentPort?.postMessage(message);
const prepared = prepareCanvas();
prepared.catch(() => undefined);
let queue: Promise<unknown> = prepared;
parentPort?.on('message', ({ id, specs, theme }: PngRequest) => {
  // One request at a time, in the order sent.
  queue = queue
    .catch(() => undefined)
    .then(() => renderPngs(specs, theme, (done, total) => post({ id, kind: 'progress', done, total })))
    .then(
      (pngs) => post({ id, kind: 'done', pngs: [...pngs] }),
      (e: unknown) => post({ id, kind: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
});
