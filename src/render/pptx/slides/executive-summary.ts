import { HEALTH_RULE } from '../../../model/health.js';
import type { ObjectiveModel } from '../../../model/types.js';
import { list, plural, shortDate } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';

const HEALTH_WORD = { green: 'On track', amber: 'Needs attention', red: 'Off track' } as const;

function section(c: SlideCanvas, title: string, items: string[], more: number, y: number, h: number, what: string): void {
  const { colors } = c.deck.theme;
  c.text(title, { x: 5.35, y, w: 7.45, h: 0.3 }, { size: 13, bold: true, color: colors.accent, font: 'heading' });
  const body = items.length ? [...items, ...(more > 0 ? [`and ${more} more (see the following slides)`] : [])].join('\n') : 'None this period.';
  c.fit(body, { x: 5.35, y: y + 0.32, w: 7.45, h: h - 0.34 }, { max: 12, min: 9, what, color: items.length ? colors.text : colors.muted, paraSpaceAfter: 3, bullet: items.length > 0 });
}

function attentionLine(o: ObjectiveModel, scenarioTitle: string): string {
  const why = o.status === 'blocked' ? `blocked${o.blockers[0] ? `: ${o.blockers[0]}` : ''}` : `${o.daysOverdue} days overdue`;
  return `${o.title} (${scenarioTitle}): ${why}`;
}

export function renderExecutiveSummary(deck: DeckBuilder): void {
  const m = deck.model;
  const { colors } = deck.theme;
  const p = m.progress;
  const short = new Map(m.scenarios.map((s) => [s.id, s.shortTitle]));
  const attention = [...m.blocked, ...m.overdue.filter((o) => o.status !== 'blocked')];
  const open = m.decisions.filter((d) => d.status === 'open');
  const health = m.scenarios.map((s) => `${s.title}: ${HEALTH_WORD[s.health.level].toLowerCase()} (${s.progress.percentComplete}% complete${s.health.reasons.length ? `; ${list(s.health.reasons)}` : ''})`);
  const c = deck.slide({
    layout: 'content',
    title: 'Executive summary',
    notes: [
      `Overall, ${p.complete} of ${p.applicable} applicable objectives are complete: ${p.percentComplete}%.`,
      m.completedInPeriod.length ? `${plural(m.completedInPeriod.length, 'objective')} were completed since ${shortDate(m.periodStart)}.` : `No objective was completed since ${shortDate(m.periodStart)}.`,
      `Scenario health. ${health.join('. ')}.`,
      `The rule behind the colours: ${HEALTH_RULE}`,
      attention.length ? `What needs attention: ${attention.map((o) => attentionLine(o, short.get(o.scenarioId) ?? o.scenarioId)).join('; ')}.` : 'Nothing is blocked or overdue.',
      open.length ? `We ask for ${plural(open.length, 'decision')}: ${open.map((d) => `${d.title} (${d.askedOf}, by ${shortDate(d.neededBy)})`).join('; ')}.` : '',
    ].filter(Boolean).join('\n\n'),
  });

  // Left: the overall number and the scenarios' health.
  const left = { x: CONTENT.x, y: CONTENT.y, w: 4.5 };
  c.text(`${p.percentComplete}%`, { x: left.x, y: left.y, w: 2.2, h: 0.95 }, { size: 54, bold: true, color: colors.accent, font: 'heading', valign: 'middle' });
  c.text(`of applicable objectives complete\n${p.complete} of ${p.applicable}${p.byStatus['not-applicable'] ? ` (${p.byStatus['not-applicable']} not applicable)` : ''}`, { x: left.x + 2.25, y: left.y + 0.12, w: 2.3, h: 0.75 }, { size: 12, color: colors.muted, valign: 'middle' });
  c.shape('rect', { x: left.x, y: left.y + 1.05, w: left.w, h: 0.12 }, { fill: colors.surface });
  if (p.percentComplete > 0) c.shape('rect', { x: left.x, y: left.y + 1.05, w: (left.w * p.percentComplete) / 100, h: 0.12 }, { fill: colors.accent });
  c.text('Scenario health', { x: left.x, y: left.y + 1.4, w: left.w, h: 0.3 }, { size: 13, bold: true, color: colors.accent, font: 'heading' });
  const rowH = Math.min(0.72, 3.6 / Math.max(1, m.scenarios.length));
  m.scenarios.forEach((s, i) => {
    const y = left.y + 1.75 + i * rowH;
    c.shape('ellipse', { x: left.x, y: y + 0.06, w: 0.2, h: 0.2 }, { fill: colors.health[s.health.level], name: `Health ${s.health.level}` });
    c.text([{ text: s.shortTitle, bold: true }, { text: `  ${s.progress.percentComplete}%`, color: colors.muted }], { x: left.x + 0.3, y, w: left.w - 0.3, h: 0.3 }, { size: 12, valign: 'middle' });
    const reason = s.health.reasons.length ? s.health.reasons.join(', ') : HEALTH_WORD[s.health.level];
    c.fit(`${HEALTH_WORD[s.health.level]}${s.health.reasons.length ? `: ${reason}` : ''}`, { x: left.x + 0.3, y: y + 0.3, w: left.w - 0.3, h: rowH - 0.33 }, { max: 10, min: 8, color: colors.muted, what: `the health of ${s.shortTitle}` });
  });

  // Right: highlights, attention, decisions.
  c.shape('line', { x: 5.05, y: CONTENT.y, w: 0, h: 5.3 }, { line: colors.line, lineWidth: 0.75 });
  const highlights = m.highlights.slice(0, 4);
  section(c, `Since ${shortDate(m.periodStart)}`, highlights, m.highlights.length - highlights.length, CONTENT.y, 1.95, 'the highlights');
  const shown = attention.slice(0, 3);
  section(c, 'Needs attention', shown.map((o) => attentionLine(o, short.get(o.scenarioId) ?? o.scenarioId)), attention.length - shown.length, CONTENT.y + 2.0, 1.65, 'the attention list');
  const decisions = open.slice(0, 3);
  section(c, 'Decisions asked', decisions.map((d) => `${d.title} (${d.askedOf}, by ${shortDate(d.neededBy)})`), open.length - decisions.length, CONTENT.y + 3.7, 1.6, 'the decisions');
}
