import { setUp } from './setup.mjs';
import { chartSpecs } from '../../dist/charts/registry.js';
import { chartJsConfig } from '../../dist/charts/chartjs-config.js';
import { bundledFonts } from '../../dist/charts/render-png.js';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
const variant = process.argv[2];
const { model, template, wording } = await setUp('data');
const specs = chartSpecs(model, template.theme, wording);
Chart.register(...registerables, MatrixController, MatrixElement);
for (const f of bundledFonts()) GlobalFonts.registerFromPath(f, 'Carlito');
Chart.defaults.font.family = 'Carlito';
const before = process.resourceUsage().maxRSS/1024;
const t = performance.now();
const inflight = [];
for (const [i, s] of specs.entries()) {
  if (i >= 2) await inflight[i-2];
  const c = createCanvas(s.size.width, s.size.height);
  const cfg = chartJsConfig(s, template.theme); cfg.options = { ...cfg.options, devicePixelRatio: 2 };
  if (variant === 'noanim') cfg.options.animation = false;
  const ch = new Chart(c.getContext('2d'), cfg);
  inflight.push(c.encode('png'));
  ch.destroy();
  if (variant === 'shrink') { c.width = 1; c.height = 1; }
}
await Promise.all(inflight);
console.log(variant, 'ms', (performance.now()-t).toFixed(0), 'maxRSS before', before.toFixed(0), 'after', (process.resourceUsage().maxRSS/1024).toFixed(0));
