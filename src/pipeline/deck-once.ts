import type { RenderedDeck } from '../render/pptx/render-deck.js';
import type { SinkInputs } from './sink.js';

const decks = new WeakMap<SinkInputs, Promise<RenderedDeck>>();

/** The deck of a build, rendered once for every output that needs it (pptx, and the PDF made from it). */
export function deckOnce(i: SinkInputs): Promise<RenderedDeck> {
  let deck = decks.get(i);
  if (!deck) {
    deck = (async () => {
      const images = i.template.theme.charts === 'images' ? await i.pngs() : undefined;
      const { renderDeck } = await import('../render/pptx/render-deck.js');
      return renderDeck(i.model, i.template, i.wording, i.deck, {
        context: i.context(),
        charts: i.specs(),
        images,
        deflated: i.deflated,
      });
    })();
    decks.set(i, deck);
  }
  return deck;
}
