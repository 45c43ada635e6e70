import { setUp } from './setup.mjs';
import { chartSpecs } from '../../dist/charts/registry.js';
import { renderPngs } from '../../dist/charts/render-png.js';
const { model, template, wording } = await setUp('data');
const specs = chartSpecs(model, template.theme, wording);
const m = (l) => console.log(l, 'rss', (process.memoryUsage().rss/1048576).toFixed(0), 'heap', (process.memoryUsage().heapUsed/1048576).toFixed(0), 'ext', (process.memoryUsage().external/1048576).toFixed(0), 'max', (process.resourceUsage().maxRSS/1024).toFixed(0));
m('before');
await renderPngs(specs, template.theme, (d) => { if (d % 4 === 0) m('chart ' + d); });
m('after');
