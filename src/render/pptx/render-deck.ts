import type { ProgramModel } from '../../model/types.js';
import type { Problem } from '../../problems/problem.js';
import { slideKinds, type DeckDefinition, type SlideKind } from '../../schema/deck.js';
import type { Template } from '../../templating/load-template.js';
import type { Wording } from '../../templating/wording.js';
import { DeckBuilder, type DeckInputs } from './deck-builder.js';
import { finalizePackage } from './postprocess/finalize.js';
import { Parts } from './postprocess/parts.js';
import { presentationParts } from './pptxgen.js';
import { emptyWhen, slideRenderers } from './registry.js';

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
 * that have nothing recorded yet (unless the deck keeps them), and those left out.
 */
export function composition(
  model: ProgramModel,
  definition: Pick<DeckDefinition, 'slides' | 'keep_empty'>,
): { slides: SlideKind[]; left: SlideKind[] } {
  const keep = (kind: SlideKind) =>
    definition.keep_empty === true || (Array.isArray(definition.keep_empty) && definition.keep_empty.includes(kind));
  const left = definition.slides.filter((kind) => !keep(kind) && (emptyWhen[kind]?.(model) ?? false));
  return { slides: definition.slides.filter((kind) => !left.includes(kind)), left };
}

/** ProgramModel + theme + composition → the finished .pptx bytes (render stage; writes nothing). */
export async function renderDeck(
  model: ProgramModel,
  template: Template,
  wording: Wording,
  definition: Pick<DeckDefinition, 'slides' | 'keep_empty'>,
  inputs: DeckInputs,
): Promise<RenderedDeck> {
  const { slides, left } = composition(model, definition);
  const deck = new DeckBuilder(model, template, wording, { ...inputs, slides, left });
  for (const entry of expandComposition(slides)) {
    if (Array.isArray(entry)) {
      for (const scenario of model.scenarios)
        for (const kind of entry)
          (slideRenderers[kind] as (d: DeckBuilder, s: typeof scenario) => void)(deck, scenario);
    } else {
      (slideRenderers[entry] as (d: DeckBuilder) => void)(deck);
    }
  }
  const buffer = await finalizePackage(Parts.of(await presentationParts(deck.pptx)), {
    date: model.reportingDate,
    company: model.organization,
    theme: template.theme,
    master: template.master ? { master: template.master, slides: deck.onMaster } : undefined,
    deflated: inputs.deflated,
  });
  return { buffer, slides: deck.slideCount, charts: deck.chartCount, warnings: deck.warnings };
}
