import { createRequire } from 'node:module';
import path from 'node:path';
import type { Theme } from '../schema/template.js';
import { CHART_FONT, chartJsConfig } from './chartjs-config.js';
import type { ChartSpec } from './spec.js';

/** Device pixels per CSS pixel: PNGs are drawn at twice their nominal size, crisp on a slide or a screen. */
export const SCALE = 2;
const MAX_SIDE = 4000;

const require = createRequire(import.meta.url);
/** The bundled font files (Carlito, SIL Open Font License), from the @expo-google-fonts/carlito package. */
export function bundledFonts(): string[] {
  const dir = path.dirname(require.resolve('@expo-google-fonts/carlito/package.json'));
  return [path.join(dir, '400Regular', 'Carlito_400Regular.ttf'), path.join(dir, '700Bold', 'Carlito_700Bold.ttf')];
}

let ready: Promise<typeof import('chart.js')> | undefined;

/**
 * Loads Chart.js and the canvas only when a chart is drawn, and registers the
 * bundled font, so text never renders blank on a machine without fonts.
 */
async function setUp(): Promise<typeof import('chart.js')> {
  ready ??= (async () => {
    const [{ GlobalFonts }, chartjs, matrix] = await Promise.all([import('@napi-rs/canvas'), import('chart.js'), import('chartjs-chart-matrix')]);
    for (const file of bundledFonts()) {
      if (!GlobalFonts.registerFromPath(file, CHART_FONT)) throw new Error(`the bundled font ${file} could not be registered`);
    }
    chartjs.Chart.register(...chartjs.registerables, matrix.MatrixController, matrix.MatrixElement);
    chartjs.Chart.defaults.font.family = CHART_FONT;
    return chartjs;
  })();
  return ready;
}

/** Draws each spec to a PNG. The same spec always gives the same bytes. */
export async function renderPngs(specs: readonly ChartSpec[], theme: Theme, onChart?: (done: number, total: number) => void): Promise<Map<string, Buffer>> {
  const { Chart } = await setUp();
  const { createCanvas } = await import('@napi-rs/canvas');
  const out = new Map<string, Buffer>();
  for (const spec of specs) {
    const w = Math.min(spec.size.width, MAX_SIDE / SCALE);
    const h = Math.min(spec.size.height, MAX_SIDE / SCALE);
    const canvas = createCanvas(w, h);
    const config = chartJsConfig(spec, theme);
    config.options = { ...config.options, devicePixelRatio: SCALE };
    const chart = new Chart(canvas.getContext('2d') as unknown as ConstructorParameters<typeof Chart>[0], config);
    out.set(spec.id, canvas.toBuffer('image/png'));
    chart.destroy();
    onChart?.(out.size, specs.length);
  }
  return out;
}
