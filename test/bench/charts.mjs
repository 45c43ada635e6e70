// ztdeck's chart drawing, per chart, after the one-time set-up (font and Chart.js
// registration) that a first chart pays. Prints JSON.
//   node test/bench/charts.mjs <data-dir> <runs>
import { chartSpecs } from '../../dist/charts/registry.js';
import { renderPngs } from '../../dist/charts/render-png.js';
import { setUp } from './setup.mjs';

const { model, template, wording } = await setUp(process.argv[2]);
const specs = chartSpecs(model, template.theme, wording);
await renderPngs(specs.slice(0, 1), template.theme);
const perChart = [];
for (let r = 0; r < Number(process.argv[3] ?? 5); r++) {
  const started = performance.now();
  await renderPngs(specs, template.theme);
  perChart.push((performance.now() - started) / specs.length);
}
process.stdout.write(`${JSON.stringify({ charts: specs.length, perChart })}\n`);
