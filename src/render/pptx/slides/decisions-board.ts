import { countsByKind } from '../../../present/board-context.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerHeight, headerRow, rowHeight, type CellText } from './common.js';

const WIDTHS = [6.9, 2.6, 2.83];
const SIZE = 12;
const MORE_H = 0.5;

/**
 * The decisions asked of the board on one slide: the open ones, the overdue
 * first, then by the date needed, each with who decides and by when; as many
 * as fit at a readable size, the rest counted; "no decision is pending" when
 * none is.
 */
export function renderBoardDecisions(deck: SlideDeck): void {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const byId = new Map(ctx.decisions.map((d) => [d.id, d]));
  const open = ctx.ranked.decisions.map((r) => ({ rank: r, d: byId.get(r.id) })).filter((x) => x.d !== undefined);
  const cols = ['decision', 'asked_of', 'needed_by'].map((k) => ({ header: w.t(`columns.${k as 'decision'}`) }));
  const needed = (d: NonNullable<(typeof open)[number]['d']>) =>
    `${w.fmt.shortDate(d.neededBy)}${d.when ? `\n${d.when}` : ''}`;
  const measured = open.map(({ d }): CellText[] => [
    [
      { text: d?.title ?? '', size: SIZE, bold: true },
      ...(d?.recommendation ? [{ text: d.recommendation, size: SIZE - 1 }] : []),
    ],
    d?.askedOf ?? '',
    d ? needed(d) : '',
  ]);
  const header = headerHeight(
    deck.fonts,
    cols.map((col) => col.header),
    WIDTHS,
    SIZE,
    0.36,
  );
  const heights = measured.map((cells) => rowHeight(deck.fonts, cells, WIDTHS, SIZE, [false, false, true]));
  let fits = 0;
  for (let used = header; fits < heights.length; fits++) {
    const room = CONTENT.h - (fits + 1 < heights.length ? MORE_H : 0);
    if (used + (heights[fits] ?? 0) > room) break;
    used += heights[fits] ?? 0;
  }
  const shown = open.slice(0, Math.max(fits, Math.min(1, open.length)));
  const rest = open.slice(shown.length);
  const c = deck.slide({
    layout: 'content',
    title: deck.title('decisions'),
    notes: deck.notes('decisions', {
      page: 1,
      pages: 1,
      decisionsOnPage: shown.map((x) => x.d),
      openCount: open.length,
    }),
  });
  if (open.length === 0) {
    c.text(
      w.t('decisions.none_pending'),
      { x: CONTENT.x, y: 3.4, w: CONTENT.w, h: 0.6 },
      { size: 18, color: colors.muted, align: 'center' },
    );
    return;
  }
  const rows: TableRow[] = [
    headerRow(cols, deck.theme),
    ...shown.map(({ d }): TableRow => [
      {
        text: [
          { text: d?.title ?? '', options: { bold: true, ...(d?.recommendation ? { breakLine: true } : {}) } },
          ...(d?.recommendation
            ? [{ text: d.recommendation, options: { fontSize: SIZE - 1, color: colors.muted } }]
            : []),
        ],
      },
      { text: d?.askedOf ?? '' },
      {
        text: d ? needed(d) : '',
        options: { bold: true, ...(d && d.daysLeft < 0 ? { color: colors.status.blocked } : {}) },
      },
    ]),
  ];
  c.table(
    rows,
    { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
    {
      colW: WIDTHS,
      fontSize: SIZE,
      rowH: [header, ...heights.slice(0, shown.length)],
    },
  );
  if (rest.length)
    c.fit(
      w.t('summary.more_of', {
        count: rest.length,
        kinds: countsByKind(
          rest.map((x) => x.rank),
          ['overdue', 'upcoming'],
          (k, count) => w.t(`summary.decision_kinds.${k}`, { count }),
          w,
        ),
        where: w.t('refs.full'),
      }),
      { x: CONTENT.x, y: CONTENT.y + CONTENT.h - MORE_H + 0.05, w: CONTENT.w, h: MORE_H - 0.05 },
      { max: SIZE, min: 10, maxLines: 2, italic: true, color: colors.muted, what: 'the decisions left out' },
    );
}
