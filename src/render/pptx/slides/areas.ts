import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { fitTable, headerRow } from './common.js';
import { nothingToShow } from './slide-parts.js';

export function renderAreas(deck: SlideDeck): void {
  const { ctx, w, theme } = deck;
  const short = new Map(ctx.scenarios.map((s) => [s.id, s.shortTitle]));
  const withoutArea = ctx.scenarios.flatMap((s) => s.objectives).filter((o) => o.areas.length === 0).length;
  const c = deck.slide({ layout: 'content', title: deck.title('areas'), notes: deck.notes('areas', { withoutArea }) });
  if (ctx.areas.length === 0) {
    nothingToShow(c, w.t('areas.nothing'), { y: 3.5, h: 0.5, size: 14 });
    return;
  }
  c.specChart(
    deck.chart('functional-areas'),
    { x: CONTENT.x, y: CONTENT.y, w: 6.4, h: CONTENT.h - 0.2 },
    { valAxisMajorUnit: 5 },
  );
  const cols = [
    { header: w.t('columns.area'), w: 1.45 },
    { header: w.t('columns.complete'), w: 1.0, align: 'right' as const },
    { header: w.t('columns.percent'), w: 0.65, align: 'right' as const },
    { header: w.t('columns.scenarios'), w: 2.45 },
  ];
  const byScenario = new Map(deck.model.areas.map((a) => [a.id, a.byScenario]));
  const rows: TableRow[] = [
    headerRow(cols, theme),
    ...ctx.areas.map((a): TableRow => [
      { text: a.title, options: { bold: true } },
      { text: w.t('glance.overall_cell', a), options: { align: 'right' } },
      { text: w.percent(a.percentComplete), options: { align: 'right', bold: true } },
      {
        text: (byScenario.get(a.id) ?? [])
          .map((b) => `${short.get(b.scenarioId) ?? b.scenarioId} ${w.percent(b.progress.percentComplete)}`)
          .join('\n'),
        options: { fontSize: 9, color: theme.colors.muted },
      },
    ]),
  ];
  fitTable(
    c,
    rows,
    { x: CONTENT.x + 6.7, y: CONTENT.y, w: 5.55, h: CONTENT.h },
    {
      colW: cols.map((x) => x.w),
      fontSize: 11,
      what: 'the table of areas',
    },
  );
}
