import path from 'node:path';
import { validate } from './api.js';
import type { ChartSpec } from './charts/spec.js';
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
 * not asked for is not done: no chart is drawn, and neither the canvas, Chart.js,
 * pptxgenjs nor Handlebars is loaded, for outputs that were not requested.
 */
export async function build(dataDir: string, options: BuildOptions): Promise<BuildResult> {
  const formats = new Set(options.formats ?? allFormats);
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
  if (formats.has('pptx') || formats.has('html') || formats.has('md')) wording.checkAll();
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
  const specs: ChartSpec[] = formats.has('png') || formats.has('html') || imageDeck ? chartSpecs(model, theme, wording) : [];
  let pngs: Map<string, Buffer> | undefined;
  if (specs.length > 0) {
    progress('charts', 0, specs.length);
    const { renderPngs } = await import('./charts/render-png.js');
    pngs = await renderPngs(specs, theme, (done, total) => progress('charts', done, total));
    if (formats.has('png')) for (const [id, png] of pngs) files.push({ path: out(path.join('charts', `${id}.png`)), content: png });
  }

  let slides = 0;
  let charts = 0;
  if (formats.has('pptx')) {
    progress('deck');
    const { renderDeck } = await import('./render/pptx/render-deck.js');
    const rendered = await renderDeck(model, template, wording, deck.slides, { ...(imageDeck && pngs ? { images: pngs } : {}), changes });
    files.push({ path: out(deckFileName(model)), content: rendered.buffer });
    ({ slides, charts } = rendered);
    warnings.push(...rendered.warnings);
  }

  if (formats.has('html') || formats.has('md') || formats.has('json')) {
    progress('reports');
    const context = reportContext(model, wording, changes);
    const reports = await import('./render/report/render-reports.js');
    if (formats.has('html')) files.push({ path: out('report.html'), content: reports.renderHtml(context, wording, theme, specs, pngs ?? new Map()) });
    if (formats.has('md')) files.push({ path: out('summary.md'), content: reports.renderMarkdown(context, wording) });
    if (formats.has('json')) files.push({ path: out('summary.json'), content: reports.renderJson(context) });
  }
  return { files, model, slides, charts, images: formats.has('png') ? (pngs?.size ?? 0) : 0, warnings };
}
