import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Theme } from '../schema/template.js';
import type { ChartSpec } from './spec.js';

/** What the build sends the chart thread, once. */
export interface PngRequest {
  specs: readonly ChartSpec[];
  theme: Theme;
}

/** What the chart thread tells the build. */
export type PngMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; pngs: [string, Uint8Array][] }
  | { kind: 'failed'; message: string };

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

/**
 * A thread for the charts. With `early`, it starts now and loads the canvas and
 * Chart.js while the data is validated; otherwise on the first draw(). It draws
 * while the deck is laid out (its own core on a two-core runner). Without the
 * built worker (tests that run the TypeScript sources) the charts are drawn in
 * this thread instead.
 */
export function chartDrawer(options: { early: boolean; inline?: boolean }): ChartDrawer {
  const workerFile = new URL('./png-worker.js', import.meta.url);
  // Inline: in a batch's worker, where a thread of its own would only compete for the cores the batch uses.
  if (options.inline || !existsSync(workerFile)) {
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
    failed.catch(() => undefined);
    return { worker, failed };
  };
  if (options.early) thread = start();
  return {
    draw(specs, theme, onChart) {
      thread ??= start();
      const { worker, failed } = thread;
      const drawn = new Promise<Map<string, Buffer>>((resolve, reject) => {
        worker.on('message', (m: PngMessage) => {
          if (m.kind === 'progress') onChart?.(m.done, m.total);
          else if (m.kind === 'done')
            resolve(new Map(m.pngs.map(([id, png]) => [id, Buffer.from(png.buffer, png.byteOffset, png.byteLength)])));
          else reject(new Error(`drawing the charts failed: ${m.message}`));
        });
        worker.postMessage({ specs, theme } satisfies PngRequest);
      });
      return Promise.race([drawn, failed]).finally(() => void worker.terminate());
    },
    close: () => void thread?.worker.terminate(),
  };
}
