import { CONTENT, type Box } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import type { LayoutDeck } from '../slide-deck.js';
import type { FitStyle } from '../canvas/text-style.js';
import { fitRows, headerRow, measureRows, scaleRows, type FittedTable } from './common.js';

/**
 * The glance laid out, as a plain value: the table of every scenario (and
 * track) by stage, fitted to the slide; its legend of the states shown; and,
 * in a board deck that has no slide for some trackers, the note naming them.
 */

type Ctx = LayoutDeck['ctx'];
type Scenario = Ctx['scenarios'][number];
type Stage = Scenario['stages'][number];
type State = Stage['state'];

export interface GlanceLayout {
  title: string;
  notes: string;
  /** The cells keep the percentage only (the state told by the cell's fill) when the detailed rows do not fit. */
  compact: boolean;
  table: FittedTable;
  legend: { states: State[]; box: Box };
  trackersLeft: { text: string; box: Box; style: FitStyle } | null;
}

const FONT = 11;

/** A stage's cell: its percentage and, below it unless compact, its state and counts; the stage in focus outlined. */
function stageCell(deck: LayoutDeck, st: Stage, compact: boolean): TableCell {
  const { w } = deck;
  const { colors } = deck.theme;
  const focus = { type: 'solid' as const, pt: 2.5, color: colors.accent };
  const detail = w.t('glance.cell', {
    state: st.stateLabel,
    complete: st.complete,
    applicable: st.applicable,
    focus: st.isFocus,
  });
  return {
    text: [
      {
        text: st.total === 0 ? w.t('none') : w.percent(st.percentComplete),
        options: { bold: true, fontSize: 14, ...(compact ? {} : { breakLine: true }) },
      },
      ...(compact ? [] : [{ text: detail, options: { fontSize: 9, color: colors.muted } }]),
    ],
    options: {
      fill: { color: colors.state_fill[st.state] },
      align: 'center',
      ...(st.isFocus
        ? { border: [focus, focus, focus, focus] as [typeof focus, typeof focus, typeof focus, typeof focus] }
        : {}),
    },
  };
}

/** A scenario's row: its title (and phase), its stages, its overall percentage (and, with --since, how far it moved). */
function scenarioRow(deck: LayoutDeck, s: Scenario, compact: boolean): TableRow {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const d = ctx.changes?.scenarios.find((x) => x.id === s.id);
  const delta = d && d.from !== null ? ` · ${d.deltaText} pp` : '';
  return [
    {
      text: compact
        ? [{ text: s.title, options: { bold: true } }]
        : [
            { text: s.title, options: { bold: true, breakLine: true } },
            { text: w.t('glance.phase', { phase: s.phase.title }), options: { fontSize: 9, color: colors.muted } },
          ],
    },
    ...s.stages.map((st) => stageCell(deck, st, compact)),
    {
      text: compact
        ? [{ text: w.percent(s.percentComplete), options: { bold: true, fontSize: 14 } }]
        : [
            { text: w.percent(s.percentComplete), options: { bold: true, fontSize: 14, breakLine: true } },
            { text: `${w.t('glance.overall_cell', s)}${delta}`, options: { fontSize: 9, color: colors.muted } },
          ],
      options: { align: 'center' },
    },
  ];
}

/** The table's rows: the header, then each scenario and under it each of its tracks. */
export function glanceRows(deck: LayoutDeck, compact: boolean): TableRow[] {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const header = headerRow(
    [
      { header: w.t('glance.scenario') },
      ...ctx.program.catalog.stageLabels.map((l) => ({ header: l, align: 'center' as const })),
      { header: w.t('glance.overall'), align: 'center' },
    ],
    deck.theme,
  );
  return [
    header,
    ...ctx.scenarios.flatMap((s) => [
      scenarioRow(deck, s, compact),
      ...s.tracks.map((t): TableRow => [
        { text: `↳ ${t.title}`, options: { fontSize: 10, color: colors.muted } },
        ...t.stages.map((st) => stageCell(deck, st, compact)),
        { text: w.percent(t.percentComplete), options: { align: 'center', bold: true } },
      ]),
    ]),
  ];
}

/**
 * The table of every scenario (and track) by stage. Each cell holds the
 * stage's percentage and, below it, its state and counts; when the rows do
 * not fit even at the smallest size the deck allows (many scenarios of an
 * organization's own catalog), the cells keep the percentage only and the
 * state is told by the cell's fill, as the legend says.
 */
export function layOutGlance(deck: LayoutDeck): GlanceLayout {
  const { ctx, w } = deck;
  const n = ctx.program.catalog.stageLabels.length;
  const colW = [3.4, ...Array<number>(n).fill((CONTENT.w - 3.4 - 1.3) / n), 1.3];
  const room = CONTENT.h - 0.4;
  const smallest = (rows: TableRow[]) =>
    measureRows(deck.fonts, scaleRows(rows, 0.7, FONT), colW, FONT * 0.7).reduce((a, b) => a + b, 0);
  const detailed = glanceRows(deck, false);
  const compact = smallest(detailed) > room;
  const rows = compact ? glanceRows(deck, true) : detailed;
  const bodyRows = rows.length - 1;
  // Rows share the room evenly, each at least as tall as its text measures (narrow columns, long names).
  const even = Math.min(0.75, (CONTENT.h - 0.85) / Math.max(1, bodyRows));
  const table = fitRows(
    deck.fonts,
    rows,
    { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: room },
    {
      colW,
      fontSize: FONT,
      minRowH: [0.4, ...Array<number>(bodyRows).fill(even)],
      what: 'the table',
    },
  );
  // The not-applicable state is in the legend only when a stage has it.
  const states = (['not-started', 'in-progress', 'complete', 'not-applicable'] as const).filter(
    (s) => s !== 'not-applicable' || ctx.scenarios.some((x) => x.stages.some((st) => st.state === s)),
  );
  const left = deck.trackersLeft;
  return {
    title: deck.title('glance'),
    notes: deck.notes('glance'),
    compact,
    table,
    legend: { states, box: { x: CONTENT.x, y: CONTENT.y + CONTENT.h - 0.3, w: 6, h: 0.3 } },
    // A board deck whose budget has no slide for some trackers says which, and where they are.
    trackersLeft: left.length
      ? {
          text: w.t('glance.trackers_left', { names: w.join(left.map((u) => u.title)), where: w.t('refs.full') }),
          box: { x: CONTENT.x + 6.1, y: CONTENT.y + CONTENT.h - 0.4, w: CONTENT.w - 6.1, h: 0.45 },
          style: {
            max: 10,
            min: 10,
            maxLines: 2,
            color: deck.theme.colors.muted,
            align: 'right',
            what: 'the trackers left out',
          },
        }
      : null,
  };
}
