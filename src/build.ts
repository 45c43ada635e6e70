import path from 'node:path';
import { validate } from './api.js';
import { exitCodes } from './cli/exit-codes.js';
import { buildModel } from './model/build-model.js';
import type { ProgramModel } from './model/types.js';
import type { OutputFile } from './output/write-files.js';
import type { Problem } from './report/problem.js';
import { hasErrors } from './report/problem.js';
import { UserError } from './report/user-error.js';
import { renderDeck } from './render/pptx/render-deck.js';
import { loadTemplate } from './templates/load-template.js';
import { didYouMean } from './validate/suggest.js';

export interface BuildOptions {
  /** Folder the outputs go to. */
  outDir: string;
  /** Deck of the template to build (default: the template's default deck). */
  deck?: string;
}

export interface BuildResult {
  files: OutputFile[];
  model: ProgramModel;
  slides: number;
  charts: number;
  /** Warnings of every stage (data, layout). */
  warnings: Problem[];
}

/** A file name from the organization and the reporting date: alder-finch-logistics-2026-11-20.pptx */
export function deckFileName(model: ProgramModel): string {
  const slug = model.organization.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'zero-trust-progress'}-${model.reportingDate}.pptx`;
}

/**
 * load → validate → model → render, all in memory: returns the files to
 * write and never writes them (the caller's writer does, or --check does not).
 */
export async function build(dataDir: string, options: BuildOptions): Promise<BuildResult> {
  const validation = await validate(dataDir);
  if (!validation.data || hasErrors(validation.problems)) throw new UserError(validation.problems, exitCodes.invalidInput);
  const model = buildModel(validation.data);
  const loaded = await loadTemplate(model.template);
  if (!loaded.template) throw new UserError(loaded.problems, exitCodes.invalidInput);
  const { template } = loaded;
  const deckName = options.deck ?? template.decks.default;
  const deck = template.decks.decks[deckName];
  if (!deck) {
    const names = Object.keys(template.decks.decks);
    throw new UserError([{ code: 'unknown-deck', severity: 'error', message: `template ${template.name} has no deck "${deckName}"`, hint: [didYouMean(deckName, names), `decks: ${names.join(', ')}`].filter(Boolean).join(' ') }], exitCodes.usage);
  }
  const rendered = await renderDeck(model, template.theme, deck.slides);
  return {
    files: [{ path: path.resolve(options.outDir, deckFileName(model)), content: rendered.buffer }],
    model,
    slides: rendered.slides,
    charts: rendered.charts,
    warnings: [...validation.problems, ...loaded.problems, ...rendered.warnings],
  };
}
