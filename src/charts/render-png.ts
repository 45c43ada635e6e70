import { createRequire } from 'node:module';
import path from 'node:path';
import type { Theme } from '../schema/template.js';
import { CHART_FONT, chartJsConfig } from './chartjs-config.js';
import type { ChartSpec } from './spec.js';

/** Device pixels per CSS pixel: PNGs are drawn at twice their nominal size, crisp on a slide or a screen. */
export const SCALE = 2;
const MAX_SIDE = 4000;
/**
 * PNG encoding (zlib) costs several times the drawing: charts are encoded on
 * libuv's threads while the next one is drawn. Two in flight keep both cores
 * of a small runner busy and hold at most three canvases (8 MB each) in memory.
 */
const ENCODING_IN_FLIGHT = 2;

const require = createRequire(import.meta.url);
/** The bundled font files (Carlito, SIL Open Font License), from the @expo-google-fonts/carlito package. */
export function bundledFonts(): string[] {
  const dir = path.dirname(require.resolve('@expo-google-fonts/carlito/package.json'));
  return [path.join(dir, '400Regular', 'Carlito_400Regular.ttf'), path.join(dir, '700Bold', 'Carlito_700Bold.ttf')];
}

let ready: Promise<typeof import('chart.js')> | undefined;

/**
 * Loads Chart.js and the canvas (only when charts are to be drawn), and
 * registers the bundled font, so text never renders blank on a machine without fonts.
 */
export async function prepareCanvas(): Promise<typeof import('chart.js')> {
  ready ??= (async () => {
    const [{ GlobalFonts }, chartjs, matrix] = await Promise.all([
      import('@napi-rs/canvas'),
      import('chart.js'),
      import('chartjs-chart-matrix'),
    ]);
    for (const file of bundledFonts()) {
      if (!GlobalFonts.registerFromPath(file, CHART_FONT))
        throw new Error(`the bundled font ${file} could not be registered`);
    }
    chartjs.Chart.register(...chartjs.registerables, matrix.MatrixController, matrix.MatrixElement);
    chartjs.Chart.defaults.font.family = CHART_FONT;
    return chartjs;
  })();
  return ready;
}

/** Draws each spec to a PNG, in the specs' order. The same spec always gives the same bytes. */
export async function renderPngs(
  specs: readonly ChartSpec[],
  theme: Theme,
  onChart?: (done: number, total: number) => void,
): Promise<Map<string, Buffer>> {
  const { Chart } = await prepareCanvas();
  const { createCanvas } = await import('@napi-rs/canvas');
  const encoded: Promise<Buffer>[] = [];
  let done = 0;
  for (const [i, spec] of specs.entries()) {
    if (i >= ENCODING_IN_FLIGHT) await encoded[i - ENCODING_IN_FLIGHT];
    const canvas = createCanvas(
      Math.min(spec.size.width, MAX_SIDE / SCALE),
      Math.min(spec.size.height, MAX_SIDE / SCALE),
    );
    const config = chartJsConfig(spec, theme);
    config.options = { ...config.options, devicePixelRatio: SCALE };
    const chart = new Chart(canvas.getContext('2d') as unknown as ConstructorParameters<typeof Chart>[0], config);
    // encode() takes the pixels now; clearing the canvas afterwards does not change the PNG.
    encoded.push(
      canvas.encode('png').then((png) => {
        onChart?.(++done, specs.length);
        return png;
      }),
    );
    chart.destroy();
    // Release the pixels now: @napi-rs/canvas does not tell V8 how large a canvas is,
    // so a dropped canvas would wait for a garbage collection (measured: about 45 MiB less peak for the example's 19 charts).
    canvas.width = 1;
    canvas.height = 1;
  }
  const pngs = await Promise.all(encoded);
  return new Map(specs.map((spec, i) => [spec.id, pngs[i] ?? Buffer.alloc(0)]));
}
