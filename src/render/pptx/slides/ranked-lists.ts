import type { ReportContext } from '../../../present/report-context.js';
import type { SlideKind } from '../../../schema/deck.js';
import type { Strings } from '../../../schema/strings.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { ListName } from '../slide-map.js';
import { headerRow, pageInfo, rowHeight, type CellText } from './common.js';
import { pagedSlide, tablePages } from './slide-parts.js';

const FONT = 10;

/** A column after the rank: its header (columns.<key> in strings.yaml) and its width. */
type Column = readonly [keyof Strings['columns'], number];

/** A cell of a list's table: its text and how it is drawn; a cell that states its weight is measured as a run. */
interface RankedCell {
  text: string;
  bold?: boolean;
  color?: string | undefined;
  align?: 'right';
}

/** A list's table: its columns after the rank, and each item's rank, cells after the rank and line in the notes. */
interface RankedTable {
  kind: SlideKind;
  list: ListName;
  columns: readonly Column[];
  items: { rank: number; cells: RankedCell[]; line: string }[];
}

/** A cell as drawn: its alignment, colour and weight. */
function drawnCell(c: RankedCell): TableRow[number] {
  return {
    text: c.text,
    options: {
      ...(c.align ? { align: c.align } : {}),
      ...(c.color ? { color: c.color } : {}),
      ...(c.bold ? { bold: true } : {}),
    },
  };
}

/** A cell as measured: plain lines at the table's size, or one run of its weight. */
function measuredCell(c: RankedCell): CellText {
  return c.bold === undefined ? c.text : [{ text: c.text, size: FONT, bold: c.bold }];
}

/**
 * A ranked list in full, in rank order, its table continued over as many
 * slides as it takes with the header repeated; each item's slide is recorded,
 * so the summary's "and N more" can name the slides that hold the rest.
 */
function drawRanked(deck: SlideDeck, t: RankedTable): void {
  const columns = [
    { header: deck.w.t('columns.rank'), width: 0.45, align: 'right' as const },
    ...t.columns.map(([key, width]) => ({ header: deck.w.t(`columns.${key}`), width })),
  ];
  const cells = t.items.map((item): RankedCell[] => [{ text: String(item.rank), align: 'right' }, ...item.cells]);
  const widths = columns.map((c) => c.width);
  const heights = cells.map((row) => rowHeight(deck.fonts, row.map(measuredCell), widths, FONT));
  const headers = columns.map((c) => c.header);
  const { header, pages } = tablePages(deck.fonts, { headers, widths, font: FONT, heights });
  pages.forEach((indexes, p) => {
    const c = pagedSlide(deck, t.kind, p, pages.length, {
      ...pageInfo(indexes, pages.length, p, t.items.length),
      lines: indexes.map((i) => t.items[i]?.line ?? ''),
    });
    for (const i of indexes) deck.map.place(t.list, i, c.number);
    c.table(
      [headerRow(columns, deck.theme), ...indexes.map((i) => (cells[i] ?? []).map(drawnCell))],
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
      { colW: widths, fontSize: FONT, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.3)] },
    );
  });
}

/** Every objective that needs attention, ranked: why, whose, and the risk it protects. */
export function renderAttentionList(deck: SlideDeck): void {
  const { w, ctx } = deck;
  const { colors } = deck.theme;
  const items = ctx.ranked.attention;
  const protects = (item: (typeof items)[number]) =>
    item.protects
      ? w.t('appendix.protects', {
          label: item.protects.label,
          title: item.protects.title,
          appetite: deck.model.riskAppetite ? item.protects.appetiteLabel : null,
        })
      : w.t('none');
  const where = (item: (typeof items)[number]) =>
    `${item.scenario} · ${ctx.program.catalog.stageLabels[item.stage - 1] ?? item.stage}${item.inFocus ? ` · ${w.t('appendix.focus')}` : ''}`;
  const colour = {
    blocked: colors.status.blocked,
    overdue: colors.status.blocked,
    'at-risk': colors.status['at-risk'],
  };
  drawRanked(deck, {
    kind: 'appendix-attention',
    list: 'attention',
    columns: [
      ['objective', 3.7],
      ['scenario', 2.0],
      ['why', 2.55],
      ['owner', 1.45],
      ['protects', 2.18],
    ],
    items: items.map((item) => ({
      rank: item.rank,
      line: item.text,
      cells: [
        { text: item.title, bold: true },
        { text: where(item) },
        { text: item.why, color: colour[item.kind], bold: true },
        { text: item.owner ?? w.t('none') },
        { text: protects(item), color: item.protects?.appetite === 'above' ? colors.status.blocked : undefined },
      ],
    })),
  });
}

/** Everything achieved since the last meeting, ranked as the summary ranks it. */
export function renderSinceList(deck: SlideDeck): void {
  const { w, ctx } = deck;
  const items = ctx.ranked.since;
  const date = (d: string | null) => (d ? w.fmt.shortDate(d) : w.t('none'));
  drawRanked(deck, {
    kind: 'appendix-since',
    list: 'since',
    columns: [
      ['achievement', 7.9],
      ['scenario', 2.4],
      ['date', 1.58],
    ],
    items: items.map((item) => ({
      rank: item.rank,
      line: item.text,
      cells: [
        { text: item.text, bold: item.kind === 'stage' || item.kind === 'kpi' },
        { text: item.scenario ?? w.t('none') },
        { text: date(item.date) },
      ],
    })),
  });
}

type Decision = ReportContext['decisions'][number];

/** The open decisions, the overdue first, then by the date needed. */
export function renderDecisionsList(deck: SlideDeck): void {
  const { w, ctx } = deck;
  const { colors } = deck.theme;
  const byId = new Map(ctx.decisions.map((d) => [d.id, d]));
  const items = ctx.ranked.decisions.map((r) => ({ rank: r.rank, text: r.text, d: byId.get(r.id) as Decision }));
  const needed = (d: Decision) => `${w.fmt.shortDate(d.neededBy)}${d.when ? `\n${d.when}` : ''}`;
  drawRanked(deck, {
    kind: 'appendix-decisions',
    list: 'decisions',
    columns: [
      ['decision', 4.6],
      ['recommendation', 3.6],
      ['asked_of', 1.9],
      ['needed_by', 1.78],
    ],
    items: items.map(({ rank, text, d }) => ({
      rank,
      line: text,
      cells: [
        { text: d.title, bold: true },
        { text: d.recommendation ?? w.t('none'), color: d.recommendation ? undefined : colors.muted },
        { text: d.askedOf },
        { text: needed(d), bold: d.daysLeft < 0, color: d.daysLeft < 0 ? colors.status.blocked : undefined },
      ],
    })),
  });
}
