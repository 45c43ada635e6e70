import type { ReportObjective } from '../../../present/report-context.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow, pageInfo, rowHeight } from './common.js';
import { pagedSlide, tablePages } from './slide-parts.js';

const WIDTHS = [1.9, 0.6, 4.35, 1.15, 1.65, 1.1, 1.1, 0.48];
const ALIGN = ['left', 'center', 'left', 'left', 'left', 'left', 'left', 'right'] as const;
const FONT = 9;
/** The status and due columns of a flagged objective are bold. */
const BOLD = (o: ReportObjective | undefined) => {
  const flagged = !!o && (o.status === 'blocked' || o.status === 'at-risk' || o.overdue);
  return [false, false, false, flagged, false, flagged, false, false];
};

/** Every objective in one table, continued across slides with the header repeated. */
export function renderAppendix(deck: SlideDeck): void {
  const { ctx, w, theme } = deck;
  const { colors } = theme;
  const cols = ['scenario', 'stage', 'objective', 'status', 'owner', 'due', 'completed', 'percent'].map((k, i) => ({
    header: w.t(`columns.${k as 'scenario'}`),
    align: ALIGN[i],
  }));
  const all: ReportObjective[] = ctx.scenarios.flatMap((s) => s.objectives);
  const cells = all.map((o) => [
    o.scenario,
    String(o.stage),
    o.custom ? w.t('appendix.own', o) : o.title,
    o.statusLabel,
    o.owner ?? w.t('none'),
    o.due ? w.fmt.shortDate(o.due) : w.t('none'),
    o.completed ? w.fmt.shortDate(o.completed) : w.t('none'),
    o.status === 'not-applicable' ? w.t('not_applicable_percent') : `${w.fmt.number(o.percent)}%`,
  ]);
  const heights = cells.map((t, i) => rowHeight(deck.fonts, t, WIDTHS, FONT, BOLD(all[i])));
  const headers = cols.map((col) => col.header);
  const { header, pages } = tablePages(deck.fonts, { headers, widths: WIDTHS, font: FONT, heights });
  pages.forEach((indexes, p) => {
    const onPage = indexes.map((i) => all[i]).filter((o) => o !== undefined);
    const byScenario = [
      ...new Map(onPage.map((o) => [o.scenario, onPage.filter((x) => x.scenario === o.scenario).length])),
    ].map(([scenario, count]) => ({ scenario, count }));
    const c = pagedSlide(deck, 'appendix', p, pages.length, {
      ...pageInfo(indexes, pages.length, p, all.length),
      byScenario,
      flagged: onPage.filter((o) => o.status === 'blocked' || o.overdue),
    });
    const rows: TableRow[] = [
      headerRow(cols, theme),
      ...onPage.map((o, k): TableRow => {
        const flagged = o.status === 'blocked' || o.status === 'at-risk' || o.overdue;
        return (cells[indexes[k] ?? 0] ?? []).map((text, col) => ({
          text,
          options: {
            align: ALIGN[col] ?? 'left',
            ...(col === 3
              ? {
                  color:
                    o.status === 'not-started' || o.status === 'not-applicable'
                      ? colors.muted
                      : colors.status[o.status],
                  bold: flagged,
                }
              : {}),
            ...(col === 5 && o.overdue ? { color: colors.status.blocked, bold: true } : {}),
            ...(o.status === 'not-applicable' && col !== 3 ? { color: colors.muted } : {}),
          },
        }));
      }),
    ];
    c.table(
      rows,
      { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 },
      { colW: WIDTHS, fontSize: FONT, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.25)] },
    );
  });
}
