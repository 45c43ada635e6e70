import path from 'node:path';
import { validate } from './api.js';
import type { ChartSpec } from './charts/spec.js';
import { chartDrawer, type ChartDrawer } from './charts/draw-charts.js';
import { chartSpecs } from './charts/registry.js';
import { exitCodes } from './cli/exit-codes.js';
import { buildModel } from './model/build-model.js';
import { changesContext } from './diff/changes-context.js';
import { diffPrograms } from './diff/diff-programs.js';
import { resolveState } from './data/state.js';
import { relabelStages } from './model/relabel.js';
import type { ProgramModel } from './model/types.js';
import type { OutputFile } from './output/write-files.js';
import type { Problem } from './report/problem.js';
import { hasErrors } from './report/problem.js';
import { UserError } from './report/user-error.js';
import { reportContext } from './render/report/context.js';
import { htmlTemplateWarnings } from './render/report/html-policy.js';
import { loadTemplate } from './templates/load-template.js';
import { Wording } from './templates/wording.js';
import { didYouMean } from './validate/suggest.js';

/** What `build` can write; `--format` picks some (all by default). */
export const outputFormats = {
  pptx: 'the PowerPoint deck, <organization>-<date>.pptx',
  png: 'the charts as PNG files in charts/',
  html: 'report.html, one self-contained page',
  md: 'summary.md, for a pull request or a CI job summary',
  json: 'summary.json, the numbers for other tools',
} as const;
export type OutputFormat = keyof typeof outputFormats;
export const allFormats = Object.keys(outputFormats) as OutputFormat[];

export type BuildStage = 'validate' | 'charts' | 'deck' | 'reports';

export interface BuildOptions {
  /** Folder the outputs go to. */
  outDir: string;
  /** A template name or path; wins over the program's template: (flag > program file > default). */
  template?: string;
  /** Deck of the template to build (default: the template's default deck). */
  deck?: string;
  /** An earlier state to compare with (a folder or a git revision): adds what changed since. */
  since?: string;
  /** Outputs to make (default: all). */
  formats?: readonly OutputFormat[];
  /** Called as work advances, for a progress display. */
  onProgress?: (stage: BuildStage, done?: number, total?: number) => void;
}

export interface BuildResult {
  files: OutputFile[];
  /** Folders the files own whole (charts/): a write replaces them, so no chart of an earlier build lingers. */
  folders: string[];
  model: ProgramModel;
  slides: number;
  charts: number;
  images: number;
  /** Warnings of every stage (data, layout). */
  warnings: Problem[];
}

/** Loads, validates and models an earlier state of a program (a folder or a git revision). */
export async function loadState(spec: string, programDir: string): Promise<ProgramModel> {
  const source = await resolveState(spec, process.cwd(), programDir);
  const validation = await validate(source);
  if (!validation.data || hasErrors(validation.problems)) throw new UserError(validation.problems, exitCodes.invalidInput);
  return buildModel(validation.data);
}

