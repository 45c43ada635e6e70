import type { ObjectiveModel, ScenarioModel, StageModel, TrackModel } from '../../../model/types.js';
import { linesHeightIn } from '../../text-fit.js';
import type { FitStyle } from '../canvas/text-style.js';
import { roundInch, type Box } from '../geometry.js';
import type { LayoutDeck } from '../slide-deck.js';
import { scenarioContext } from './common.js';
import { flag, GAP, layOut, SPACING, type ColumnLayout } from './tracker-columns.js';
import { headerLayout, headerStyles } from './tracker-header.js';

/**
 * The tracker slide laid out, as a plain value: for each stage its column
 * (rule, shield, name, status line, objectives, the "+ n more" note), the bar
 * along the bottom, the legend and the date; its title, kicker and notes.
 * tracker.ts draws it.
 */

export const LEFT = 0.75;
export const RIGHT = 12.2;
const TOP = 1.5;
/** Where the columns' lists end: the bar is below. */
export const LIST_BOTTOM = 5.8;

/** A text and the box it is fitted to. */
export interface Placed<S = FitStyle> {
  text: string;
  box: Box;
  style: S;
}

/** One line of a column: an objective (its marker beside it) or a count standing for several. */
export type TrackerEntry =
  | { kind: 'objective'; objective: ObjectiveModel; flag: string; box: Box; marker: Box }
  | { kind: 'count'; text: string; box: Box };

export interface TrackerColumn {
  stage: StageModel;
  color: string;
  /** The vertical rule down the column's left edge. */
  rule: { x: number; top: number; bottom: number };
  shield: Box;
  label: Placed;
  status: Placed;
  entries: TrackerEntry[];
  /** The "+ n more, see …" note under the list, or null when every objective is shown or counted. */
  more: { text: string; box: Box } | null;
  /** The warning that objectives were left out (a team deck; a board deck says so on the slide only), or null. */
  leftOut: string | null;
}

export interface TrackerLayout {
  title: string;
  kicker: string;
  notes: string;
  /** The objectives' text size, the same in every column. */
  size: number;
  columns: TrackerColumn[];
  bar: BarLayout;
  legend: Box;
  asOf: { text: string; box: Box };
}

const BAR_Y = 6.2;

/** The bar along the bottom: the focus marker on its stage and the open circle, or the finished circle. */
export type BarLayout =
  | { finished: true; circle: Box; label: { text: string; box: Box } }
  | {
      finished: false;
      circle: Box;
      rail: { x1: number; x2: number; y: number };
      /** The marker under the stage in focus; none when nothing of the scenario (or track) applies. */
      focus: { marker: Box; stage: string; label: { text: string; box: Box } } | null;
    };

function layOutBar(deck: LayoutDeck, stages: StageModel[], pitch: number, finished: boolean): BarLayout {
  const circle = { x: RIGHT - 0.05, y: BAR_Y - 0.24, w: 0.48, h: 0.48 };
  if (finished)
    return {
      finished,
      circle,
      label: { text: deck.w.t('tracker.finished'), box: { x: RIGHT - 1.6, y: BAR_Y - 0.16, w: 1.45, h: 0.32 } },
    };
  const focus = stages.findIndex((st) => st.isFocus);
  const fx = LEFT + focus * pitch + 0.3;
  return {
    finished,
    circle,
    rail: { x1: LEFT, x2: RIGHT - 0.05, y: BAR_Y },
    focus:
      focus < 0
        ? null
        : {
            marker: { x: roundInch(fx), y: BAR_Y - 0.28, w: 0.34, h: 0.28 },
            stage: stages[focus]?.label ?? '',
            label: { text: deck.w.t('tracker.focus'), box: { x: fx - 0.3, y: BAR_Y + 0.06, w: 1.6, h: 0.24 } },
          },
  };
}

