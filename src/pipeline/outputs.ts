import path from 'node:path';
import { chartKinds } from '../charts/registry.js';
import { deckOnce } from './deck-once.js';
import { pdfSink, previewList, previewsOnce, previewsSink } from './office-sinks.js';
import { outputFormats, type OutputFormat, type Sink } from './sink.js';

export { outputFormats, type OutputFormat, type Sink, type SinkInputs, type SinkResult } from './sink.js';

/**
 * The names of the PNGs ztdeck writes in charts/: a chart kind, then for some
 * kinds the id of a scenario or KPI (status-by-stage-<scenario>.png, kpi-<id>.png).
 * A charts/ folder that an earlier version left without its list of files is
 * replaced only when it holds nothing else.
 */
export const CHART_FILE = new RegExp(`^(?:${Object.keys(chartKinds).join('|')})(?:-[a-z0-9]+)*\\.png$`);

/** The outputs that need LibreOffice: made only when --format names them. */
const officeFormats: readonly OutputFormat[] = ['pdf', 'previews'];
/** What a build writes when --format names nothing: every output that needs no other program. */
export const allFormats: OutputFormat[] = outputFormats.filter((f) => !officeFormats.includes(f));

/** Every output and the sink that makes it; `--format` picks some. A format without a sink does not compile. */
export const outputs: Record<OutputFormat, Sink> = {
  pptx: {
    description: 'the PowerPoint deck, <organization>-<date>.pptx',
    texts: { deck: true },
    drawsPngs: (template) => template.theme.charts === 'images',
    async make(i) {
      const deck = await deckOnce(i);
      return {
        files: [{ path: i.out(i.deckName), content: deck.buffer }],
        warnings: deck.warnings,
        slides: deck.slides,
        charts: deck.charts,
      };
    },
  },
  pdf: pdfSink,
  previews: previewsSink,
  png: {
    description: 'the charts as PNG files in charts/',
    texts: {},
    drawsPngs: true,
    async make(i) {
      const pngs = await i.pngs();
      const files = [...pngs].map(([id, png]) => ({ path: i.out(path.join('charts', `${id}.png`)), content: png }));
      return { files, images: pngs.size, folders: [{ path: i.out('charts'), earlierNames: CHART_FILE }] };
    },
  },
  html: {
    description: 'report.html, one self-contained page',
    texts: { html: true },
    drawsPngs: true,
    async make(i) {
      const { renderHtml } = await import('../render/report/render-html.js');
      const previews = i.formats.includes('previews') ? await previewsOnce(i) : [];
      const [context, specs, pngs] = [i.context(), i.specs(), await i.pngs()];
      const language = i.model.language ?? i.wording.fmt.locale;
      const { html, warnings } = renderHtml(context, i.wording, i.template, specs, pngs, previews, language);
      return { files: [{ path: i.out('report.html'), content: html }], warnings };
    },
  },
  md: {
    description: 'summary.md, for a pull request or a CI job summary',
    texts: { markdown: true },
    drawsPngs: false,
    async make(i) {
      const { renderMarkdown } = await import('../render/report/render-reports.js');
      const previews = i.formats.includes('previews') ? await previewsOnce(i) : [];
      const content = renderMarkdown(i.context(), i.wording) + previewList(previews);
      return { files: [{ path: i.out('summary.md'), content }] };
    },
  },
  json: {
    description: 'summary.json, the numbers for other tools',
    texts: {},
    drawsPngs: false,
    async make(i) {
      const { renderJson } = await import('../render/report/render-reports.js');
      return { files: [{ path: i.out('summary.json'), content: renderJson(i.context()) }] };
    },
  },
};
