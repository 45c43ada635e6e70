// The pipeline of one build, stage by stage in this process, each timed on its
// own (a build overlaps the chart drawing with the deck; here nothing overlaps,
// so the shares add up). Each stage loads the modules it needs inside its own
// timing, as a build does. Prints JSON.
//   node test/bench/stages.mjs <data-dir> <out-dir>
import path from 'node:path';

const [dataDir, outDir] = process.argv.slice(2);
const stages = {};
async function stage(name, work) {
  const started = performance.now();
  const result = await work();
  stages[name] = (performance.now() - started) / 1000;
  return result;
}

const validation = await stage('load and validate', async () =>
  (await import('../../dist/pipeline/validate.js')).validateFolder(dataDir),
);
const { model, template, wording } = await stage('model and template', async () => {
  const { buildModel } = await import('../../dist/model/build-model.js');
  const { loadTemplate } = await import('../../dist/templating/load-template.js');
  const { Wording } = await import('../../dist/templating/wording.js');
  const { relabelStages } = await import('../../dist/model/relabel.js');
  const { template } = await loadTemplate(validation.data.program.template, { base: path.resolve(dataDir) });
  const wording = new Wording(template);
  wording.checkAll();
  const model = relabelStages(buildModel(validation.data), (position, label) =>
    wording.t('stage_label', { position, label }),
  );
  return { model, template, wording };
});
const { context, specs } = await stage('numbers and chart specs', async () => {
  const { reportContext } = await import('../../dist/present/report-context.js');
  const { chartSpecs } = await import('../../dist/charts/registry.js');
  return { context: reportContext(model, wording, null), specs: chartSpecs(model, template.theme, wording) };
});
const pngs = await stage('charts (PNG)', async () =>
  (await import('../../dist/charts/render-png.js')).renderPngs(specs, template.theme),
);
const clock = (await import('../../dist/render/text-fit.js')).layoutClock;
const deck = await stage('deck (pptx)', async () => {
  const { renderDeck } = await import('../../dist/render/pptx/render-deck.js');
  clock.on = true;
  // Loading the template's fonts' metrics (decoded once per process) counts as measuring too.
  const started = performance.now();
  const { fontMetrics } = await import('../../dist/render/fonts/index.js');
  fontMetrics(template.theme.fonts.heading);
  fontMetrics(template.theme.fonts.body);
  clock.ms += performance.now() - started;
  return renderDeck(model, template, wording, template.decks.decks[template.decks.default], {
    context,
    charts: specs,
  });
});
const reports = await stage('reports (html, md, json)', async () => {
  const r = await import('../../dist/render/report/render-reports.js');
  const { renderHtml } = await import('../../dist/render/report/render-html.js');
  return [
    ['report.html', renderHtml(context, wording, template, specs, pngs).html],
    ['summary.md', r.renderMarkdown(context, wording)],
    ['summary.json', r.renderJson(context)],
  ];
});
await stage('write', async () => {
  const { writeFiles } = await import('../../dist/output/write-files.js');
  const files = [
    ...[...pngs].map(([id, png]) => ({ path: path.resolve(outDir, 'charts', `${id}.png`), content: png })),
    { path: path.resolve(outDir, 'deck.pptx'), content: deck.buffer },
    ...reports.map(([name, content]) => ({ path: path.resolve(outDir, name), content })),
  ];
  await writeFiles(files, { overwrite: true });
});
// Of the deck's time, what measuring and wrapping text took (render/text-fit's clock).
process.stdout.write(`${JSON.stringify({ stages, textLayout: clock.ms / 1000 })}\n`);
