import type { ProgramModel } from '../../src/model/types.js';
import { reportContext } from '../../src/present/report-context.js';
import { fontResolver } from '../../src/render/fonts/index.js';
import { boardTrackers, type TrackerUnit } from '../../src/render/pptx/board-plan.js';
import { DeckWording } from '../../src/render/pptx/deck-words.js';
import { IDENTITY, type Frame } from '../../src/render/pptx/geometry.js';
import type { DeckFonts } from '../../src/render/pptx/canvas/text-style.js';
import { boardBudget, composition } from '../../src/render/pptx/render-deck.js';
import type { LayoutDeck } from '../../src/render/pptx/slide-deck.js';
import { SlideMap } from '../../src/render/pptx/slide-map.js';
import type { BoardBudget } from '../../src/schema/deck.js';
import type { Theme } from '../../src/schema/template.js';
import { defaultTemplate, modelOf } from './program.js';

/**
 * What a slide's layout step reads, made without a deck (no pptxgenjs, no
 * slide): the default template's words and theme, the program's model and
 * report context, the theme's font metrics, a deck of the template (the full
 * deck unless told) and a frame (none unless told).
 */
class TestLayoutDeck extends DeckWording implements LayoutDeck {
  readonly board: BoardBudget | null;
  readonly trackersLeft: readonly TrackerUnit[];
  private readonly shown: ReadonlySet<string> | null;

  constructor(
    readonly model: ProgramModel,
    readonly theme: Theme,
    readonly fonts: DeckFonts,
    words: ConstructorParameters<typeof DeckWording>,
    board: BoardBudget | null,
    slides: Parameters<typeof boardTrackers>[1],
  ) {
    super(...words);
    this.board = board;
    const plan = board ? boardTrackers(model, slides, board) : null;
    this.trackersLeft = plan?.left ?? [];
    this.shown = plan ? new Set(plan.shown.map((u) => `${u.scenarioId}/${u.trackId ?? ''}`)) : null;
  }

  get minText(): number {
    return this.fonts.minText;
  }

  showsTracker(scenarioId: string, trackId: string | null): boolean {
    return this.shown === null || this.shown.has(`${scenarioId}/${trackId ?? ''}`);
  }
}

export async function layoutDeck(dir: string, options: { deck?: string; frame?: Frame } = {}): Promise<LayoutDeck> {
  const { template, wording } = await defaultTemplate();
  const model = await modelOf(dir);
  const definition = template.decks.decks[options.deck ?? 'full'];
  if (!definition) throw new Error(`the default template has no deck ${options.deck}`);
  const { slides, left } = composition(model, definition);
  const board = boardBudget(definition);
  const resolve = fontResolver(() => undefined);
  const fonts: DeckFonts = {
    heading: resolve(template.theme.fonts.heading),
    body: resolve(template.theme.fonts.body),
    frame: options.frame ?? IDENTITY,
    minText: board?.min_text_size ?? 0,
  };
  const context = reportContext(model, wording, null);
  const words: ConstructorParameters<typeof DeckWording> = [wording, context, { slides, left }, new SlideMap()];
  return new TestLayoutDeck(model, template.theme, fonts, words, board, slides);
}

/** Every box of a value (any object with numeric x, y, w and h), found wherever it is nested. */
export function boxesOf(
  value: unknown,
  path = '',
  seen = new WeakSet<object>(),
): { path: string; x: number; y: number; w: number; h: number }[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const v = value as Record<string, unknown>;
  const own = ['x', 'y', 'w', 'h'].every((k) => typeof v[k] === 'number')
    ? [{ path, x: v.x as number, y: v.y as number, w: v.w as number, h: v.h as number }]
    : [];
  return [...own, ...Object.entries(v).flatMap(([k, child]) => boxesOf(child, `${path}.${k}`, seen))];
}
