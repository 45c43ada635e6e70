import { linesHeightIn, wrap } from '../../text-fit.js';
import type { SlideDeck } from '../slide-deck.js';
import type { Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';

type Scenario = SlideDeck['ctx']['scenarios'][number];

const NAME_H = 0.3;
const REASON_SIZE = 10;
/** The order scenarios are kept in when not all fit: the worst health first. */
const SEVERITY = ['red', 'amber', 'not-started', 'green', 'not-applicable'] as const;

/** The health line under a scenario's name: its height at the reason size, on the design grid. */
function reasonHeight(deck: SlideDeck, text: string, width: number): number {
  const face = { metrics: deck.fonts.body };
  const { sx, sy } = deck.fonts.frame;
  return linesHeightIn(wrap(text, REASON_SIZE, width * sx, face).length, REASON_SIZE, face) / sy;
}

/** How a scenario row says its health under its name: the reasons in full, or in short counts. */
type Detail = (s: Scenario) => string;

/**
 * Which scenarios the summary lists, and how: with the reasons of their
 * health when every one fits so, else with short counts, else by name only
 * (the health in words beside the percentage), else the worst first and the
 * rest counted ("and 4 more scenarios, see …").
 */
function plan(deck: SlideDeck, room: number, width: number) {
  const { ctx, w } = deck;
  const details: Detail[] = [
    (s) => w.t('summary.health_line', { health: s.health.label, reasons: s.health.reasons }),
    (s) => w.t('summary.health_counts', { ...s.health, health: s.health.label }),
  ];
  for (const detail of details) {
    const heights = ctx.scenarios.map((s) => NAME_H + reasonHeight(deck, detail(s), width - 0.3) + 0.08);
    if (heights.reduce((a, b) => a + b, 0) <= room) return { rows: ctx.scenarios, heights, detail, left: [] };
  }
  const fits = Math.floor(room / (NAME_H + 0.04));
  if (ctx.scenarios.length <= fits)
    return { rows: ctx.scenarios, heights: ctx.scenarios.map(() => NAME_H + 0.04), detail: null, left: [] };
  const more = w.t('summary.scenarios_more', { count: ctx.scenarios.length, where: whereScenarios(deck) });
  const keep = Math.max(0, Math.floor((room - reasonHeight(deck, more, width) - 0.05) / (NAME_H + 0.04)));
  const ranked = [...ctx.scenarios].sort((a, b) => SEVERITY.indexOf(a.health.level) - SEVERITY.indexOf(b.health.level));
  const kept = new Set(ranked.slice(0, keep).map((s) => s.id));
  const rows = ctx.scenarios.filter((s) => kept.has(s.id));
  return {
    rows,
    heights: rows.map(() => NAME_H + 0.04),
    detail: null,
    left: ctx.scenarios.filter((s) => !kept.has(s.id)),
  };
}

function whereScenarios(deck: SlideDeck): string {
  return deck.has('glance') ? deck.refTo('glance') : deck.w.t('refs.full');
}

/** The overall number and its bar, then each scenario's health; returns the scenarios it had no room for. */
export function drawOverview(deck: SlideDeck, c: SlideCanvas, box: Box): { left: string[] } {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const p = ctx.overall;
  c.fit(
    w.percent(p.percentComplete),
    { x: box.x, y: box.y, w: 2.2, h: 0.95 },
    {
      max: 54,
      min: 32,
      maxLines: 1,
      bold: true,
      color: colors.accent,
      font: 'heading',
      valign: 'middle',
      what: 'the overall number',
    },
  );
  c.text(
    [{ text: w.t('summary.of_applicable'), breakLine: true }, { text: w.t('summary.counts', p) }],
    { x: box.x + 2.25, y: box.y + 0.1, w: box.w - 2.25, h: 0.8 },
    { size: 12, color: colors.muted, valign: 'middle' },
  );
  if (ctx.changes) {
    const d = ctx.changes.overall.delta;
    c.text(
      w.t('changes.delta_since', { delta: ctx.changes.overall.deltaText, since: ctx.changes.since }),
      { x: box.x + 2.25, y: box.y - 0.2, w: box.w - 2.25, h: 0.28 },
      { size: 11, bold: true, color: d > 0 ? colors.status.complete : d < 0 ? colors.status.blocked : colors.muted },
    );
  }
  c.shape('rect', { x: box.x, y: box.y + 1.0, w: box.w, h: 0.12 }, { fill: colors.surface });
  if (p.percentComplete)
    c.shape(
      'rect',
      { x: box.x, y: box.y + 1.0, w: (box.w * p.percentComplete) / 100, h: 0.12 },
      { fill: colors.accent },
    );
  c.fit(
    w.t('summary.scenario_health'),
    { x: box.x, y: box.y + 1.25, w: box.w, h: 0.3 },
    {
      max: 13,
      min: 11,
      maxLines: 1,
      bold: true,
      color: colors.accent,
      font: 'heading',
      what: 'a heading',
    },
  );
  const top = box.y + 1.6;
  const laid = plan(deck, box.y + box.h - top, box.w);
  let y = top;
  laid.rows.forEach((s, i) => {
    drawRow(deck, c, s, { x: box.x, y, w: box.w, h: laid.heights[i] ?? NAME_H }, laid.detail);
    y += laid.heights[i] ?? NAME_H;
  });
  if (laid.left.length > 0)
    c.fit(
      w.t('summary.scenarios_more', { count: laid.left.length, where: whereScenarios(deck) }),
      { x: box.x, y, w: box.w, h: box.y + box.h - y },
      { max: REASON_SIZE, min: REASON_SIZE, color: colors.muted, what: 'the scenarios left out' },
    );
  return { left: laid.left.map((s) => s.title) };
}

function drawRow(deck: SlideDeck, c: SlideCanvas, s: Scenario, row: Box, detail: Detail | null): void {
  const { colors } = deck.theme;
  const w = deck.w;
  c.shape(
    'ellipse',
    { x: row.x, y: row.y + 0.06, w: 0.2, h: 0.2 },
    {
      fill: colors.health[s.health.level],
      name: `Health: ${s.health.label}`,
    },
  );
  // By name only, the health is said in words beside the percentage, not by the dot's colour alone.
  const right = detail ? w.percent(s.percentComplete) : `${s.health.label} · ${w.percent(s.percentComplete)}`;
  const percentW = detail ? 0.75 : 1.9;
  c.fit(
    s.shortTitle,
    { x: row.x + 0.3, y: row.y, w: row.w - 0.3 - percentW, h: NAME_H },
    {
      max: 12,
      min: 10,
      maxLines: 1,
      bold: true,
      valign: 'middle',
      what: `the name of ${s.shortTitle}`,
    },
  );
  c.fit(
    right,
    { x: row.x + row.w - percentW, y: row.y, w: percentW, h: NAME_H },
    {
      max: 12,
      min: 10,
      maxLines: 1,
      color: colors.muted,
      valign: 'middle',
      align: 'right',
      what: `the health of ${s.shortTitle}`,
    },
  );
  if (detail)
    c.text(
      detail(s),
      { x: row.x + 0.3, y: row.y + NAME_H, w: row.w - 0.3, h: row.h - NAME_H - 0.04 },
      { size: REASON_SIZE, color: colors.muted },
    );
}
