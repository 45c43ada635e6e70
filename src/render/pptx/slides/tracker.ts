import type { ObjectiveModel, ScenarioModel, StageModel, TrackModel } from '../../../model/types.js';
import type { Theme } from '../../../schema/template.js';
import { linesHeightIn, wrap, type Face } from '../../text-fit.js';
import type { DeckBuilder } from '../deck-builder.js';
import { roundInch, type Box } from '../geometry.js';
import { measureFit, type FitStyle, type SlideCanvas } from '../slide-canvas.js';
import { legend, scenarioContext, STATUS_LEGEND, statusMarker } from './common.js';

const LEFT = 0.75;
const RIGHT = 12.2;
const TOP = 1.5;
const LIST_BOTTOM = 5.8;
const BAR_Y = 6.2;
const GAP = 0.1;
const SIZES = [13, 12, 11, 10, 9, 8];
/** The line spacing of an objective's title. */
const SPACING = 0.92;

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
function commonSize(deck: DeckBuilder, texts: string[], place: Place, style: FitStyle): number {
  return Math.min(style.max, ...texts.map((t) => measureFit(deck.fonts, t, place, style).fontSize));
}

/** The status word shown after an objective when colour alone would carry it, or ''. */
function flag(o: ObjectiveModel, deck: DeckBuilder): string {
  if (o.status === 'blocked' || o.status === 'at-risk' || o.status === 'not-applicable')
    return deck.w.t(`status.${o.status}`);
  return o.overdue ? deck.w.t('tracker.overdue') : '';
}

function flagColor(o: ObjectiveModel, theme: Theme): string {
  const status =
    o.status === 'blocked' || o.status === 'at-risk' || o.status === 'not-applicable' ? o.status : 'blocked';
  return theme.colors.status[status];
}

function shieldPath(w: number, h: number, half = false) {
  const top = half
    ? [
        { x: 0, y: 0.5 * h },
        { x: w, y: 0.5 * h },
      ]
    : [
        { x: 0, y: 0.14 * h },
        { x: 0.5 * w, y: 0 },
        { x: w, y: 0.14 * h },
        { x: w, y: 0.5 * h },
      ];
  return [
    ...top,
    { x: 0.5 * w, y: h, curve: { type: 'quadratic' as const, x1: w, y1: 0.86 * h } },
    { x: 0, y: 0.5 * h, curve: { type: 'quadratic' as const, x1: 0, y1: 0.86 * h } },
    { close: true as const },
  ];
}

function checkMark(c: SlideCanvas, box: Box, color: string, width: number): void {
  c.custom(
    [
      { x: 0.28 * box.w, y: 0.52 * box.h },
      { x: 0.44 * box.w, y: 0.68 * box.h },
      { x: 0.74 * box.w, y: 0.34 * box.h },
    ],
    box,
    { line: color, lineWidth: width },
  );
}

/**
 * A shield: outline when not started, lower half filled when in progress,
 * filled with a check when complete, dotted and grey when nothing in the
 * stage applies (never the finished look of a stage with nothing to do).
 */
function shield(c: SlideCanvas, box: Box, st: StageModel, color: string): void {
  const name = `Shield ${st.label}: ${c.deck.w.t(`state.${st.state}`)}`;
  if (st.state === 'not-applicable') {
    c.custom(shieldPath(box.w, box.h), box, {
      line: c.deck.theme.colors.status['not-applicable'],
      lineWidth: 1.25,
      dash: 'sysDot',
      name,
    });
    return;
  }
  if (st.state === 'complete') {
    c.custom(shieldPath(box.w, box.h), box, { fill: color, line: color, lineWidth: 1.5, name });
    checkMark(c, box, c.deck.theme.colors.background, 2.25);
    return;
  }
  if (st.state === 'in-progress')
    c.custom(shieldPath(box.w, box.h, true), box, { fill: color, name: `${name} (fill)` });
  c.custom(shieldPath(box.w, box.h), box, { line: color, lineWidth: 1.75, name });
}

interface Laid {
  objective: ObjectiveModel;
  height: number;
}

/** The objectives of every column at one common size: the largest at which the most crowded column fits. */
function layOut(
  deck: DeckBuilder,
  columns: StageModel[],
  width: number,
  listTop: number,
  moreText: (count: number) => string,
): { size: number; laid: Laid[][]; hidden: number[]; moreHeight: number[] } {
  const face: Face = { metrics: deck.fonts.body };
  const room = LIST_BOTTOM - listTop;
  // Measured where the text lands (through the content frame), laid out on the design grid.
  const { sx, sy } = deck.fonts.frame;
  const measure = (st: StageModel, size: number) =>
    st.objectives.map((o) => {
      const text = flag(o, deck) ? `${o.title} — ${flag(o, deck)}` : o.title;
      // The flag is bold: measuring the whole line bold errs on the safe side.
      const lines = wrap(text, size, width * sx, { ...face, bold: !!flag(o, deck) }).length;
      return { objective: o, height: (linesHeightIn(lines, size, face, SPACING) + 0.02) / sy };
    });
  const fits = (laid: Laid[]) => laid.reduce((h, l) => h + l.height + GAP, 0) <= room;
  for (const size of SIZES) {
    const laid = columns.map((st) => measure(st, size));
    if (laid.every(fits)) return { size, laid, hidden: columns.map(() => 0), moreHeight: columns.map(() => 0) };
  }
  const size = SIZES[SIZES.length - 1] ?? 9;
  const hidden: number[] = [];
  const moreHeight: number[] = [];
  // The "+ n more, see …" note wraps rather than being cut: its room is measured with the largest count it can say.
  const noteHeight = (count: number) =>
    linesHeightIn(wrap(moreText(count), size, width * sx, face).length, size, face) / sy;
  const laid = columns.map((st) => {
    const all = measure(st, size);
    const kept: Laid[] = [];
    const note = noteHeight(all.length);
    let used = note + GAP;
    for (const l of all) {
      if (used + l.height + GAP > room) break;
      kept.push(l);
      used += l.height + GAP;
    }
    hidden.push(all.length - kept.length);
    moreHeight.push(note);
    return kept;
  });
  return { size, laid, hidden, moreHeight };
}

