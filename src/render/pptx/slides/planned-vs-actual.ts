import { plannedVsActual, plannedVsActualFacts } from '../../../charts/specs/planned-vs-actual.js';
import { plural } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';

export function renderPlannedVsActual(deck: DeckBuilder): void {
  const m = deck.model;
  const { colors } = deck.theme;
  const pva = m.plannedVsActual;
  const reportingIndex = pva.actual.filter((v) => v !== null).length - 1;
  const lastActual = pva.actual[reportingIndex] ?? 0;
  const plannedByNow = pva.planned[reportingIndex] ?? 0;
  const facts = plannedVsActualFacts(m);
  const c = deck.slide({
    layout: 'content',
    title: 'Planned versus actual',
    notes: `The grey line counts objectives due by the end of each month (the plan); the blue line counts objectives completed (actual), up to this report. The gap between the lines is work that is late.\n\n${facts.join(' ')}`,
  });
  c.specChart(plannedVsActual(m, deck.theme), { x: CONTENT.x, y: CONTENT.y, w: 8.6, h: CONTENT.h - 0.1 }, { catAxisLabelFontSize: 9 });
  const x = CONTENT.x + 8.9;
  const stat = (value: string, what: string, y: number, color: string) => {
    c.text(value, { x, y, w: 3.4, h: 0.6 }, { size: 30, bold: true, color, valign: 'bottom' });
    c.text(what, { x, y: y + 0.6, w: 3.4, h: 0.45 }, { size: 11, color: colors.muted });
  };
  stat(`${lastActual} / ${plannedByNow}`, 'completed / due by now', CONTENT.y + 0.1, colors.accent);
  stat(String(pva.onTime), 'completed on time', CONTENT.y + 1.35, colors.status.complete);
  stat(String(pva.late), pva.late ? `completed late, ${plural(pva.averageSlipDays, 'day')} on average` : 'completed late', CONTENT.y + 2.6, colors.status['at-risk']);
  stat(String(pva.openOverdue), 'overdue and still open', CONTENT.y + 3.85, colors.status.blocked);
}
