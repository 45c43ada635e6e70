import { linesHeightIn, wrap } from '../../text-fit.js';
import type { FitStyle, Run } from '../canvas/text-style.js';
import type { Box } from '../geometry.js';
import type { LayoutDeck } from '../slide-deck.js';
import { headingStyle } from './summary-lists.js';

/**
 * The left of the summary laid out: the overall number and its bar, then
 * each scenario's health, as many as fit and how (see plan()).
 */

type Scenario = LayoutDeck['ctx']['scenarios'][number];

const NAME_H = 0.3;
export const REASON_SIZE = 10;
/** The order scenarios are kept in when not all fit: the worst health first. */
const SEVERITY = ['red', 'amber', 'not-started', 'green', 'not-applicable'] as const;

/** A text and the box it is fitted to. */
interface Placed {
  text: string;
  box: Box;
  style: FitStyle;
}

/** A dot in the colour of a health. */
export interface Dot {
  box: Box;
  fill: string;
  name: string;
}

export interface ScenarioRowLayout {
  dot: Dot;
  name: Placed;
  /** The percentage, and the health in words when the row has no detail line. */
  health: Placed;
  /** The health's reasons or counts under the name, or null (by name only). */
  detail: { text: string; box: Box } | null;
}

export interface OverviewLayout {
  number: Placed;
  counts: { runs: Run[]; box: Box };
  /** With --since, how far the overall number moved. */
  delta: { text: string; box: Box; color: string } | null;
  bar: { track: Box; done: Box | null };
  heading: Placed;
  rows: ScenarioRowLayout[];
  /** "and 4 more scenarios, see …" when not every scenario has a row. */
  more: Placed | null;
  /** The titles of the scenarios without a row. */
  left: string[];
}

/** The health line under a scenario's name: its height at the reason size, on the design grid. */
function reasonHeight(deck: LayoutDeck, text: string, width: number): number {
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
function plan(deck: LayoutDeck, room: number, width: number) {
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

function whereScenarios(deck: LayoutDeck): string {
  return deck.has('glance') ? deck.refTo('glance') : deck.w.t('refs.full');
}

/** A scenario's row: the dot of its health, its name, its percentage (and health in words), its detail line. */
function scenarioRow(deck: LayoutDeck, s: Scenario, row: Box, detail: Detail | null): ScenarioRowLayout {
  const { colors } = deck.theme;
  const w = deck.w;
  // By name only, the health is said in words beside the percentage, not by the dot's colour alone.
  const right = detail ? w.percent(s.percentComplete) : `${s.health.label} · ${w.percent(s.percentComplete)}`;
  const percentW = detail ? 0.75 : 1.9;
  const line = { max: 12, min: 10, maxLines: 1, valign: 'middle' } as const;
  return {
    dot: {
      box: { x: row.x, y: row.y + 0.06, w: 0.2, h: 0.2 },
      fill: colors.health[s.health.level],
      name: `Health: ${s.health.label}`,
    },
    name: {
      text: s.shortTitle,
      box: { x: row.x + 0.3, y: row.y, w: row.w - 0.3 - percentW, h: NAME_H },
      style: { ...line, bold: true, what: `the name of ${s.shortTitle}` },
    },
    health: {
      text: right,
      box: { x: row.x + row.w - percentW, y: row.y, w: percentW, h: NAME_H },
      style: { ...line, color: colors.muted, align: 'right', what: `the health of ${s.shortTitle}` },
    },
    detail: detail
      ? { text: detail(s), box: { x: row.x + 0.3, y: row.y + NAME_H, w: row.w - 0.3, h: row.h - NAME_H - 0.04 } }
      : null,
  };
}

/** The overall number and its bar, then each scenario's health, in `box`. */
export function layOutOverview(deck: LayoutDeck, box: Box): OverviewLayout {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const p = ctx.overall;
  const d = ctx.changes?.overall.delta ?? 0;
  const top = box.y + 1.6;
  const laid = plan(deck, box.y + box.h - top, box.w);
  let y = top;
  const rows = laid.rows.map((s, i) => {
    const row = scenarioRow(deck, s, { x: box.x, y, w: box.w, h: laid.heights[i] ?? NAME_H }, laid.detail);
    y += laid.heights[i] ?? NAME_H;
    return row;
  });
  return {
    number: {
      text: w.percent(p.percentComplete),
      box: { x: box.x, y: box.y, w: 2.2, h: 0.95 },
      style: {
        max: 54,
        min: 32,
        maxLines: 1,
        bold: true,
        color: colors.accent,
        font: 'heading',
        valign: 'middle',
        what: 'the overall number',
      },
    },
    counts: {
      runs: [{ text: w.t('summary.of_applicable'), breakLine: true }, { text: w.t('summary.counts', p) }],
      box: { x: box.x + 2.25, y: box.y + 0.1, w: box.w - 2.25, h: 0.8 },
    },
    delta: ctx.changes
      ? {
          text: w.t('changes.delta_since', { delta: ctx.changes.overall.deltaText, since: ctx.changes.since }),
          box: { x: box.x + 2.25, y: box.y - 0.2, w: box.w - 2.25, h: 0.28 },
          color: d > 0 ? colors.status.complete : d < 0 ? colors.status.blocked : colors.muted,
        }
      : null,
    bar: {
      track: { x: box.x, y: box.y + 1.0, w: box.w, h: 0.12 },
      done: p.percentComplete ? { x: box.x, y: box.y + 1.0, w: (box.w * p.percentComplete) / 100, h: 0.12 } : null,
    },
    heading: {
      text: w.t('summary.scenario_health'),
      box: { x: box.x, y: box.y + 1.25, w: box.w, h: 0.3 },
      style: headingStyle(deck),
    },
    rows,
    more: laid.left.length
      ? {
          text: w.t('summary.scenarios_more', { count: laid.left.length, where: whereScenarios(deck) }),
          box: { x: box.x, y, w: box.w, h: box.y + box.h - y },
          style: { max: REASON_SIZE, min: REASON_SIZE, color: colors.muted, what: 'the scenarios left out' },
        }
      : null,
    left: laid.left.map((s) => s.title),
  };
}
