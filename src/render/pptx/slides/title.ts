import { longDate, plural } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';

export function renderTitle(deck: DeckBuilder): void {
  const m = deck.model;
  const { colors } = deck.theme;
  const p = m.progress;
  const c = deck.slide({
    layout: 'title',
    title: m.program,
    notes: [
      `Welcome. This is the ${m.program} report for ${m.organization}${m.periodLabel ? `, ${m.periodLabel}` : ''}.`,
      `The data is as of ${longDate(m.reportingDate)} and covers the period since ${longDate(m.periodStart)}.`,
      `Across ${plural(m.scenarios.length, 'business scenario')} in scope, ${p.complete} of ${p.applicable} applicable objectives are complete (${p.percentComplete}%).`,
      m.decisions.some((d) => d.status === 'open') ? `We will ask for ${plural(m.decisions.filter((d) => d.status === 'open').length, 'decision')} at the end.` : '',
    ].filter(Boolean).join(' '),
  });
  c.text(m.organization, { x: 1.0, y: 3.8, w: 11.3, h: 0.6 }, { size: 24, color: colors.muted });
  c.text(m.periodLabel ? `Progress report · ${m.periodLabel}` : 'Progress report', { x: 1.0, y: 4.5, w: 11.3, h: 0.45 }, { size: 18, color: colors.accent, bold: true });
  c.text(`Data as of ${longDate(m.reportingDate)} · period from ${longDate(m.periodStart)}`, { x: 1.0, y: 5.0, w: 11.3, h: 0.4 }, { size: 14, color: colors.muted });
  c.text(`Framework: ${m.catalog.title}`, { x: 1.0, y: 6.55, w: 9, h: 0.3 }, { size: 10, color: colors.muted });
}
