import type { ScenarioModel } from '../../../model/types.js';
import type { SlideDeck } from '../slide-deck.js';
import { layOutScenarioDetail } from './scenario-detail-layout.js';

/** A scenario's objectives as a table, paginated by measured row heights; the first page has its status-by-stage chart. */
export function renderScenarioDetail(deck: SlideDeck, s: ScenarioModel): void {
  for (const page of layOutScenarioDetail(deck, s)) {
    const c = deck.slide({ layout: 'content', title: page.title, kicker: page.kicker, notes: page.notes });
    const { rows, box, colW, fontSize, rowH } = page.table;
    c.table(rows, box, { colW, fontSize, rowH });
    if (!page.chart) continue;
    c.text(page.chart.heading.text, page.chart.heading.box, { size: 12, bold: true, font: 'heading' });
    c.specChart(deck.chart(page.chart.id), page.chart.box, { valAxisLabelFormatCode: '0' });
  }
}
