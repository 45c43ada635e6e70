import { countsByKind } from '../../../present/board-context.js';
import { byDistance, kpiChange, kpiWords } from '../../../present/sentences.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { fitTable, headerRow } from './common.js';

const WIDTHS = [4.0, 1.9, 1.7, 2.4, 2.33];
const SIZE = 12;

/**
 * The board's KPIs on one slide: at most the budget's number, the furthest
 * from their target first (relative to the target, so units compare), each
 * with its current value and date, its target, its change since the previous
 * value and the trend, or "first measurement"; the others counted.
 */
export function renderBoardKpis(deck: SlideDeck): void {
  const { w, model } = deck;
  const { colors } = deck.theme;
  const cap = deck.board?.kpis ?? 6;
  const ranked = byDistance(model.kpis);
  const shown = ranked.slice(0, cap);
  const rest = ranked.slice(cap);
  const c = deck.slide({
    layout: 'content',
    title: deck.title('kpis'),
    notes: deck.notes('kpis', {
      page: 1,
      pages: 1,
      kpisOnPage: deck.ctx.kpis.filter((k) => shown.some((s) => s.id === k.id)),
      leftOut: rest.length,
    }),
  });
  const rows: TableRow[] = [
    headerRow(
      ['kpi', 'current', 'target', 'change', 'status'].map((k) => ({ header: w.t(`columns.${k as 'kpi'}`) })),
      deck.theme,
    ),
    ...shown.map((k): TableRow => {
      const words = kpiWords(k, w);
      const change = kpiChange(k, w);
      const trendColor =
        k.trend === 'improving'
          ? colors.status.complete
          : k.trend === 'worsening'
            ? colors.status.blocked
            : colors.muted;
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
                {
                  text: `${words.movementLabel} ${w.t(`kpi_trend.${k.trend}`)}`.trim(),
                  options: { color: trendColor },
                },
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
    }),
  ];
  const moreH = rest.length ? 0.45 : 0;
  fitTable(
    c,
    rows,
    { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: CONTENT.h - moreH },
    {
      colW: WIDTHS,
      fontSize: SIZE,
      what: 'the KPI table',
    },
  );
  if (rest.length)
    c.fit(
      w.t('summary.more_of', {
        count: rest.length,
        kinds: countsByKind(
          rest.map((k) => ({
            kind:
              k.onTarget === null
                ? ('no_target' as const)
                : k.onTarget
                  ? ('on_target' as const)
                  : ('off_target' as const),
          })),
          ['off_target', 'on_target', 'no_target'],
          (kind, count) => w.t(`summary.kpi_kinds.${kind}`, { count }),
          w,
        ),
        where: w.t('refs.full'),
      }),
      { x: CONTENT.x, y: CONTENT.y + CONTENT.h - moreH + 0.05, w: CONTENT.w, h: moreH - 0.05 },
      { max: SIZE, min: 10, maxLines: 2, italic: true, color: colors.muted, what: 'the KPIs left out' },
    );
}
