import { build } from '../../dist/build.js';
const m = (l) => { const u = process.memoryUsage(); console.log(l.padEnd(12), 'rss', (u.rss/1048576).toFixed(0), 'heapUsed', (u.heapUsed/1048576).toFixed(0), 'heapTotal', (u.heapTotal/1048576).toFixed(0), 'ext', (u.external/1048576).toFixed(0), 'ab', (u.arrayBuffers/1048576).toFixed(0)); };
m('start');
const seen = new Set();
const r = await build('data', { outDir: '/tmp/o6', formats: process.argv[2]?.split(','), onProgress: (s) => { if (!seen.has(s)) { seen.add(s); m(s); } } });
m('end');
console.log('maxRSS', (process.resourceUsage().maxRSS/1024).toFixed(0));
