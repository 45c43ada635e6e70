import type { ObjectiveModel, ScenarioModel, TrackModel } from '../../../model/types.js';
import type { Theme } from '../../../schema/template.js';
import type { Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import type { SlideDeck } from '../slide-deck.js';
import { legend, STATUS_LEGEND, statusMarker } from './common.js';
import { SPACING } from './tracker-columns.js';
import { layOutTracker, type BarLayout, type TrackerColumn, type TrackerLayout } from './tracker-layout.js';
import { checkMark, shield } from './tracker-shapes.js';

/** The tracker slide drawn from its layout (tracker-layout.ts). */

function flagColor(o: ObjectiveModel, theme: Theme): string {
  const status =
    o.status === 'blocked' || o.status === 'at-risk' || o.status === 'not-applicable' ? o.status : 'blocked';
  return theme.colors.status[status];
}

/** A column: its rule, shield, stage name and status, its objectives and counted lines and its "+ n more" note. */
function drawColumn(deck: SlideDeck, c: SlideCanvas, col: TrackerColumn, size: number): void {
  const { theme, w } = deck;
  const { colors } = theme;
  c.line(col.rule.x, col.rule.top, col.rule.x, col.rule.bottom, col.color, 1.5);
  shield(c, col.shield, col.stage, col.color);
  c.fit(col.label.text, col.label.box, col.label.style);
  c.fit(col.status.text, col.status.box, col.status.style);
  for (const e of col.entries) {
    if (e.kind === 'count') {
      c.text(e.text, e.box, { size, color: colors.muted, lineSpacingMultiple: SPACING });
      continue;
    }
    const o = e.objective;
    statusMarker(c, o.status, e.marker, theme, `Objective: ${o.title} (${w.t(`status.${o.status}`)})`);
    const text = e.flag
      ? [{ text: o.title }, { text: ` — ${e.flag}`, color: flagColor(o, theme), bold: true }]
      : o.title;
    c.text(text, e.box, {
      size,
      color: o.status === 'not-applicable' ? colors.muted : colors.text,
      lineSpacingMultiple: SPACING,
    });
  }
  if (col.more) c.text(col.more.text, col.more.box, { size, italic: true, color: colors.muted });
  if (col.leftOut) deck.warn(c, 'text-truncated', col.leftOut);
}

/** The bar along the bottom: the focus marker on its stage and the open circle, or the finished circle. */
function drawBar(deck: SlideDeck, c: SlideCanvas, bar: BarLayout): void {
  const { colors } = deck.theme;
  if (bar.finished) {
    const done = colors.status.complete;
    c.shape('ellipse', bar.circle, { fill: done, line: done, lineWidth: 1.5, name: 'Finished' });
    checkMark(c, bar.circle, colors.background, 2.25);
    c.text(bar.label.text, bar.label.box, { size: 12, bold: true, color: done, align: 'right', valign: 'middle' });
    return;
  }
  c.line(bar.rail.x1, bar.rail.y, bar.rail.x2, bar.rail.y, colors.muted, 2);
  if (bar.focus) {
    c.custom([{ x: 0, y: 0.28 }, { x: 0.17, y: 0 }, { x: 0.34, y: 0.28 }, { close: true }], bar.focus.marker, {
      fill: colors.text,
      line: colors.text,
      name: `Focus: ${bar.focus.stage}`,
    });
    c.text(bar.focus.label.text, bar.focus.label.box, { size: 9, color: colors.muted });
  }
  c.shape('ellipse', bar.circle, { fill: colors.background, line: colors.muted, lineWidth: 1.5, name: 'Not finished' });
  checkMark(c, bar.circle, colors.muted, 1.5);
}

function drawTracker(deck: SlideDeck, laid: TrackerLayout): void {
  const { theme, w } = deck;
  const c = deck.slide({ layout: 'content', title: laid.title, kicker: laid.kicker, notes: laid.notes });
  for (const col of laid.columns) drawColumn(deck, c, col, laid.size);
  drawBar(deck, c, laid.bar);
  legend(
    c,
    STATUS_LEGEND.map((st) => ({ label: w.t(`status.${st}`), draw: (b: Box) => statusMarker(c, st, b, theme) })),
    laid.legend,
  );
  c.text(laid.asOf.text, laid.asOf.box, { size: 9, color: theme.colors.muted, align: 'right', valign: 'middle' });
}

function renderTracker(deck: SlideDeck, s: ScenarioModel, track: TrackModel | undefined): void {
  drawTracker(deck, layOutTracker(deck, s, track));
}

/**
 * One tracker slide per scenario; one per track for a scenario split in
 * tracks (the breach scenario). A board deck draws only the trackers its
 * budget has room for (see board-plan.ts).
 */
export function renderTrackerSlides(deck: SlideDeck, s: ScenarioModel): void {
  if (s.tracks.length === 0) {
    if (deck.showsTracker(s.id, null)) renderTracker(deck, s, undefined);
  } else for (const t of s.tracks) if (deck.showsTracker(s.id, t.id)) renderTracker(deck, s, t);
}