function renderTracker(deck: DeckBuilder, s: ScenarioModel, track: TrackModel | undefined): void {
  const { theme, w } = deck;
  const { colors } = theme;
  const stages = track?.stages ?? s.stages;
  const focusStage = track?.focusStage ?? s.focusStage;
  const finished = track?.finished ?? s.finished;
  const n = stages.length;
  const pitch = (RIGHT - LEFT) / n;
  const textW = pitch - 0.4;
  // Wide or narrow by the width the columns have on the slide (a corporate layout may be narrower).
  const head = headerLayout(pitch, deck.fonts.frame.sx);
  const scenario = scenarioContext(deck, s);
  const elsewhere = whereListed(deck, scenario);
  const moreText = (count: number) => w.t('tracker.more', { count, where: elsewhere });
  const { size, laid, hidden, moreHeight } = layOut(deck, stages, textW - 0.1, TOP + head.listTop, moreText);
  const focusLabel = stages[focusStage - 1]?.label ?? String(focusStage);
  const extra = {
    scenario,
    track: track ? { id: track.id, title: track.title, focusStage: track.focusStage, finished: track.finished } : null,
    stages: stages.map((st, i) => ({
      label: st.label,
      state: st.state,
      stateLabel: w.t(`state.${st.state}`),
      complete: st.complete,
      applicable: st.applicable,
      isFocus: st.isFocus,
      flagged: st.objectives.filter((o) => flag(o, deck)).map((o) => ({ title: o.title, flag: flag(o, deck) })),
      // Objectives the slide has no room for: the notes name them when no other slide of the deck lists them.
      notShown: st.objectives.slice(laid[i]?.length ?? 0).map((o) => o.title),
    })),
    focusLabel,
    finished,
  };
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
    let y = TOP + head.listTop;
    for (const l of laid[i] ?? []) {
      const m = 0.16;
      const o = l.objective;
      statusMarker(
        c,
        o.status,
        { x: x - m / 2, y: y + (linesHeightIn(1, size, { metrics: deck.fonts.body }, SPACING) - m) / 2, w: m, h: m },
        theme,
        `Objective ${o.id}: ${w.t(`status.${o.status}`)}`,
      );
      const f = flag(o, deck);
      const box = { x: x + 0.22, y, w: textW, h: l.height };
      const style = {
        size,
        color: o.status === 'not-applicable' ? colors.muted : colors.text,
        lineSpacingMultiple: SPACING,
      };
      c.text(
        f ? [{ text: o.title }, { text: ` — ${f}`, color: flagColor(o, theme), bold: true }] : o.title,
        box,
        style,
      );
      y += l.height + GAP;
    }
    const more = hidden[i] ?? 0;
    if (more > 0) {
      c.text(
        moreText(more),
        { x: x + 0.22, y, w: textW, h: moreHeight[i] ?? linesHeightIn(1, size, { metrics: deck.fonts.body }) },
        { size, italic: true, color: colors.muted },
      );
      deck.warn(
        c,
        'text-truncated',
        `${st.label} has too many objectives for the tracker; ${more} are shown elsewhere (${elsewhere})`,
      );
    }
  });

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
  } else {
    c.line(LEFT, BAR_Y, RIGHT - 0.05, BAR_Y, colors.muted, 2);
    const fx = LEFT + (focusStage - 1) * pitch + 0.3;
    c.custom(
      [{ x: 0, y: 0.28 }, { x: 0.17, y: 0 }, { x: 0.34, y: 0.28 }, { close: true }],
      { x: roundInch(fx), y: BAR_Y - 0.28, w: 0.34, h: 0.28 },
      { fill: colors.text, line: colors.text, name: `Focus: ${focusLabel}` },
    );
    c.text(w.t('tracker.focus'), { x: fx - 0.3, y: BAR_Y + 0.06, w: 1.4, h: 0.22 }, { size: 9, color: colors.muted });
    c.shape('ellipse', circle, { fill: colors.background, line: colors.muted, lineWidth: 1.5, name: 'Not finished' });
    checkMark(c, circle, colors.muted, 1.5);
  }
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
function whereListed(deck: DeckBuilder, scenario: ReturnType<typeof scenarioContext>): string {
  if (deck.has('scenario-detail')) return deck.refTo('scenario-detail', { scenario });
  if (deck.has('appendix')) return deck.refTo('appendix');
  return deck.w.t('refs.notes');
}

/** One tracker slide per scenario; one per track for a scenario split in tracks (the breach scenario). */
export function renderTrackerSlides(deck: DeckBuilder, s: ScenarioModel): void {
  if (s.tracks.length === 0) renderTracker(deck, s, undefined);
  else for (const t of s.tracks) renderTracker(deck, s, t);
}
