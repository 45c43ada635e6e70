import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { builtFile } from '../paths.js';
import type { Theme } from '../schema/template.js';
import type { ChartSpec } from './spec.js';

/** What the build sends the chart thread (once, or once per rebuild of a watch). */
export interface PngRequest {
  id: number;
  specs: readonly ChartSpec[];
  theme: Theme;
}

/** What the chart thread tells the build. */
export type PngMessage = { id: number } & (
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; pngs: [string, Uint8Array][] }
  | { kind: 'failed'; message: string }
);

export interface ChartDrawer {
  /** Draws the specs; the PNGs come back in the specs' order, with the same bytes however they were drawn. */
  draw(
    specs: readonly ChartSpec[],
    theme: Theme,
    onChart?: (done: number, total: number) => void,
  ): Promise<Map<string, Buffer>>;
  /** Stops the thread (after a failed build, or once the PNGs are in). */
  close(): void;
}

export interface DrawerOptions {
  /** Start the thread now, so it loads while the data is validated (else on the first draw()). */
  early: boolean;
  /** Draw in this thread. */
  inline?: boolean;
  /** Keep the thread between draws (a watch draws again at each rebuild); close() stops it. */
  keep?: boolean;
}

/**
 * A thread for the charts. With `early`, it starts now and loads the canvas and
 * Chart.js while the data is validated; otherwise on the first draw(). It draws
 * while the deck is laid out (its own core on a two-core runner). Without the
 * built worker (tests that run the TypeScript sources) the charts are drawn in
 * this thread instead.
 */
export function chartDrawer(options: DrawerOptions): ChartDrawer {
  const workerFile = builtFile('charts', 'png-worker.js');
  // Inline: in a batch's worker, where a thread of its own would only compete for the cores the batch uses.
  if (options.inline || workerFile === undefined || !existsSync(workerFile)) {
    return {
      draw: async (specs, theme, onChart) => (await import('./render-png.js')).renderPngs(specs, theme, onChart),
      close: () => undefined,
    };
  }
  let thread: { worker: Worker; failed: Promise<never> } | undefined;
  const start = () => {
    const worker = new Worker(workerFile);
    // A failure before draw() is asked for is reported by draw().
    const failed = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the chart thread stopped (exit code ${code})`)));
    });
    // A kept thread that stopped is started again by the next draw().
    failed.catch(() => {
      if (thread?.worker === worker) thread = undefined;
    });
    return { worker, failed };
  };
  if (options.early) thread = start();
  let requests = 0;
  return {
    draw(specs, theme, onChart) {
      thread ??= start();
      const { worker, failed } = thread;
      const id = ++requests;
      let listener: ((m: PngMessage) => void) | undefined;
      const drawn = new Promise<Map<string, Buffer>>((resolve, reject) => {
        listener = (m: PngMessage) => {
          if (m.id !== id) return;
          if (m.kind === 'progress') onChart?.(m.done, m.total);
          else if (m.kind === 'done')
            resolve(
              new Map(m.pngs.map(([key, png]) => [key, Buffer.from(png.buffer, png.byteOffset, png.byteLength)])),
            );
          else reject(new Error(`drawing the charts failed: ${m.message}`));
        };
        worker.on('message', listener);
        worker.postMessage({ id, specs, theme } satisfies PngRequest);
      });
      return Promise.race([drawn, failed]).finally(() => {
        if (listener) worker.off('message', listener);
        if (!options.keep) void worker.terminate();
      });
    },
    close: () => {
      void thread?.worker.terminate();
      thread = undefined;
    },
  };
}
