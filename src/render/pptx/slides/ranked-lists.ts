import type { ReportContext } from '../../../present/report-context.js';
import type { SlideKind } from '../../../schema/deck.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { ListName } from '../slide-map.js';
import { headerHeight, headerRow, pageInfo, paginate, rowHeight, type CellText } from './common.js';

const FONT = 10;

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A list's table: its columns, and each item's cells as drawn (runs with colours) and as measured. */
interface RankedTable {
  kind: SlideKind;
  list: ListName;
  columns: Column[];
  cells: { drawn: TableRow; measured: CellText[] }[];
  /** The notes' extra context for a page of items (their lines). */
  lines: string[];
}

/**
 * A ranked list in full, in rank order, its table continued over as many
 * slides as it takes with the header repeated; each item's slide is recorded,
 * so the summary's "and N more" can name the slides that hold the rest.
 */
function drawRanked(deck: SlideDeck, t: RankedTable): void {
  const widths = t.columns.map((c) => c.width);
  const heights = t.cells.map((c) => rowHeight(deck.fonts, c.measured, widths, FONT));
  const header = headerHeight(
    deck.fonts,
    t.columns.map((c) => c.header),
    widths,
    FONT,
  );
  const pages = paginate(heights, header, CONTENT.h);
  pages.forEach((indexes, p) => {
    const c = deck.slide({
      layout: 'content',
      title: deck.title(t.kind, {}, p, pages.length),
      notes: deck.notes(t.kind, {
        ...pageInfo(indexes, pages.length, p, t.cells.length),
        lines: indexes.map((i) => t.lines[i] ?? ''),
      }),
    });
    for (const i of indexes) deck.map.place(t.list, i, c.number);
    c.table(
      [headerRow(t.columns, deck.theme), ...indexes.map((i) => t.cells[i]?.drawn ?? [])],
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
      { colW: widths, fontSize: FONT, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.3)] },
    );
  });
}

const plain = (text: string, options: TableRow[number]['options'] = {}): TableRow[number] => ({ text, options });

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
      { header: w.t('columns.rank'), width: 0.45, align: 'right' },
      { header: w.t('columns.objective'), width: 3.7 },
      { header: w.t('columns.scenario'), width: 2.0 },
      { header: w.t('columns.why'), width: 2.55 },
      { header: w.t('columns.owner'), width: 1.45 },
      { header: w.t('columns.protects'), width: 2.18 },
    ],
    cells: items.map((item) => ({
      drawn: [
        plain(String(item.rank), { align: 'right' }),
        plain(item.title, { bold: true }),
        plain(where(item)),
        plain(item.why, { color: colour[item.kind], bold: true }),
        plain(item.owner ?? w.t('none')),
        plain(protects(item), item.protects?.appetite === 'above' ? { color: colors.status.blocked } : {}),
      ],
      measured: [
        String(item.rank),
        [{ text: item.title, size: FONT, bold: true }],
        where(item),
        [{ text: item.why, size: FONT, bold: true }],
        item.owner ?? w.t('none'),
        protects(item),
      ],
    })),
    lines: items.map((i) => i.text),
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
      { header: w.t('columns.rank'), width: 0.45, align: 'right' },
      { header: w.t('columns.achievement'), width: 7.9 },
      { header: w.t('columns.scenario'), width: 2.4 },
      { header: w.t('columns.date'), width: 1.58 },
    ],
    cells: items.map((item) => ({
      drawn: [
        plain(String(item.rank), { align: 'right' }),
        plain(item.text, item.kind === 'stage' || item.kind === 'kpi' ? { bold: true } : {}),
        plain(item.scenario ?? w.t('none')),
        plain(date(item.date)),
      ],
      measured: [
        String(item.rank),
        [{ text: item.text, size: FONT, bold: item.kind === 'stage' || item.kind === 'kpi' }],
        item.scenario ?? w.t('none'),
        date(item.date),
      ],
    })),
    lines: items.map((i) => i.text),
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
      { header: w.t('columns.rank'), width: 0.45, align: 'right' },
      { header: w.t('columns.decision'), width: 4.6 },
      { header: w.t('columns.recommendation'), width: 3.6 },
      { header: w.t('columns.asked_of'), width: 1.9 },
      { header: w.t('columns.needed_by'), width: 1.78 },
    ],
    cells: items.map(({ rank, d }) => ({
      drawn: [
        plain(String(rank), { align: 'right' }),
        plain(d.title, { bold: true }),
        plain(d.recommendation ?? w.t('none'), d.recommendation ? {} : { color: colors.muted }),
        plain(d.askedOf),
        plain(needed(d), d.daysLeft < 0 ? { color: colors.status.blocked, bold: true } : {}),
      ],
      measured: [
        String(rank),
        [{ text: d.title, size: FONT, bold: true }],
        d.recommendation ?? w.t('none'),
        d.askedOf,
        [{ text: needed(d), size: FONT, bold: d.daysLeft < 0 }],
      ],
    })),
    lines: items.map((i) => i.text),
  });
}
