import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerHeight, headerRow, paginate, rowHeight, type CellText } from './common.js';

const WIDTHS = [4.4, 3.8, 1.45, 1.45, 1.23];

export function renderDecisions(deck: SlideDeck): void {
  const { ctx, w, theme } = deck;
  const { colors } = theme;
  const cols = [
    w.t('columns.decision'),
    w.t('columns.recommendation'),
    w.t('columns.asked_of'),
    w.t('columns.needed_by'),
    w.t('columns.status'),
  ].map((header) => ({ header }));
  const when = (d: (typeof ctx.decisions)[number]) =>
    d.when === null ? w.fmt.shortDate(d.neededBy) : `${w.fmt.shortDate(d.neededBy)}\n${d.when}`;
  const advice = (d: (typeof ctx.decisions)[number]) =>
    d.outcome ? w.t('decisions.outcome', d) : (d.recommendation ?? w.t('none'));
  const texts = ctx.decisions.map((d): CellText[] => [
    [
      { text: d.title, size: 10, bold: true },
      { text: d.context ?? '', size: 9 },
    ],
    advice(d),
    d.askedOf,
    when(d),
    d.statusLabel,
  ]);
  const heights = texts.map((t, i) =>
    rowHeight(deck.fonts, t, WIDTHS, 10, [false, false, false, true, ctx.decisions[i]?.status === 'open']),
  );
  const header = headerHeight(
    deck.fonts,
    cols.map((col) => col.header),
    WIDTHS,
    10,
    0.34,
  );
  const pages = paginate(heights, header, CONTENT.h);
  pages.forEach((indexes, p) => {
    const onPage = indexes.map((i) => ctx.decisions[i]).filter((d) => d !== undefined);
    const c = deck.slide({
      layout: 'content',
      title: deck.title('decisions', {}, p, pages.length),
      notes: deck.notes('decisions', {
        page: p + 1,
        pages: pages.length,
        decisionsOnPage: onPage,
        openCount: ctx.decisions.filter((d) => d.status === 'open').length,
      }),
    });
    if (ctx.decisions.length === 0) {
      c.text(
        w.t('decisions.nothing'),
        { x: CONTENT.x, y: 3.5, w: CONTENT.w, h: 0.5 },
        { size: 14, color: colors.muted, align: 'center' },
      );
      return;
    }
    const rows: TableRow[] = [
      headerRow(cols, theme),
      ...onPage.map((d): TableRow => [
        {
          text: d.context
            ? [
                { text: d.title, options: { bold: true, breakLine: true } },
                { text: d.context, options: { fontSize: 9, color: colors.muted } },
              ]
            : [{ text: d.title, options: { bold: true } }],
        },
        { text: advice(d), options: d.recommendation || d.outcome ? {} : { color: colors.muted } },
        { text: d.askedOf },
        {
          text: when(d),
          options: d.status === 'open' && d.daysLeft < 0 ? { color: colors.status.blocked, bold: true } : {},
        },
        {
          text: d.statusLabel,
          options: { bold: d.status === 'open', color: d.status === 'open' ? colors.accent : colors.muted },
        },
      ]),
    ];
    c.table(
      rows,
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
      { colW: WIDTHS, fontSize: 10, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.4)] },
    );
  });
}
