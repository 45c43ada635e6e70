// The chart floor: Chart.js on a bare @napi-rs/canvas drawing the same charts
// as ztdeck (the same configurations, prepared before the clock starts), with
// nothing of ztdeck around the drawing.
//   node test/bench/bare-chart.mjs <data-dir> <runs>
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { chartSpecs } from '../../dist/charts/registry.js';
import { chartJsConfig } from '../../dist/charts/chartjs-config.js';
import { bundledFonts } from '../../dist/charts/render-png.js';
import { setUp } from './setup.mjs';

const { model, template, wording } = await setUp(process.argv[2]);
const specs = chartSpecs(model, template.theme, wording);
Chart.register(...registerables, MatrixController, MatrixElement);
for (const f of bundledFonts()) GlobalFonts.registerFromPath(f, 'Carlito');
Chart.defaults.font.family = 'Carlito';
const configs = specs.map((s) => chartJsConfig(s, template.theme));
const runs = Number(process.argv[3] ?? 5);
const perChart = [];
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  for (const [i, config] of configs.entries()) {
    const canvas = createCanvas(specs[i].size.width, specs[i].size.height);
    const chart = new Chart(canvas.getContext('2d'), {
      ...config,
      options: { ...config.options, devicePixelRatio: 2 },
    });
    canvas.toBuffer('image/png');
    chart.destroy();
  }
  perChart.push((performance.now() - started) / configs.length);
}
process.stdout.write(`${JSON.stringify({ charts: configs.length, perChart })}\n`);
