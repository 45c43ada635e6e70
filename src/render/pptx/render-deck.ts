import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import { boardBudgetSchema, slideKinds, type DeckDefinition, type SlideKind } from '../../schema/deck.js';
import type { Template } from '../../templating/load-template.js';
import type { Wording } from '../../templating/wording.js';
import { DeckBuilder, type DeckInputs } from './deck-builder.js';
import { finalizePackage } from './postprocess/finalize.js';
import { Parts } from '../../ooxml/parts.js';
import { presentationParts } from './pptxgen.js';
import { boardRenderers, emptyWhen, slideRenderers } from './registry.js';

export interface RenderedDeck {
  buffer: Buffer;
  slides: number;
  charts: number;
  warnings: Problem[];
}

/**
 * Groups the composition: program slides stand alone; consecutive scenario
 * slides form a group drawn once per scenario (tracker, detail, stakeholders
 * of the first scenario, then of the second...).
 */
export function expandComposition(kinds: readonly SlideKind[]): (SlideKind | SlideKind[])[] {
  const out: (SlideKind | SlideKind[])[] = [];
  for (const kind of kinds) {
    const last = out[out.length - 1];
    if (slideKinds[kind].scope === 'scenario') {
      if (Array.isArray(last)) last.push(kind);
      else out.push([kind]);
    } else {
      out.push(kind);
    }
  }
  return out;
}

/**
 * The slides a deck holds for a program: its composition without the sections
 * that have nothing to show (unless the deck keeps them), and those left out
 * because nothing is recorded for them yet (the summary's notes name them).
 */
export function composition(
  model: ProgramModel,
  definition: Pick<DeckDefinition, 'slides' | 'keep_empty'>,
): { slides: SlideKind[]; left: SlideKind[] } {
  const keep = (kind: SlideKind) =>
    definition.keep_empty === true || (Array.isArray(definition.keep_empty) && definition.keep_empty.includes(kind));
  const reason = (kind: SlideKind) => (keep(kind) ? null : (emptyWhen[kind]?.(model) ?? null));
  return {
    slides: definition.slides.filter((kind) => reason(kind) === null),
    left: definition.slides.filter((kind) => reason(kind) === 'not-recorded'),
  };
}

/** What a deck definition spends: a board deck's budget (the defaults where it sets none), or null. */
export function boardBudget(definition: Pick<DeckDefinition, 'audience' | 'budget'>) {
  return definition.audience === 'board' ? (definition.budget ?? boardBudgetSchema.parse({})) : null;
}

/** ProgramModel + theme + composition → the finished .pptx bytes (render stage; writes nothing). */
export async function renderDeck(
  model: ProgramModel,
  template: Template,
  wording: Wording,
  definition: Pick<DeckDefinition, 'slides' | 'keep_empty' | 'audience' | 'budget'>,
  inputs: DeckInputs,
): Promise<RenderedDeck> {
  const drawn = await drawDeck(model, template, wording, definition, inputs);
  const buffer = await finalizePackage(Parts.of(drawn.parts), {
    date: model.reportingDate,
    company: model.organization,
    theme: template.theme,
    language: drawn.language,
    master: template.master ? { master: template.master, slides: drawn.onMaster } : undefined,
    deflated: inputs.deflated,
  });
  return { buffer, slides: drawn.slides, charts: drawn.charts, warnings: drawn.warnings };
}

/**
 * The slides drawn with pptxgenjs, and the parts it writes of them. The
 * pptxgenjs presentation is garbage once this returns: the post-processing
 * holds the parts only (a 16× program's slide model is tens of megabytes).
 */
async function drawDeck(
  model: ProgramModel,
  template: Template,
  wording: Wording,
  definition: Pick<DeckDefinition, 'slides' | 'keep_empty' | 'audience' | 'budget'>,
  inputs: DeckInputs,
) {
  const { slides, left } = composition(model, definition);
  const deck = new DeckBuilder(model, template, wording, { ...inputs, slides, left, board: boardBudget(definition) });
  const renderers = deck.board ? { ...slideRenderers, ...boardRenderers } : slideRenderers;
  const drawn = (kind: SlideKind, draw: () => void) => {
    const first = deck.slideCount + 1;
    draw();
    deck.map.section(kind, first, deck.slideCount);
  };
  for (const entry of expandComposition(slides)) {
    if (Array.isArray(entry)) {
      for (const scenario of model.scenarios)
        for (const kind of entry)
          drawn(kind, () => (renderers[kind] as (d: DeckBuilder, s: typeof scenario) => void)(deck, scenario));
    } else {
      drawn(entry, () => (renderers[entry] as (d: DeckBuilder) => void)(deck));
    }
  }
  deck.map.finish();
  return {
    parts: await presentationParts(deck.pptx),
    language: deck.language,
    onMaster: deck.onMaster,
    slides: deck.slideCount,
    charts: deck.chartCount,
    warnings: deck.warnings,
  };
}
