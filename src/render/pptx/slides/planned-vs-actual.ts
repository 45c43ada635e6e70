import { monthLabel, plural } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';

export function renderPlannedVsActual(deck: DeckBuilder): void {
  const m = deck.model;
  const { colors } = deck.theme;
  const pva = m.plannedVsActual;
  // Month names, with the year on the first month and on each January.
  const labels = pva.months.map((month, i) => (i === 0 || month.endsWith('-01') ? monthLabel(month) : monthLabel(month).slice(0, 3)));
  const lastActual = [...pva.actual].reverse().find((v) => v !== null) ?? 0;
  const reportingIndex = pva.actual.filter((v) => v !== null).length - 1;
  const plannedByNow = pva.planned[reportingIndex] ?? 0;
  const facts = [
    `${lastActual} objectives completed by ${monthLabel(m.reportingDate.slice(0, 7))}, against ${plannedByNow} due by then.`,
    `${plural(pva.onTime, 'objective')} completed on time, ${pva.late} late${pva.late ? ` (on average ${plural(pva.averageSlipDays, 'day')} after the due date)` : ''}.`,
    `${plural(pva.openOverdue, 'objective')} overdue and still open; ${plural(pva.withoutDueDate, 'open objective')} without a due date${pva.dueLater ? `; ${pva.dueLater} due after the chart's horizon` : ''}.`,
  ];
  const c = deck.slide({
    layout: 'content',
    title: 'Planned versus actual',
    notes: `The grey line counts objectives due by the end of each month (the plan); the blue line counts objectives completed (actual), up to this report. The gap between the lines is work that is late.\n\n${facts.join(' ')}`,
  });
  const actual = pva.actual.map((v) => v ?? 0);
  c.chart('line', [
    { name: 'Planned (due)', labels, values: pva.planned },
    { name: 'Actual (completed)', labels: labels.slice(0, reportingIndex + 1), values: actual.slice(0, reportingIndex + 1) },
  ], { x: CONTENT.x, y: CONTENT.y, w: 8.6, h: CONTENT.h - 0.1 }, {
    chartColors: [colors.muted, colors.accent], lineSize: 2.5, lineDataSymbol: 'circle', lineDataSymbolSize: 5,
    showLegend: true, legendPos: 'b', valAxisLabelFormatCode: '0', catAxisLabelFontSize: 9,
    altText: `Cumulative objectives planned and completed by month, ${labels[0] ?? ''} to ${labels[labels.length - 1] ?? ''}. ${facts.join(' ')}`,
  });
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
