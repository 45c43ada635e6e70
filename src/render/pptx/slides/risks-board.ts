import type { SlideDeck } from '../slide-deck.js';
import { drawFitted } from './common.js';
import { drawHeatMap } from './risk-heatmap.js';
import { layOutBoardRisks } from './risks-board-layout.js';

/** The board's risks on one slide, drawn from their layout (risks-board-layout.ts). */
export function renderBoardRisks(deck: SlideDeck): void {
  const laid = layOutBoardRisks(deck);
  const c = deck.slide({ layout: 'content', title: laid.title, notes: laid.notes });
  drawHeatMap(c, laid.heatMap);
  c.fit(laid.appetite.text, laid.appetite.box, laid.appetite.style);
  drawFitted(c, laid.table);
  if (laid.more) c.fit(laid.more.text, laid.more.box, laid.more.style);
}
