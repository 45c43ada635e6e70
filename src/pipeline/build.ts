import path from 'node:path';
import { chartDrawer, type ChartDrawer } from '../charts/draw-charts.js';
import { chartSpecs } from '../charts/registry.js';
import type { ChartSpec } from '../charts/spec.js';
import { buildModel } from '../model/build-model.js';
import type { ProgramModel } from '../model/types.js';
import type { DeckDefinition } from '../schema/deck.js';
import type { Template } from '../templating/load-template.js';
import type { ProgramData } from '../validate/program-data.js';
import { writeFiles, type OutputFile, type OwnedFolder } from '../output/write-files.js';
import type { ChangesContext } from '../present/changes-context.js';
import { reportContext, type ReportContext } from '../present/report-context.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { suggestionHint } from '../problems/suggest.js';
import { UserError, userError } from '../problems/user-error.js';
import { own } from '../schema/names.js';
import type { BuildCache } from './build-cache.js';
import { compareWith } from './compare.js';
import { allFormats, outputFormats, outputs, type OutputFormat, type SinkInputs } from './outputs.js';
import { openTemplate, type OpenedTemplate } from './template.js';
import { checksWithTemplate, validateFolder } from './validate.js';

export type BuildStage = 'validate' | 'charts' | 'deck' | 'reports';

export interface BuildOptions {
  /** Folder the outputs go to. */
  outDir: string;
  /** A template name or path; wins over the program's template: (flag > program file > default). */
  template?: string | undefined;
  /** Deck of the template to build (default: the template's default deck). */
  deck?: string | undefined;
  /** An earlier state to compare with (a folder or a git revision): adds what changed since. */
  since?: string | undefined;
  /** Outputs to make (default: all). */
  formats?: readonly OutputFormat[];
  /**
   * Draw the PNG charts in this thread rather than on a thread of their own (a
   * batch's workers do: each core already has a build, and the chart modules
   * stay loaded from one program to the next).
   */
  chartsInline?: boolean;
  /**
   * What a warm process keeps between builds (build --watch): catalogs,
   * template, chart thread and PNGs are taken from it; the outputs are the same bytes.
   */
  cache?: BuildCache | undefined;
  /** Called as work advances, for a progress display. */
  onProgress?: (stage: BuildStage, done?: number, total?: number) => void;
  /**
   * Aborted, the build stops at its next stage and writes nothing (build
   * --watch on Ctrl-C): it rejects with the signal's reason.
   */
  signal?: AbortSignal | undefined;
}

export interface BuildResult {
  files: OutputFile[];
  /** Folders the files own whole (charts/): a write replaces them, so no chart of an earlier build lingers. */
  folders: OwnedFolder[];
  model: ProgramModel;
  slides: number;
  charts: number;
  images: number;
  /** Warnings of every stage (data, template, layout). */
  warnings: Problem[];
  /** The outputs made: those --format named, else those program.yaml or template.yaml name, else the default set. */
  formats: readonly OutputFormat[];
}

/** A build written to its output folder as one set, or with `check` only made in memory: what a command runs. */
export async function buildAndWrite(
  dataDir: string,
  options: BuildOptions & { check?: boolean },
): Promise<BuildResult> {
  const result = await build(dataDir, options);
  if (!options.check)
    await writeFiles(result.files, { overwrite: true, ownedFolders: result.folders, signal: options.signal });
  return result;
}

