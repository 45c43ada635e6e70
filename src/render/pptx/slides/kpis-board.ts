import type { KpiModel } from '../../../model/types.js';
import { countsByKind } from '../../../present/board-context.js';
import { byDistance, kpiChange, kpiWords } from '../../../present/sentences.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck, SlideDeck } from '../slide-deck.js';
import { drawFitted, fitRows, headerRow, type FittedTable } from './common.js';
import { leftOutLine, pagedSlide, type Placed } from './slide-parts.js';

const WIDTHS = [4.0, 1.9, 1.7, 2.4, 2.33];
const SIZE = 12;

/**
 * The board's KPIs on one slide: at most the budget's number, the furthest
 * from their target first (relative to the target, so units compare), each
 * with its current value and date, its target, its change since the previous
 * value and the trend, or "first measurement"; the others counted.
 */
export interface BoardKpisLayout {
  shown: KpiModel[];
  table: FittedTable;
  /** "and 3 more: 2 off target, 1 on target; see the full deck" under the table. */
  more: Placed | null;
  rest: number;
}

/** A KPI's row: title, value and when measured, target (and by when), change and trend, status. */
function kpiRow(deck: LayoutDeck, k: KpiModel): TableRow {
  const { w } = deck;
  const { colors } = deck.theme;
  const words = kpiWords(k, w);
  const change = kpiChange(k, w);
  const trendColor =
    k.trend === 'improving' ? colors.status.complete : k.trend === 'worsening' ? colors.status.blocked : colors.muted;
  return [
    { text: k.title, options: { bold: true } },
    {
      text: [
        { text: words.valueText, options: { bold: true, breakLine: true } },
        { text: words.measuredText ?? w.fmt.shortDate(k.current.date), options: { color: colors.muted } },
      ],
    },
    words.targetText === null
      ? { text: '–', options: { color: colors.muted } }
      : { text: `${words.targetText}${k.targetDate ? `\n${w.fmt.shortDate(k.targetDate)}` : ''}` },
    {
      text: change
        ? [
            { text: change, options: { breakLine: true } },
            { text: `${words.movementLabel} ${w.t(`kpi_trend.${k.trend}`)}`.trim(), options: { color: trendColor } },
          ]
        : [{ text: w.t('kpis.first'), options: { color: colors.muted } }],
    },
    {
      text: words.statusLabel,
      options: {
        bold: true,
        color: k.onTarget === null ? colors.muted : k.onTarget ? colors.status.complete : colors.status['at-risk'],
      },
    },
  ];
}

/** The KPIs left out, counted by whether they are on target. */
function restKinds(deck: LayoutDeck, rest: readonly KpiModel[]): string {
  const kind = (k: KpiModel): 'no_target' | 'on_target' | 'off_target' =>
    k.onTarget === null ? 'no_target' : k.onTarget ? 'on_target' : 'off_target';
  return countsByKind(
    rest.map((k) => ({ kind: kind(k) })),
    ['off_target', 'on_target', 'no_target'],
    (kind, count) => deck.w.t(`summary.kpi_kinds.${kind}`, { count }),
    deck.w,
  );
}

export function layOutBoardKpis(deck: LayoutDeck): BoardKpisLayout {
  const { w } = deck;
  const ranked = byDistance(deck.model.kpis);
  const cap = deck.board?.kpis ?? 6;
  const shown = ranked.slice(0, cap);
  const rest = ranked.slice(cap);
  const header = headerRow(
    ['kpi', 'current', 'target', 'change', 'status'].map((k) => ({ header: w.t(`columns.${k as 'kpi'}`) })),
    deck.theme,
  );
  const moreH = rest.length ? 0.45 : 0;
  const more = () =>
    w.t('summary.more_of', { count: rest.length, kinds: restKinds(deck, rest), where: w.t('refs.full') });
  return {
    shown,
    table: fitRows(
      deck.fonts,
      [header, ...shown.map((k) => kpiRow(deck, k))],
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: CONTENT.h - moreH },
      { colW: WIDTHS, fontSize: SIZE, what: 'the KPI table' },
    ),
    more: rest.length ? leftOutLine(more(), moreH, SIZE, 'the KPIs left out', deck.theme.colors.muted) : null,
    rest: rest.length,
  };
}

export function renderBoardKpis(deck: SlideDeck): void {
  const laid = layOutBoardKpis(deck);
  const c = pagedSlide(deck, 'kpis', 0, 1, {
    kpisOnPage: deck.ctx.kpis.filter((k) => laid.shown.some((s) => s.id === k.id)),
    leftOut: laid.rest,
  });
  drawFitted(c, laid.table);
  if (laid.more) c.fit(laid.more.text, laid.more.box, laid.more.style);
}
