import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck, SlideDeck } from '../slide-deck.js';
import { headerRow, rowHeight, type CellText } from './common.js';
import { nothingToShow, pagedSlide, tablePages } from './slide-parts.js';

const WIDTHS = [4.4, 3.8, 1.45, 1.45, 1.23];

type Decision = LayoutDeck['ctx']['decisions'][number];

/** The words of a decision's cells: when it is needed (and when the board meets), and the advice or the outcome. */
function decisionWords(deck: LayoutDeck) {
  const { w } = deck;
  return {
    when: (d: Decision) =>
      d.when === null ? w.fmt.shortDate(d.neededBy) : `${w.fmt.shortDate(d.neededBy)}\n${d.when}`,
    advice: (d: Decision) => (d.outcome ? w.t('decisions.outcome', d) : (d.recommendation ?? w.t('none'))),
  };
}

/** The height of each decision's row, measured as its cells will say it. */
function rowHeights(deck: LayoutDeck, decisions: readonly Decision[]): number[] {
  const { when, advice } = decisionWords(deck);
  return decisions.map((d) => {
    const cells: CellText[] = [
      [
        { text: d.title, size: 10, bold: true },
        { text: d.context ?? '', size: 9 },
      ],
      advice(d),
      d.askedOf,
      when(d),
      d.statusLabel,
    ];
    return rowHeight(deck.fonts, cells, WIDTHS, 10, [false, false, false, true, d.status === 'open']);
  });
}

/** A decision's row as drawn: its title and context, the advice, who decides, by when, its status. */
function decisionRow(deck: LayoutDeck, d: Decision): TableRow {
  const { colors } = deck.theme;
  const { when, advice } = decisionWords(deck);
  return [
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
  ];
}

/** Every decision in a table, paginated by measured row heights (the header repeated on each slide). */
export function renderDecisions(deck: SlideDeck): void {
  const { ctx, w, theme } = deck;
  const cols = ['decision', 'recommendation', 'asked_of', 'needed_by', 'status'].map((k) => ({
    header: w.t(`columns.${k as 'decision'}`),
  }));
  const heights = rowHeights(deck, ctx.decisions);
  const headers = cols.map((col) => col.header);
  const { header, pages } = tablePages(deck.fonts, { headers, widths: WIDTHS, font: 10, heights }, 0.34);
  const openCount = ctx.decisions.filter((d) => d.status === 'open').length;
  pages.forEach((indexes, p) => {
    const onPage = indexes.map((i) => ctx.decisions[i]).filter((d) => d !== undefined);
    const c = pagedSlide(deck, 'decisions', p, pages.length, { decisionsOnPage: onPage, openCount });
    if (ctx.decisions.length === 0) {
      nothingToShow(c, w.t('decisions.nothing'), { y: 3.5, h: 0.5, size: 14 });
      return;
    }
    c.table(
      [headerRow(cols, theme), ...onPage.map((d) => decisionRow(deck, d))],
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
      { colW: WIDTHS, fontSize: 10, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.4)] },
    );
  });
}