/** A file name from the organization and the reporting date: alder-finch-logistics-2026-11-20.pptx */
export function deckFileName(model: ProgramModel): string {
  const slug = model.organization
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'zero-trust-progress'}-${model.reportingDate}.pptx`;
}

/**
 * load → validate → model → present → render, all in memory: returns the
 * files to write and never writes them (the caller's writer does, or --check
 * does not). The data and the template are checked side by side, so one run
 * reports the problems of both. Work not asked for is not done: each output
 * is a sink that loads its own libraries, and what several outputs show (the
 * report context, the chart specs, the PNGs) is computed once, when first used.
 */
export async function build(dataDir: string, options: BuildOptions): Promise<BuildResult> {
  // Asked for on the command line: a program an output needs (LibreOffice) is looked for before anything is read.
  const asked = options.formats ? await chosen(options.formats) : undefined;
  if (options.cache) return buildOutputs(dataDir, options, asked, options.cache.drawer);
  // Outputs that always show PNGs start the chart thread now: it loads while the data is validated.
  const drawer = chartDrawer({
    early: (asked ?? allFormats).some((f) => outputs[f].drawsPngs === true),
    ...(options.chartsInline ? { inline: true } : {}),
  });
  try {
    return await buildOutputs(dataDir, options, asked, drawer);
  } finally {
    drawer.close();
  }
}

/**
 * The outputs to make, in the registry's order whatever order they were named
 * in, once each program they need (LibreOffice) is found.
 */
async function chosen(named: readonly OutputFormat[]): Promise<OutputFormat[]> {
  const formats = outputFormats.filter((f) => named.includes(f));
  for (const f of formats) await outputs[f].needs?.();
  return formats;
}

async function buildOutputs(
  dataDir: string,
  options: BuildOptions,
  asked: readonly OutputFormat[] | undefined,
  drawer: ChartDrawer,
): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress('validate');
  const { data, opened, problems } = await checkedInputs(dataDir, options);
  options.signal?.throwIfAborted();
  const { template, wording } = opened;
  // Not named on the command line: the program's formats:, else the template's, else every output needing no other program.
  const formats = asked ?? (await chosen(data.program.formats ?? template.formats ?? allFormats));
  const deck = chosenDeck(template, options.deck ?? template.decks.default);
  const sinks = formats.map((f) => outputs[f]);
  wording.checkAll({
    deck: sinks.some((s) => s.texts.deck),
    html: sinks.some((s) => s.texts.html),
    markdown: sinks.some((s) => s.texts.markdown),
  });
  const model = opened.relabel(
    buildModel(data, { health: template.health, ranking: template.ranking, kpis: template.kpis }),
  );
  const changes: ChangesContext | null = options.since
    ? (await compareWith(options.since, model, { from: options.since, to: dataDir, programDir: dataDir }, opened))
        .changes
    : null;
  const shared = sharedWork(model, opened, changes, drawer, progress);
  if (sinks.some((s) => (typeof s.drawsPngs === 'function' ? s.drawsPngs(template) : s.drawsPngs))) shared.pngs();
  const inputs: SinkInputs = {
    model,
    template,
    wording,
    deck,
    ...shared,
    out: (name) => path.resolve(options.outDir, name),
    deckName: deckFileName(model),
    formats,
    deflated: options.cache?.deflated,
  };
  return makeOutputs(
    inputs,
    { files: [], folders: [], model, slides: 0, charts: 0, images: 0, warnings: [...problems], formats },
    options,
  );
}

/**
 * The data and the template, checked side by side so that one run reports the
 * problems of both; a UserError with them all when either has an error.
 */
async function checkedInputs(
  dataDir: string,
  options: BuildOptions,
): Promise<{ data: ProgramData; opened: OpenedTemplate; problems: Problem[] }> {
  const cache = options.cache;
  const validation = await validateFolder(dataDir, cache);
  const choice = {
    flag: options.template,
    program: validation.program?.template,
    programDir: dataDir,
    programLocation: validation.templateLocation,
  };
  const { opened, problems: templateProblems } = cache
    ? await cache.openTemplate(choice, () => openTemplate(choice))
    : await openTemplate(choice);
  const problems = [
    ...validation.problems,
    ...templateProblems,
    ...(opened ? checksWithTemplate(validation, opened.template.kpis) : []),
  ];
  if (!validation.data || !opened || hasErrors(problems)) throw new UserError(problems, 'input');
  return { data: validation.data, opened, problems };
}

/** The template's deck of that name, or a usage error that lists its decks. */
function chosenDeck(template: Template, deckName: string): DeckDefinition {
  const deck = own(template.decks.decks, deckName);
  if (deck) return deck;
  const names = Object.keys(template.decks.decks);
  throw userError('usage', 'unknown-deck', `template ${template.name} has no deck "${deckName}"`, {
    hint: suggestionHint(deckName, names, `decks: ${names.join(', ')}`),
  });
}

/** What several outputs show, each computed once, when first used: the report context, the chart specs, the PNGs. */
function sharedWork(
  model: ProgramModel,
  { template, wording }: OpenedTemplate,
  changes: ChangesContext | null,
  drawer: ChartDrawer,
  progress: NonNullable<BuildOptions['onProgress']>,
): Pick<SinkInputs, 'context' | 'specs' | 'pngs'> {
  const once = <T>(make: () => T): (() => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: make() }).v;
  };
  const context = once((): ReportContext => reportContext(model, wording, changes));
  const specs = once((): ChartSpec[] => chartSpecs(model, template.theme, wording));
  // PNGs are drawn on their thread while the deck is laid out (a deck of pictures waits for them).
  const pngs = once(() => {
    const all = specs();
    progress('charts', 0, all.length);
    const drawn = drawer.draw(all, template.theme, (done, total) => progress('charts', done, total));
    // Awaited by the sinks that show them; without a handler now, a failure would be reported as unhandled meanwhile.
    drawn.catch(() => undefined);
    return drawn;
  });
  return { context, specs, pngs };
}

/** Each output's sink in turn, its files, warnings and counts added to the result. */
async function makeOutputs(inputs: SinkInputs, result: BuildResult, options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  for (const format of result.formats) {
    options.signal?.throwIfAborted();
    progress(format === 'pptx' || format === 'pdf' ? 'deck' : format === 'png' ? 'charts' : 'reports');
    const made = await outputs[format].make(inputs);
    result.files.push(...made.files);
    result.folders.push(...(made.folders ?? []));
    result.warnings.push(...(made.warnings ?? []));
    result.slides += made.slides ?? 0;
    result.charts += made.charts ?? 0;
    result.images += made.images ?? 0;
  }
  return result;
}
