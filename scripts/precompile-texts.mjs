// Writes dist/templating/precompiled.json: the Handlebars code of every text of
// the shipped templates (phrases, notes, partials, reports), keyed by the hash of
// the text and its compile settings (src/templating/sandbox.ts uses a text's code
// when its hash is there). Run by npm run build, after tsc.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { precompiledTexts } from '../dist/paths.js';

const { precompiled } = await import('../dist/templating/sandbox.js');
const { loadTemplate } = await import('../dist/templating/load-template.js');
const { Wording } = await import('../dist/templating/wording.js');
precompiled.specs = new Map();
precompiled.record = true;
for (const name of ['default', 'dark']) {
  const { template, problems } = await loadTemplate(name);
  if (!template) {
    console.error(problems.map((p) => p.message).join('\n'));
    process.exit(1);
  }
  new Wording(template).checkAll();
}
mkdirSync(path.dirname(precompiledTexts), { recursive: true });
writeFileSync(precompiledTexts, `${JSON.stringify(Object.fromEntries([...precompiled.specs].sort()))}\n`);
