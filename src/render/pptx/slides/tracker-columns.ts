import type { ObjectiveModel, StageModel } from '../../../model/types.js';
import { linesHeightIn, textWidthIn, wrap, type Face } from '../../text-fit.js';
import type { LayoutDeck } from '../slide-deck.js';

export const GAP = 0.1;
const SIZES = [13, 12, 11, 10, 9, 8];
/** The line spacing of an objective's title. */
export const SPACING = 0.92;

/** One line of a tracker column: an objective, or a count standing for several ("✓ 12 complete"). */
export type Entry =
  { kind: 'objective'; objective: ObjectiveModel; height: number } | { kind: 'count'; text: string; height: number };

export interface ColumnLayout {
  entries: Entry[];
  /** Objectives neither drawn nor counted in a line of the column: the "+ n more" note counts them. */
  hidden: ObjectiveModel[];
  /** The note's height (0 when nothing is hidden). */
  moreHeight: number;
}

/** The status word shown after an objective when colour alone would carry it, or ''. */
export function flag(o: ObjectiveModel, deck: LayoutDeck): string {
  if (o.status === 'blocked' || o.status === 'at-risk' || o.status === 'not-applicable')
    return deck.w.t(`status.${o.status}`);
  return o.overdue ? deck.w.t('tracker.overdue') : '';
}

/**
 * The order a crowded stage shows its objectives in, so what is cut is never
 * what matters: what needs attention (in the program's ranking), then in
 * progress, then not started; complete and not applicable ones are counted
 * in a line each instead.
 */
function crowdedOrder(deck: LayoutDeck, st: StageModel): { listed: ObjectiveModel[]; done: number; na: number } {
  const rank = new Map(deck.model.attention.map((a, i) => [a.objective.key, i]));
  const group = (o: ObjectiveModel) =>
    rank.has(o.key) ? 0 : o.status === 'in-progress' ? 1 : o.status === 'not-started' ? 2 : 3;
  const listed = st.objectives
    .filter((o) => o.status !== 'complete' && o.status !== 'not-applicable')
    .map((o, i) => ({ o, i }))
    .sort((a, b) => group(a.o) - group(b.o) || (rank.get(a.o.key) ?? 0) - (rank.get(b.o.key) ?? 0) || a.i - b.i)
    .map((x) => x.o);
  return {
    listed,
    done: st.objectives.filter((o) => o.status === 'complete').length,
    na: st.objectives.filter((o) => o.status === 'not-applicable').length,
  };
}

/**
 * The objectives of every column at one common size: the largest at which
 * the most crowded column fits whole, in catalog order. When one does not fit
 * even at the smallest size the deck allows, a crowded column shows what
 * needs attention first and counts the rest (crowdedOrder), with a note
 * saying where they are listed.
 */
export function layOut(
  deck: LayoutDeck,
  columns: StageModel[],
  width: number,
  room: number,
  moreText: (count: number) => string,
): { size: number; columns: ColumnLayout[] } {
  const face: Face = { metrics: deck.fonts.body };
  // Measured where the text lands (through the content frame), laid out on the design grid.
  const { sx, sy } = deck.fonts.frame;
  const heightOf = (text: string, size: number, less = 0) =>
    (linesHeightIn(wrap(text, size, width * sx - less, face).length, size, face, SPACING) + 0.02) / sy;
  const objective = (o: ObjectiveModel, size: number): Entry => {
    const f = flag(o, deck);
    if (!f) return { kind: 'objective', objective: o, height: heightOf(o.title, size) };
    // The flag is bold: the line is measured in the regular face with the room the bold flag takes more taken off.
    const bolder = textWidthIn(f, size, { ...face, bold: true }) - textWidthIn(f, size, face);
    return { kind: 'objective', objective: o, height: heightOf(`${o.title} — ${f}`, size, bolder) };
  };
  const used = (entries: Entry[]) => entries.reduce((h, e) => h + e.height + GAP, 0);
  const sizes = SIZES.filter((n) => n >= deck.minText);
  for (const size of sizes) {
    const whole = columns.map((st) => st.objectives.map((o) => objective(o, size)));
    if (whole.every((entries) => used(entries) <= room))
      return { size, columns: whole.map((entries) => ({ entries, hidden: [], moreHeight: 0 })) };
  }
  const size = sizes[sizes.length - 1] ?? deck.minText;
  return { size, columns: columns.map((st) => crowdedColumn(deck, st, size, room, moreText, objective, heightOf)) };
}

function crowdedColumn(
  deck: LayoutDeck,
  st: StageModel,
  size: number,
  room: number,
  moreText: (count: number) => string,
  objective: (o: ObjectiveModel, size: number) => Entry,
  heightOf: (text: string, size: number, less?: number) => number,
): ColumnLayout {
  const all = st.objectives.map((o) => objective(o, size));
  if (all.reduce((h, e) => h + e.height + GAP, 0) <= room) return { entries: all, hidden: [], moreHeight: 0 };
  const { listed, done, na } = crowdedOrder(deck, st);
  const counts: Entry[] = [
    ...(done ? [deck.w.t('tracker.complete_collapsed', { count: done })] : []),
    ...(na ? [deck.w.t('tracker.not_applicable_collapsed', { count: na })] : []),
  ].map((text) => ({ kind: 'count', text, height: heightOf(text, size) }));
  // The note wraps rather than being cut: its room is measured with the largest count it can say.
  const note = heightOf(moreText(listed.length), size);
  let left = room - counts.reduce((h, e) => h + e.height + GAP, 0);
  const kept: Entry[] = [];
  for (const o of listed) {
    const e = objective(o, size);
    const last = kept.length === listed.length - 1;
    if (e.height + GAP + (last ? 0 : note + GAP) > left) break;
    kept.push(e);
    left -= e.height + GAP;
  }
  const hidden = listed.slice(kept.length);
  return { entries: [...kept, ...counts], hidden, moreHeight: hidden.length ? note : 0 };
}
