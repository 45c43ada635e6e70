import type { ObjectiveModel, ScenarioModel, StageModel, TrackModel } from '../../../model/types.js';
import type { Theme } from '../../../schema/template.js';
import { linesHeightIn } from '../../text-fit.js';
import type { SlideDeck } from '../slide-deck.js';
import { roundInch, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { measureFit, type FitStyle } from '../canvas/text-style.js';
import { legend, scenarioContext, STATUS_LEGEND, statusMarker } from './common.js';
import { flag, GAP, layOut, SPACING, type ColumnLayout } from './tracker-layout.js';
import { checkMark, shield } from './tracker-shapes.js';

const LEFT = 0.75;
const RIGHT = 12.2;
const TOP = 1.5;
const LIST_BOTTOM = 5.8;
const BAR_Y = 6.2;

/** A box relative to a column's left edge and the top of the tracker. */
type Place = Box;

/**
 * Where a column's header goes: in a wide column (up to five stages) the
 * shield beside the stage's name and status on one line each; in a narrow one
 * the shield above them and two lines each, so no name is split mid-word.
 */
interface HeaderLayout {
  shield: Place;
  label: Place;
  status: Place;
  labelLines: number;
  listTop: number;
}

function headerLayout(pitch: number, sx: number): HeaderLayout {
  if (pitch * sx >= 2.2)
    return {
      shield: { x: 0.22, y: 0, w: 0.5, h: 0.6 },
      label: { x: 0.85, y: -0.02, w: pitch - 0.95, h: 0.38 },
      status: { x: 0.85, y: 0.36, w: pitch - 0.95, h: 0.26 },
      labelLines: 1,
      listTop: 0.85,
    };
  return {
    shield: { x: 0.22, y: 0, w: 0.4, h: 0.48 },
    label: { x: 0.22, y: 0.54, w: pitch - 0.3, h: 0.56 },
    status: { x: 0.22, y: 1.1, w: pitch - 0.3, h: 0.34 },
    labelLines: 2,
    listTop: 1.55,
  };
}

/** The one size at which every column's text of a kind fits its place: the smallest of their best sizes. */
function commonSize(deck: SlideDeck, texts: string[], place: Place, style: FitStyle): number {
  return Math.min(style.max, ...texts.map((t) => measureFit(deck.fonts, t, place, style).fontSize));
}

function flagColor(o: ObjectiveModel, theme: Theme): string {
  const status =
    o.status === 'blocked' || o.status === 'at-risk' || o.status === 'not-applicable' ? o.status : 'blocked';
  return theme.colors.status[status];
}

interface TrackerFrame {
  x: number;
  textW: number;
  size: number;
  top: number;
}

/** A column's objectives, its counted lines and its "+ n more" note, from the top of its list. */
function drawColumn(
  deck: SlideDeck,
  c: SlideCanvas,
  col: ColumnLayout,
  at: TrackerFrame,
  moreText: (n: number) => string,
): void {
  const { theme, w } = deck;
  const { colors } = theme;
  const { x, textW, size } = at;
  let y = at.top;
  const lineH = linesHeightIn(1, size, { metrics: deck.fonts.body }, SPACING);
  for (const e of col.entries) {
    const box = { x: x + 0.22, y, w: textW, h: e.height };
    if (e.kind === 'count') {
      c.text(e.text, box, { size, color: colors.muted, lineSpacingMultiple: SPACING });
    } else {
      const o = e.objective;
      const m = 0.16;
      statusMarker(
        c,
        o.status,
        { x: x - m / 2, y: y + (lineH - m) / 2, w: m, h: m },
        theme,
        `Objective: ${o.title} (${w.t(`status.${o.status}`)})`,
      );
      const f = flag(o, deck);
      c.text(f ? [{ text: o.title }, { text: ` — ${f}`, color: flagColor(o, theme), bold: true }] : o.title, box, {
        size,
        color: o.status === 'not-applicable' ? colors.muted : colors.text,
        lineSpacingMultiple: SPACING,
      });
    }
    y += e.height + GAP;
  }
  if (col.hidden.length > 0)
    c.text(
      moreText(col.hidden.length),
      { x: x + 0.22, y, w: textW, h: col.moreHeight },
      { size, italic: true, color: colors.muted },
    );
}

/** The bar along the bottom: the focus marker on its stage and the open circle, or the finished circle. */
function drawBar(deck: SlideDeck, c: SlideCanvas, stages: StageModel[], pitch: number, finished: boolean): void {
  const { colors } = deck.theme;
  const w = deck.w;
  const circle = { x: RIGHT - 0.05, y: BAR_Y - 0.24, w: 0.48, h: 0.48 };
  if (finished) {
    c.shape('ellipse', circle, {
      fill: colors.status.complete,
      line: colors.status.complete,
      lineWidth: 1.5,
      name: 'Finished',
    });
    checkMark(c, circle, colors.background, 2.25);
    c.text(
      w.t('tracker.finished'),
      { x: RIGHT - 1.6, y: BAR_Y - 0.16, w: 1.45, h: 0.32 },
      { size: 12, bold: true, color: colors.status.complete, align: 'right', valign: 'middle' },
    );
    return;
  }
  c.line(LEFT, BAR_Y, RIGHT - 0.05, BAR_Y, colors.muted, 2);
  // A scenario (or track) with nothing applicable has no stage in focus, so no marker.
  const focus = stages.findIndex((st) => st.isFocus);
  if (focus >= 0) {
    const fx = LEFT + focus * pitch + 0.3;
    c.custom(
      [{ x: 0, y: 0.28 }, { x: 0.17, y: 0 }, { x: 0.34, y: 0.28 }, { close: true }],
      { x: roundInch(fx), y: BAR_Y - 0.28, w: 0.34, h: 0.28 },
      { fill: colors.text, line: colors.text, name: `Focus: ${stages[focus]?.label ?? ''}` },
    );
    c.text(w.t('tracker.focus'), { x: fx - 0.3, y: BAR_Y + 0.06, w: 1.6, h: 0.24 }, { size: 9, color: colors.muted });
  }
  c.shape('ellipse', circle, { fill: colors.background, line: colors.muted, lineWidth: 1.5, name: 'Not finished' });
  checkMark(c, circle, colors.muted, 1.5);
}

/** What the tracker's title, kicker and notes receive. */
function trackerContext(
  deck: SlideDeck,
  s: ScenarioModel,
  track: TrackModel | undefined,
  stages: StageModel[],
  laid: ColumnLayout[],
) {
  const w = deck.w;
  const focusStage = track?.focusStage ?? s.focusStage;
  return {
    scenario: scenarioContext(deck, s),
    track: track ? { id: track.id, title: track.title, focusStage: track.focusStage, finished: track.finished } : null,
    stages: stages.map((st, i) => ({
      label: st.label,
      state: st.state,
      stateLabel: w.t(`state.${st.state}`),
      complete: st.complete,
      applicable: st.applicable,
      isFocus: st.isFocus,
      flagged: st.objectives.filter((o) => flag(o, deck)).map((o) => ({ title: o.title, flag: flag(o, deck) })),
      // Objectives the slide has no room for (neither drawn nor counted in a line).
      notShown: (laid[i]?.hidden ?? []).map((o) => o.title),
    })),
    focusLabel: stages.some((st) => st.isFocus) ? (stages[focusStage - 1]?.label ?? String(focusStage)) : null,
    finished: track?.finished ?? s.finished,
  };
}

function renderTracker(deck: SlideDeck, s: ScenarioModel, track: TrackModel | undefined): void {
  const { theme, w } = deck;
  const { colors } = theme;
  const stages = track?.stages ?? s.stages;
  const pitch = (RIGHT - LEFT) / stages.length;
  const textW = pitch - 0.4;
  // Wide or narrow by the width the columns have on the slide (a corporate layout may be narrower).
  const head = headerLayout(pitch, deck.fonts.frame.sx);
  const elsewhere = whereListed(deck, scenarioContext(deck, s));
  const moreText = (count: number) => w.t('tracker.more', { count, where: elsewhere });
  const { size, columns } = layOut(deck, stages, textW - 0.1, LIST_BOTTOM - TOP - head.listTop, moreText);
  const extra = trackerContext(deck, s, track, stages, columns);
  const c = deck.slide({
    layout: 'content',
    title: deck.title('tracker', extra),
    kicker: w.t('kickers.tracker', { ...deck.ctx, ...extra }),
    notes: deck.notes('tracker', extra),
  });
  const statusLine = (st: StageModel) =>
    w.t('tracker.stage_status', { state: w.t(`state.${st.state}`), complete: st.complete, applicable: st.applicable });
  const labelStyle: FitStyle = {
    max: 18,
    // Down to 8 pt in the narrow columns of seven or eight stages, so a long word keeps whole.
    min: head.labelLines > 1 ? 8 : 10,
    maxLines: head.labelLines,
    bold: true,
    font: 'heading',
    valign: head.labelLines > 1 ? 'top' : 'middle',
    what: 'a stage name',
  };
  const statusStyle: FitStyle = {
    max: 10,
    min: 7,
    maxLines: head.labelLines,
    color: colors.muted,
    valign: head.labelLines > 1 ? 'top' : 'middle',
    what: 'a stage status',
  };
  const labelSize = commonSize(
    deck,
    stages.map((st) => st.label),
    head.label,
    labelStyle,
  );
  const statusSize = commonSize(deck, stages.map(statusLine), head.status, statusStyle);
  const at = (x: number, p: Place): Box => ({ x: x + p.x, y: TOP + p.y, w: p.w, h: p.h });
  stages.forEach((st, i) => {
    const x = LEFT + i * pitch;
    const color = colors.stages[i % colors.stages.length] ?? colors.accent;
    c.line(x, TOP, x, LIST_BOTTOM, color, 1.5);
    shield(c, at(x, head.shield), st, color);
    c.fit(st.label, at(x, head.label), { ...labelStyle, max: labelSize });
    c.fit(statusLine(st), at(x, head.status), { ...statusStyle, max: statusSize });
    const col = columns[i] ?? { entries: [], hidden: [], moreHeight: 0 };
    drawColumn(deck, c, col, { x, textW, size, top: TOP + head.listTop }, moreText);
    // A board deck leaves them out by design, and says so on the slide: no warning. A team deck warns.
    if (col.hidden.length > 0 && !deck.board)
      deck.warn(
        c,
        'text-truncated',
        `${st.label} has too many objectives for the tracker; ${w.t('tracker.shown_elsewhere', { count: col.hidden.length })} (${elsewhere})`,
      );
  });
  drawBar(deck, c, stages, pitch, extra.finished);
  legend(
    c,
    STATUS_LEGEND.map((st) => ({ label: w.t(`status.${st}`), draw: (b: Box) => statusMarker(c, st, b, theme) })),
    { x: LEFT - 0.1, y: 6.52, w: 9, h: 0.28 },
  );
  c.text(
    w.t('tracker.as_of', { date: deck.model.reportingDate }),
    { x: 9.9, y: 6.52, w: 2.8, h: 0.28 },
    { size: 9, color: colors.muted, align: 'right', valign: 'middle' },
  );
}

/**
 * Where objectives the tracker has no room for are listed in full: the
 * scenario's detail slide, else the appendix, else the tracker's own notes
 * (an exec deck may have neither slide).
 */
function whereListed(deck: SlideDeck, scenario: ReturnType<typeof scenarioContext>): string {
  // A board deck never leaves what it does not show to the notes: it points to the full deck and the report.
  if (deck.board) return deck.w.t('refs.full');
  if (deck.has('scenario-detail')) return deck.refTo('scenario-detail', { scenario });
  if (deck.has('appendix')) return deck.refTo('appendix');
  return deck.w.t('refs.notes');
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
