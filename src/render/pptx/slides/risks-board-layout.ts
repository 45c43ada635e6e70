import type { ReportContext } from '../../../present/report-context.js';
import type { FitStyle } from '../canvas/text-style.js';
import { CONTENT, type Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck } from '../slide-deck.js';
import { fitRows, headerRow, type FittedTable } from './common.js';
import { HEAT_W, layOutHeatMap, type HeatMapLayout } from './risk-heatmap.js';
import { riskNotes, TREND_ARROW } from './risks-layout.js';

/**
 * The board's risks on one slide, laid out: the heat map of every open risk
 * with the appetite line, the top ones (above appetite first, then by score)
 * named on it and beside it with their appetite label, the appetite stated
 * once, and the other open risks counted.
 */

type Risk = ReportContext['risks'][number];

const SIZE = 11;

/** A text and the box it is fitted to. */
interface Placed {
  text: string;
  box: Box;
  style: FitStyle;
}

export interface BoardRisksLayout {
  title: string;
  notes: string;
  heatMap: HeatMapLayout;
  appetite: Placed;
  table: FittedTable;
  more: Placed | null;
}

/** The table's columns: the appetite's only when an appetite is set (each risk judged against it). */
function boardColumns(deck: LayoutDeck, judged: boolean) {
  const { w } = deck;
  return [
    { header: w.t('columns.number'), w: 0.5 },
    { header: w.t('columns.risk'), w: judged ? 3.2 : 4.45 },
    { header: w.t('columns.score'), w: 0.95, align: 'center' as const },
    ...(judged ? [{ header: w.t('columns.appetite'), w: 1.25 }] : []),
    { header: w.t('columns.trend'), w: 1.0 },
  ];
}

/** A top risk's row: label, title and owner, score, its appetite label (when judged), trend. */
function boardRow(deck: LayoutDeck, r: Risk, judged: boolean): TableRow {
  const { w } = deck;
  const { colors } = deck.theme;
  const above = r.appetite === 'above';
  return [
    { text: r.label ?? '', options: { bold: true } },
    {
      text: [
        { text: r.title, options: { breakLine: true } },
        { text: w.t('risks.owner', { owner: r.owner, treatment: r.treatmentLabel }), options: { color: colors.muted } },
      ],
    },
    {
      text: `${r.score}\n${r.levelLabel}`,
      options: { align: 'center', fill: { color: colors.risk[r.level] }, bold: true },
    },
    ...(judged
      ? [{ text: r.appetiteLabel ?? '', options: { bold: above, color: above ? colors.status.blocked : colors.text } }]
      : []),
    { text: `${TREND_ARROW[r.trend]} ${r.trendLabel}` },
  ];
}

export function layOutBoardRisks(deck: LayoutDeck): BoardRisksLayout {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const open = ctx.risks.filter((r) => r.status === 'open');
  const top = open.slice(0, deck.board?.risks ?? 5);
  const rest = open.slice(top.length);
  const x = CONTENT.x + HEAT_W + 0.4;
  const width = CONTENT.x + CONTENT.w - x;
  const judged = ctx.riskAppetite !== null;
  const cols = boardColumns(deck, judged);
  const scale = width / cols.reduce((a, col) => a + col.w, 0);
  const moreH = rest.length ? 0.5 : 0;
  const rows = [headerRow(cols, deck.theme), ...top.map((r) => boardRow(deck, r, judged))];
  return {
    title: deck.title('risks'),
    notes: deck.notes('risks', {
      open: open.length,
      top: top.map((r) => riskNotes(deck, r)),
      more: rest.length,
      moreWhere: w.t('refs.full'),
      closed: ctx.risks.filter((r) => r.status === 'closed'),
      continued: false,
    }),
    heatMap: layOutHeatMap(deck, open, top.length),
    appetite: {
      text: ctx.riskAppetite?.statement ?? w.t('risks.not_set'),
      box: { x, y: CONTENT.y, w: width, h: 0.5 },
      style: { max: 12, min: 10, maxLines: 2, bold: true, color: colors.muted, what: 'the risk appetite' },
    },
    table: fitRows(
      deck.fonts,
      rows,
      { x, y: CONTENT.y + 0.6, w: width, h: CONTENT.h - 0.6 - moreH },
      {
        colW: cols.map((col) => col.w * scale),
        fontSize: SIZE,
        what: 'the top risks',
      },
    ),
    more: rest.length
      ? {
          text: w.t('risks.more', {
            count: rest.length,
            above: judged ? rest.filter((r) => r.appetite === 'above').length : 0,
            where: w.t('refs.full'),
          }),
          box: { x, y: CONTENT.y + CONTENT.h - moreH, w: width, h: moreH },
          style: { max: SIZE, min: 10, maxLines: 2, italic: true, color: colors.muted, what: 'the risks left out' },
        }
      : null,
  };
}