/** A file name from the organization and the reporting date: alder-finch-logistics-2026-11-20.pptx */
export function deckFileName(model: ProgramModel): string {
  const slug = model.organization.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'zero-trust-progress'}-${model.reportingDate}.pptx`;
}

/**
 * load → validate → model → render, all in memory: returns the files to write
 * and never writes them (the caller's writer does, or --check does not). Work
 * not asked for is not done: no chart is drawn and neither the canvas, Chart.js
 * nor pptxgenjs is loaded for outputs that do not need them, and what several
 * outputs show (the report context, the chart specs) is computed once.
 */
export async function build(dataDir: string, options: BuildOptions): Promise<BuildResult> {
  const formats = new Set(options.formats ?? allFormats);
  // Outputs made of PNGs start the chart thread now: it loads while the data is validated.
  const drawer = chartDrawer({ early: formats.has('png') || formats.has('html') });
  try {
    return await buildOutputs(dataDir, options, formats, drawer);
  } finally {
    drawer.close();
  }
}

async function buildOutputs(dataDir: string, options: BuildOptions, formats: ReadonlySet<OutputFormat>, drawer: ChartDrawer): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress('validate');
  const validation = await validate(dataDir);
  if (!validation.data || hasErrors(validation.problems)) throw new UserError(validation.problems, exitCodes.invalidInput);
  const computed = buildModel(validation.data);
  // flag > program file > default; a path in program.yaml resolves against the program folder.
  const loaded = options.template
    ? await loadTemplate(options.template)
    : await loadTemplate(validation.data.program.template, { base: path.resolve(dataDir) });
  if (!loaded.template) throw new UserError(loaded.problems, exitCodes.invalidInput);
  const { template } = loaded;
  const wording = new Wording(template);
  if (formats.has('pptx') || formats.has('html') || formats.has('md')) wording.checkAll({ deck: formats.has('pptx'), html: formats.has('html'), markdown: formats.has('md') });
  const relabel = (m: ProgramModel) => relabelStages(m, (number, label) => wording.t('stage_label', { position: number, label }));
  const model = relabel(computed);
  const changes = options.since ? changesContext(diffPrograms(relabel(await loadState(options.since, dataDir)), model, { from: options.since, to: dataDir }), model, wording) : null;
  const deckName = options.deck ?? template.decks.default;
  const deck = template.decks.decks[deckName];
  if (!deck) {
    const names = Object.keys(template.decks.decks);
    throw new UserError([{ code: 'unknown-deck', severity: 'error', message: `template ${template.name} has no deck "${deckName}"`, hint: [didYouMean(deckName, names), `decks: ${names.join(', ')}`].filter(Boolean).join(' ') }], exitCodes.usage);
  }
  const { theme } = template;
  const out = (name: string) => path.resolve(options.outDir, name);
  const files: OutputFile[] = [];
  const warnings: Problem[] = [...validation.problems, ...loaded.problems];

  const imageDeck = formats.has('pptx') && theme.charts === 'images';
  const needsReports = formats.has('html') || formats.has('md') || formats.has('json');
  // Computed once, for every output that shows them.
  const context = formats.has('pptx') || needsReports ? reportContext(model, wording, changes) : undefined;
  const specs: ChartSpec[] = formats.has('pptx') || formats.has('png') || formats.has('html') ? chartSpecs(model, theme, wording) : [];
  // PNGs are drawn while the deck is laid out (a deck of pictures waits for them).
  let drawing: Promise<Map<string, Buffer>> | undefined;
  if (formats.has('png') || formats.has('html') || imageDeck) {
    progress('charts', 0, specs.length);
    drawing = drawer.draw(specs, theme, (done, total) => progress('charts', done, total));
    // Awaited below; without a handler now, a failure would be reported as unhandled while the deck is built.
    drawing.catch(() => undefined);
  }

  let slides = 0;
  let chartCount = 0;
  let deckFile: OutputFile | undefined;
  if (formats.has('pptx') && context) {
    const images = imageDeck ? await drawing : undefined;
    progress('deck');
    const { renderDeck } = await import('./render/pptx/render-deck.js');
    const rendered = await renderDeck(model, template, wording, deck.slides, { context, charts: specs, images });
    deckFile = { path: out(deckFileName(model)), content: rendered.buffer };
    ({ slides, charts: chartCount } = rendered);
    warnings.push(...rendered.warnings);
  }
  const pngs = (await drawing) ?? new Map<string, Buffer>();
  if (formats.has('png')) for (const [id, png] of pngs) files.push({ path: out(path.join('charts', `${id}.png`)), content: png });
  if (deckFile) files.push(deckFile);

  if (needsReports && context) {
    progress('reports');
    const reports = await import('./render/report/render-reports.js');
    if (formats.has('html')) {
      files.push({ path: out('report.html'), content: reports.renderHtml(context, wording, theme, specs, pngs) });
      warnings.push(...htmlTemplateWarnings(template.reports.html));
    }
    if (formats.has('md')) files.push({ path: out('summary.md'), content: reports.renderMarkdown(context, wording) });
    if (formats.has('json')) files.push({ path: out('summary.json'), content: reports.renderJson(context) });
  }
  const folders = formats.has('png') ? [out('charts')] : [];
  return { files, folders, model, slides, charts: chartCount, images: formats.has('png') ? pngs.size : 0, warnings };
}
