import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { fitTable, headerRow } from './common.js';
import { drawHeatMap, HEAT_W } from './risk-heatmap.js';
import { riskNotes } from './risks.js';

const TREND_ARROW = { increasing: '▲', stable: '►', decreasing: '▼' } as const;
const SIZE = 11;

/**
 * The board's risks on one slide: the heat map of every open risk with the
 * appetite line, the top ones (above appetite first, then by score) named on
 * it and beside it with their appetite label, the appetite stated once, and
 * the other open risks counted.
 */
export function renderBoardRisks(deck: SlideDeck): void {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const open = ctx.risks.filter((r) => r.status === 'open');
  const top = open.slice(0, deck.board?.risks ?? 5);
  const rest = open.slice(top.length);
  const c = deck.slide({
    layout: 'content',
    title: deck.title('risks'),
    notes: deck.notes('risks', {
      open: open.length,
      top: top.map((r) => riskNotes(deck, r)),
      more: rest.length,
      moreWhere: w.t('refs.full'),
      closed: ctx.risks.filter((r) => r.status === 'closed'),
      continued: false,
    }),
  });
  drawHeatMap(deck, c, open, top.length);
  const x = CONTENT.x + HEAT_W + 0.4;
  const width = CONTENT.x + CONTENT.w - x;
  const appetite = ctx.riskAppetite?.statement ?? w.t('risks.not_set');
  c.fit(
    appetite,
    { x, y: CONTENT.y, w: width, h: 0.5 },
    {
      max: 12,
      min: 10,
      maxLines: 2,
      bold: true,
      color: colors.muted,
      what: 'the risk appetite',
    },
  );
  const judged = ctx.riskAppetite !== null;
  const cols = [
    { header: w.t('columns.number'), w: 0.5 },
    { header: w.t('columns.risk'), w: judged ? 3.2 : 4.45 },
    { header: w.t('columns.score'), w: 0.95, align: 'center' as const },
    ...(judged ? [{ header: w.t('columns.appetite'), w: 1.25 }] : []),
    { header: w.t('columns.trend'), w: 1.0 },
  ];
  const scale = width / cols.reduce((a, col) => a + col.w, 0);
  const rows: TableRow[] = [
    headerRow(cols, deck.theme),
    ...top.map((r): TableRow => [
      { text: r.label ?? '', options: { bold: true } },
      {
        text: [
          { text: r.title, options: { breakLine: true } },
          {
            text: w.t('risks.owner', { owner: r.owner, treatment: r.treatmentLabel }),
            options: { color: colors.muted },
          },
        ],
      },
      {
        text: `${r.score}\n${r.levelLabel}`,
        options: { align: 'center', fill: { color: colors.risk[r.level] }, bold: true },
      },
      ...(judged
        ? [
            {
              text: r.appetiteLabel ?? '',
              options: {
                bold: r.appetite === 'above',
                color: r.appetite === 'above' ? colors.status.blocked : colors.text,
              },
            },
          ]
        : []),
      { text: `${TREND_ARROW[r.trend]} ${r.trendLabel}` },
    ]),
  ];
  const moreH = rest.length ? 0.5 : 0;
  fitTable(
    c,
    rows,
    { x, y: CONTENT.y + 0.6, w: width, h: CONTENT.h - 0.6 - moreH },
    {
      colW: cols.map((col) => col.w * scale),
      fontSize: SIZE,
      what: 'the top risks',
    },
  );
  if (rest.length)
    c.fit(
      w.t('risks.more', {
        count: rest.length,
        above: judged ? rest.filter((r) => r.appetite === 'above').length : 0,
        where: w.t('refs.full'),
      }),
      { x, y: CONTENT.y + CONTENT.h - moreH, w: width, h: moreH },
      { max: SIZE, min: 10, maxLines: 2, italic: true, color: colors.muted, what: 'the risks left out' },
    );
}
