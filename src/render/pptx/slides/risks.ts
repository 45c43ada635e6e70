import type { SlideDeck } from '../slide-deck.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { drawHeatMap } from './risk-heatmap.js';
import { layOutRisks, type RiskTable } from './risks-layout.js';

/** The risk register drawn from its layout (risks-layout.ts): the heat map and the top risks, then the rest. */

function drawTable(c: SlideCanvas, t: RiskTable): void {
  c.table(t.rows, t.box, { colW: t.colW, fontSize: t.fontSize });
}

export function renderRisks(deck: SlideDeck): void {
  const { colors } = deck.theme;
  const laid = layOutRisks(deck, deck.slideCount + 1);
  const c = deck.slide({ layout: 'content', title: laid.title, notes: laid.notes });
  drawHeatMap(c, laid.heatMap);
  drawTable(c, laid.table);
  if (laid.nothing) c.text(laid.nothing.text, laid.nothing.box, { size: 12, color: colors.muted });
  if (laid.more)
    c.text(laid.more.text, laid.more.box, { size: 10, italic: true, color: colors.muted, valign: 'middle' });
  for (const page of laid.continued) {
    const next = deck.slide({ layout: 'content', title: page.title, notes: page.notes });
    drawTable(next, page.table);
  }
}
