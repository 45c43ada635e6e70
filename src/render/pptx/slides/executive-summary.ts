import type { Run } from '../canvas/text-style.js';
import type { SlideCanvas } from '../slide-canvas.js';
import type { SlideDeck } from '../slide-deck.js';
import { LIST_SIZE, moreLine, PARA_AFTER, type PlacedList } from './summary-lists.js';
import { layOutSummary } from './summary-layout.js';
import { REASON_SIZE, type Dot, type OverviewLayout } from './summary-overview.js';

/** The executive summary drawn from its layout (summary-layout.ts). */

const dot = (c: SlideCanvas, d: Dot) => c.shape('ellipse', d.box, { fill: d.fill, name: d.name });

/** The overall number and its bar, then each scenario's health. */
function drawOverview(deck: SlideDeck, c: SlideCanvas, o: OverviewLayout): void {
  const { colors } = deck.theme;
  c.fit(o.number.text, o.number.box, o.number.style);
  c.text(o.counts.runs, o.counts.box, { size: 12, color: colors.muted, valign: 'middle' });
  if (o.delta) c.text(o.delta.text, o.delta.box, { size: 11, bold: true, color: o.delta.color });
  c.shape('rect', o.bar.track, { fill: colors.surface });
  if (o.bar.done) c.shape('rect', o.bar.done, { fill: colors.accent });
  c.fit(o.heading.text, o.heading.box, o.heading.style);
  for (const row of o.rows) {
    dot(c, row.dot);
    c.fit(row.name.text, row.name.box, row.name.style);
    c.fit(row.health.text, row.health.box, row.health.style);
    if (row.detail) c.text(row.detail.text, row.detail.box, { size: REASON_SIZE, color: colors.muted });
  }
  if (o.more) c.fit(o.more.text, o.more.box, o.more.style);
}

/** A list: its heading, its items, and its "more" line in its final words (or "None"). */
function drawList(deck: SlideDeck, c: SlideCanvas, p: PlacedList): void {
  const { colors } = deck.theme;
  const l = p.list;
  c.fit(p.heading.text, p.heading.box, p.heading.style);
  const runs: Run[] = l.items.slice(0, p.shown).map((text) => ({ text, breakLine: true }));
  if (l.items.length === 0) runs.push({ text: deck.w.t('summary.nothing'), color: colors.muted });
  else if (p.shown < l.items.length) runs.push({ text: moreLine(deck, l, p.shown, true), color: colors.muted });
  const last = runs[runs.length - 1];
  if (last) last.breakLine = false;
  c.text(runs, p.body, { size: LIST_SIZE, bullet: l.items.length > 0, paraSpaceAfter: PARA_AFTER });
}

/** The summary's notes: what each list shows and where the rest is, the scenarios without a row, what is not recorded. */
function summaryNotes(deck: SlideDeck, lists: PlacedList[], scenariosLeft: string[]): string {
  return deck.notes('executive-summary', {
    lists: lists.map(({ list: l, shown }) => ({
      heading: l.heading,
      total: l.items.length,
      shown,
      items: l.items.slice(0, shown),
      more: shown < l.items.length ? moreLine(deck, l, shown, true) : null,
    })),
    scenariosLeft,
    notRecorded: deck.notRecorded(),
    closedRisks: deck.ctx.risks.some((r) => r.status === 'open')
      ? null
      : deck.ctx.risks.length
        ? deck.w.t('risks.closed_only', { closed: deck.ctx.risks.length })
        : null,
  });
}

/**
 * The executive summary, one slide in every deck: the status sentence; the
 * overall number and each scenario's health on the left; on the right what
 * needs attention, the decisions asked and what was achieved since the last
 * meeting, each ranked (see ranking.ts), as many items as fit by measure and
 * the rest counted by kind with the slides (or the deck) that list them in
 * full. The lists are drawn once every slide exists, so they can name them.
 */
export function renderExecutiveSummary(deck: SlideDeck): void {
  const laid = layOutSummary(deck);
  const c = deck.slide({ layout: 'content', title: laid.title, notes: null });
  dot(c, laid.status.dot);
  c.fit(laid.status.text, laid.status.box, laid.status.style);
  drawOverview(deck, c, laid.overview);
  c.shape('line', laid.divider.box, { line: laid.divider.color, lineWidth: 0.75 });
  deck.map.later(() => {
    for (const list of laid.lists) drawList(deck, c, list);
    c.notes(summaryNotes(deck, laid.lists, laid.overview.left));
  });
}
