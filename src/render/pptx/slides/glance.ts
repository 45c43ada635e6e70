import type { SlideDeck } from '../slide-deck.js';
import { drawFitted, legend } from './common.js';
import { layOutGlance } from './glance-layout.js';

/** The glance drawn from its layout (glance-layout.ts): the table, the legend of states, the trackers left out. */
export function renderGlance(deck: SlideDeck): void {
  const { w } = deck;
  const { colors } = deck.theme;
  const laid = layOutGlance(deck);
  const c = deck.slide({ layout: 'content', title: laid.title, notes: laid.notes });
  drawFitted(c, laid.table);
  legend(
    c,
    laid.legend.states.map((s) => ({
      label: w.t(`state.${s}`),
      draw: (b) => c.shape('rect', b, { fill: colors.state_fill[s], line: colors.line, lineWidth: 0.5 }),
    })),
    laid.legend.box,
  );
  if (laid.trackersLeft) c.fit(laid.trackersLeft.text, laid.trackersLeft.box, laid.trackersLeft.style);
}
