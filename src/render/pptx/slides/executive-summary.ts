import type { ReportObjective } from '../../../present/report-context.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';

function section(
  c: SlideCanvas,
  title: string,
  items: string[],
  more: number,
  y: number,
  h: number,
  what: string,
): void {
  const { colors } = c.deck.theme;
  const w = c.deck.w;
  c.text(title, { x: 5.35, y, w: 7.45, h: 0.3 }, { size: 13, bold: true, color: colors.accent, font: 'heading' });
  const body = items.length
    ? [...items, ...(more > 0 ? [w.t('summary.more', { count: more })] : [])].join('\n')
    : w.t('summary.nothing');
  c.fit(
    body,
    { x: 5.35, y: y + 0.32, w: 7.45, h: h - 0.34 },
    {
      max: 12,
      min: 9,
      what,
      color: items.length ? colors.text : colors.muted,
      paraSpaceAfter: 3,
      bullet: items.length > 0,
    },
  );
}

export function renderExecutiveSummary(deck: DeckBuilder): void {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const p = ctx.overall;
  const attention: ReportObjective[] = [
    ...ctx.attention.blocked,
    ...ctx.attention.overdue.filter((o) => o.status !== 'blocked'),
  ];
  const line = (o: ReportObjective) =>
    o.status === 'blocked'
      ? w.t('summary.blocked_item', { title: o.title, scenario: o.scenario, blocker: o.blockers[0] ?? null })
      : w.t('summary.overdue_item', { title: o.title, scenario: o.scenario, days: o.daysOverdue });
  const open = ctx.decisions.filter((d) => d.status === 'open');
  const c = deck.slide({
    layout: 'content',
    title: deck.title('executive-summary'),
    notes: deck.notes('executive-summary', { attentionLines: attention.map(line), openDecisions: open }),
  });

  // Left: the overall number and the scenarios' health.
  const left = { x: CONTENT.x, y: CONTENT.y, w: 4.5 };
  c.text(
    `${w.fmt.number(p.percentComplete)}%`,
    { x: left.x, y: left.y, w: 2.2, h: 0.95 },
    { size: 54, bold: true, color: colors.accent, font: 'heading', valign: 'middle' },
  );
  c.text(
    [{ text: w.t('summary.of_applicable'), breakLine: true }, { text: w.t('summary.counts', p) }],
    { x: left.x + 2.25, y: left.y + 0.12, w: 2.3, h: 0.75 },
    { size: 12, color: colors.muted, valign: 'middle' },
  );
  if (ctx.changes) {
    const d = ctx.changes.overall.delta;
    c.text(
      w.t('changes.delta_since', { delta: ctx.changes.overall.deltaText, since: ctx.changes.since }),
      { x: left.x + 2.25, y: left.y - 0.18, w: 2.3, h: 0.28 },
      { size: 11, bold: true, color: d > 0 ? colors.status.complete : d < 0 ? colors.status.blocked : colors.muted },
    );
  }
  c.shape('rect', { x: left.x, y: left.y + 1.05, w: left.w, h: 0.12 }, { fill: colors.surface });
  if (p.percentComplete > 0)
    c.shape(
      'rect',
      { x: left.x, y: left.y + 1.05, w: (left.w * p.percentComplete) / 100, h: 0.12 },
      { fill: colors.accent },
    );
  c.text(
    w.t('summary.scenario_health'),
    { x: left.x, y: left.y + 1.4, w: left.w, h: 0.3 },
    { size: 13, bold: true, color: colors.accent, font: 'heading' },
  );
  const rowH = Math.min(0.72, 3.6 / Math.max(1, ctx.scenarios.length));
  ctx.scenarios.forEach((s, i) => {
    const y = left.y + 1.75 + i * rowH;
    c.shape(
      'ellipse',
      { x: left.x, y: y + 0.06, w: 0.2, h: 0.2 },
      { fill: colors.health[s.health.level], name: `Health ${s.health.level}` },
    );
    c.text(
      [
        { text: s.shortTitle, bold: true },
        { text: `  ${w.fmt.number(s.percentComplete)}%`, color: colors.muted },
      ],
      { x: left.x + 0.3, y, w: left.w - 0.3, h: 0.3 },
      { size: 12, valign: 'middle' },
    );
    c.fit(
      w.t('summary.health_line', { health: s.health.label, reasons: s.health.reasons }),
      { x: left.x + 0.3, y: y + 0.3, w: left.w - 0.3, h: rowH - 0.33 },
      { max: 10, min: 8, color: colors.muted, what: `the health of ${s.shortTitle}` },
    );
  });

  // Right: highlights, attention, decisions.
  c.shape('line', { x: 5.05, y: CONTENT.y, w: 0, h: 5.3 }, { line: colors.line, lineWidth: 0.75 });
  const highlights = ctx.highlights.slice(0, 4);
  section(
    c,
    w.t('summary.since', { date: ctx.program.periodStart }),
    highlights,
    ctx.highlights.length - highlights.length,
    CONTENT.y,
    1.95,
    'the highlights',
  );
  const shown = attention.slice(0, 3);
  section(
    c,
    w.t('summary.needs_attention'),
    shown.map(line),
    attention.length - shown.length,
    CONTENT.y + 2.0,
    1.65,
    'the attention list',
  );
  const decisions = open.slice(0, 3);
  section(
    c,
    w.t('summary.decisions_asked'),
    decisions.map((d) => w.t('summary.decision_item', d)),
    open.length - decisions.length,
    CONTENT.y + 3.7,
    1.6,
    'the decisions',
  );
}
