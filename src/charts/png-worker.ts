import { parentPort } from 'node:worker_threads';
import type { PngMessage, PngRequest } from './draw-charts.js';
import { prepareCanvas, renderPngs } from './render-png.js';

// The chart thread of a build: loads the canvas and Chart.js at once, then
// draws the charts it is sent.
const post = (message: PngMessage) => parentPort?.postMessage(message);
const prepared = prepareCanvas();
prepared.catch(() => undefined);
parentPort?.once('message', ({ specs, theme }: PngRequest) => {
  prepared
    .then(() => renderPngs(specs, theme, (done, total) => post({ kind: 'progress', done, total })))
    .then(
      (pngs) => post({ kind: 'done', pngs: [...pngs] }),
      (e: unknown) => post({ kind: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
});
