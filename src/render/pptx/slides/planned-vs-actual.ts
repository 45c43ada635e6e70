import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';

export function renderPlannedVsActual(deck: SlideDeck): void {
  const { w, theme } = deck;
  const { colors } = theme;
  const pva = deck.model.plannedVsActual;
  const c = deck.slide({
    layout: 'content',
    title: deck.title('planned-vs-actual'),
    notes: deck.notes('planned-vs-actual'),
  });
  c.specChart(
    deck.chart('planned-vs-actual'),
    { x: CONTENT.x, y: CONTENT.y, w: 8.6, h: CONTENT.h - 0.1 },
    { catAxisLabelFontSize: 9 },
  );
  const x = CONTENT.x + 8.9;
  const stat = (value: string, what: string, y: number, color: string) => {
    c.text(value, { x, y, w: 3.4, h: 0.6 }, { size: 30, bold: true, color, valign: 'bottom' });
    c.text(what, { x, y: y + 0.6, w: 3.4, h: 0.45 }, { size: 11, color: colors.muted });
  };
  stat(`${pva.doneOfDue} / ${pva.dueByNow}`, w.t('planned.due_now'), CONTENT.y + 0.1, colors.accent);
  // What the headline leaves out: completions ahead of a later due date, and completions that never had one.
  if (pva.completedEarly || pva.completedWithoutDue) {
    c.text(
      w.t('planned.done_breakdown', { early: pva.completedEarly, undated: pva.completedWithoutDue }),
      { x, y: CONTENT.y + 0.1 + 0.95, w: 3.4, h: 0.3 },
      { size: 9, italic: true, color: colors.muted },
    );
  }
  stat(String(pva.onTime), w.t('planned.on_time'), CONTENT.y + 1.35, colors.status.complete);
  stat(
    String(pva.late),
    w.t('planned.late', { days: pva.late ? pva.averageSlipDays : 0 }),
    CONTENT.y + 2.6,
    colors.status['at-risk'],
  );
  stat(String(pva.openOverdue), w.t('planned.overdue'), CONTENT.y + 3.85, colors.status.blocked);
}
