import { countsByKind } from '../../../present/board-context.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck, SlideDeck } from '../slide-deck.js';
import { headerHeight, headerRow, rowHeight, type CellText } from './common.js';
import { leftOutLine, nothingToShow, pagedSlide, type Placed } from './slide-parts.js';

const WIDTHS = [6.9, 2.6, 2.83];
const SIZE = 12;
const MORE_H = 0.5;

type Ctx = LayoutDeck['ctx'];
type Decision = Ctx['decisions'][number];
type Open = { rank: Ctx['ranked']['decisions'][number]; d: Decision };

export interface BoardDecisionsLayout {
  /** The open decisions, the overdue first, then by the date needed. */
  open: Open[];
  shown: Open[];
  table: { rows: TableRow[]; colW: number[]; fontSize: number; rowH: number[] };
  more: Placed | null;
}

/** When a decision is needed, and when the board meets about it. */
const needed = (deck: LayoutDeck, d: Decision) => `${deck.w.fmt.shortDate(d.neededBy)}${d.when ? `\n${d.when}` : ''}`;

/** A decision's cells as measured: its title (and recommendation), who decides, by when. */
function measuredCells(deck: LayoutDeck, d: Decision): CellText[] {
  return [
    [
      { text: d.title, size: SIZE, bold: true },
      ...(d.recommendation ? [{ text: d.recommendation, size: SIZE - 1 }] : []),
    ],
    d.askedOf,
    needed(deck, d),
  ];
}

/** A decision's row as drawn: the date in the blocked colour when it is past. */
function decisionRow(deck: LayoutDeck, d: Decision): TableRow {
  const { colors } = deck.theme;
  return [
    {
      text: [
        { text: d.title, options: { bold: true, ...(d.recommendation ? { breakLine: true } : {}) } },
        ...(d.recommendation ? [{ text: d.recommendation, options: { fontSize: SIZE - 1, color: colors.muted } }] : []),
      ],
    },
    { text: d.askedOf },
    { text: needed(deck, d), options: { bold: true, ...(d.daysLeft < 0 ? { color: colors.status.blocked } : {}) } },
  ];
}

/** How many rows fit under the header, the "more" line's room kept when some are left out. */
function rowsThatFit(header: number, heights: readonly number[]): number {
  let fits = 0;
  for (let used = header; fits < heights.length; fits++) {
    const room = CONTENT.h - (fits + 1 < heights.length ? MORE_H : 0);
    if (used + (heights[fits] ?? 0) > room) break;
    used += heights[fits] ?? 0;
  }
  return fits;
}

/**
 * The decisions asked of the board on one slide, laid out: the open ones,
 * the overdue first, then by the date needed, each with who decides and by
 * when; as many as fit at a readable size (one at least), the rest counted.
 */
export function layOutBoardDecisions(deck: LayoutDeck): BoardDecisionsLayout {
  const { ctx, w } = deck;
  const byId = new Map(ctx.decisions.map((d) => [d.id, d]));
  const open = ctx.ranked.decisions.flatMap((rank) => {
    const d = byId.get(rank.id);
    return d ? [{ rank, d }] : [];
  });
  const cols = ['decision', 'asked_of', 'needed_by'].map((k) => ({ header: w.t(`columns.${k as 'decision'}`) }));
  const header = headerHeight(
    deck.fonts,
    cols.map((col) => col.header),
    WIDTHS,
    SIZE,
    0.36,
  );
  const heights = open.map(({ d }) =>
    rowHeight(deck.fonts, measuredCells(deck, d), WIDTHS, SIZE, [false, false, true]),
  );
  const shown = open.slice(0, Math.max(rowsThatFit(header, heights), Math.min(1, open.length)));
  const rest = open.slice(shown.length);
  const kinds = () =>
    countsByKind(
      rest.map((x) => x.rank),
      ['overdue', 'upcoming'],
      (k, count) => w.t(`summary.decision_kinds.${k}`, { count }),
      w,
    );
  return {
    open,
    shown,
    table: {
      rows: [headerRow(cols, deck.theme), ...shown.map(({ d }) => decisionRow(deck, d))],
      colW: WIDTHS,
      fontSize: SIZE,
      rowH: [header, ...heights.slice(0, shown.length)],
    },
    more: rest.length
      ? leftOutLine(
          w.t('summary.more_of', { count: rest.length, kinds: kinds(), where: w.t('refs.full') }),
          MORE_H,
          SIZE,
          'the decisions left out',
          deck.theme.colors.muted,
        )
      : null,
  };
}

/** The board's decisions drawn from their layout; "no decision is pending" when none is. */
export function renderBoardDecisions(deck: SlideDeck): void {
  const laid = layOutBoardDecisions(deck);
  const c = pagedSlide(deck, 'decisions', 0, 1, {
    decisionsOnPage: laid.shown.map((x) => x.d),
    openCount: laid.open.length,
  });
  if (laid.open.length === 0) {
    nothingToShow(c, deck.w.t('decisions.none_pending'), { y: 3.4, h: 0.6, size: 18 });
    return;
  }
  const { rows, colW, fontSize, rowH } = laid.table;
  c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 }, { colW, fontSize, rowH });
  if (laid.more) c.fit(laid.more.text, laid.more.box, laid.more.style);
}