/** A column's entries placed from the top of its list, each objective with its status marker beside its first line. */
function placeEntries(deck: LayoutDeck, col: ColumnLayout, x: number, textW: number, size: number, top: number) {
  let y = top;
  const lineH = linesHeightIn(1, size, { metrics: deck.fonts.body }, SPACING);
  const m = 0.16;
  const entries = col.entries.map((e): TrackerEntry => {
    const box = { x: x + 0.22, y, w: textW, h: e.height };
    const marker = { x: x - m / 2, y: y + (lineH - m) / 2, w: m, h: m };
    y += e.height + GAP;
    return e.kind === 'count'
      ? { kind: 'count', text: e.text, box }
      : { kind: 'objective', objective: e.objective, flag: flag(e.objective, deck), box, marker };
  });
  return { entries, bottom: y };
}

/** What the tracker's title, kicker and notes receive. */
function trackerContext(
  deck: LayoutDeck,
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

/**
 * Where objectives the tracker has no room for are listed in full: the
 * scenario's detail slide, else the appendix, else the tracker's own notes
 * (an exec deck may have neither slide).
 */
function whereListed(deck: LayoutDeck, scenario: ReturnType<typeof scenarioContext>): string {
  // A board deck never leaves what it does not show to the notes: it points to the full deck and the report.
  if (deck.board) return deck.w.t('refs.full');
  if (deck.has('scenario-detail')) return deck.refTo('scenario-detail', { scenario });
  if (deck.has('appendix')) return deck.refTo('appendix');
  return deck.w.t('refs.notes');
}

/** The tracker of a scenario, or of one of its tracks, laid out. */
export function layOutTracker(deck: LayoutDeck, s: ScenarioModel, track: TrackModel | undefined): TrackerLayout {
  const { theme, w } = deck;
  const stages = track?.stages ?? s.stages;
  const pitch = (RIGHT - LEFT) / stages.length;
  const textW = pitch - 0.4;
  // Wide or narrow by the width the columns have on the slide (a corporate layout may be narrower).
  const head = headerLayout(pitch, deck.fonts.frame.sx);
  const elsewhere = whereListed(deck, scenarioContext(deck, s));
  const moreText = (count: number) => w.t('tracker.more', { count, where: elsewhere });
  const { size, columns } = layOut(deck, stages, textW - 0.1, LIST_BOTTOM - TOP - head.listTop, moreText);
  const extra = trackerContext(deck, s, track, stages, columns);
  const statusLine = (st: StageModel) =>
    w.t('tracker.stage_status', { state: w.t(`state.${st.state}`), complete: st.complete, applicable: st.applicable });
  const styles = headerStyles(deck, stages, head, statusLine);
  const at = (x: number, p: Box): Box => ({ x: x + p.x, y: TOP + p.y, w: p.w, h: p.h });
  return {
    title: deck.title('tracker', extra),
    kicker: w.t('kickers.tracker', { ...deck.ctx, ...extra }),
    notes: deck.notes('tracker', extra),
    size,
    columns: stages.map((st, i): TrackerColumn => {
      const x = LEFT + i * pitch;
      const col = columns[i] ?? { entries: [], hidden: [], moreHeight: 0 };
      const { entries, bottom } = placeEntries(deck, col, x, textW, size, TOP + head.listTop);
      return {
        stage: st,
        color: theme.colors.stages[i % theme.colors.stages.length] ?? theme.colors.accent,
        rule: { x, top: TOP, bottom: LIST_BOTTOM },
        shield: at(x, head.shield),
        label: { text: st.label, box: at(x, head.label), style: styles.label },
        status: { text: statusLine(st), box: at(x, head.status), style: styles.status },
        entries,
        more: col.hidden.length
          ? { text: moreText(col.hidden.length), box: { x: x + 0.22, y: bottom, w: textW, h: col.moreHeight } }
          : null,
        leftOut:
          col.hidden.length > 0 && !deck.board
            ? `${st.label} has too many objectives for the tracker; ${w.t('tracker.shown_elsewhere', { count: col.hidden.length })} (${elsewhere})`
            : null,
      };
    }),
    bar: layOutBar(deck, stages, pitch, extra.finished),
    legend: { x: LEFT - 0.1, y: 6.52, w: 9, h: 0.28 },
    asOf: { text: w.t('tracker.as_of', { date: deck.model.reportingDate }), box: { x: 9.9, y: 6.52, w: 2.8, h: 0.28 } },
  };
}
