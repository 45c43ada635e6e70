import type { ObjectiveModel, ScenarioModel } from '../../../model/types.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import { headerRow, pageInfo, paginate, scenarioContext } from './common.js';
import { detailColumns, FONT, headerRowHeight, objectiveRow, rowHeights, WIDTHS } from './scenario-detail-rows.js';

const TABLE_W = WIDTHS.reduce((n, w) => n + w, 0);

/** A scenario's objectives as a table, paginated by measured row heights; the first page has its status-by-stage chart. */
export function renderScenarioDetail(deck: SlideDeck, s: ScenarioModel): void {
  const { theme, w } = deck;
  const columns = detailColumns(w);
  const heights = rowHeights(deck.fonts, s.objectives, w);
  const header = headerRowHeight(
    deck.fonts,
    columns.map((col) => col.header),
  );
  const pages = paginate(heights, header, CONTENT.h - 0.1);
  const scenario = scenarioContext(deck, s);
  pages.forEach((indexes, p) => {
    const onPage = indexes.map((i) => s.objectives[i] as ObjectiveModel);
    const extra = {
      scenario,
      ...pageInfo(indexes, pages.length, p, s.objectives.length),
      stages: [...new Set(onPage.map((o) => o.stage))],
      completeOnPage: onPage.filter((o) => o.status === 'complete').length,
    };
    const c = deck.slide({
      layout: 'content',
      title: deck.title('scenario-detail', { scenario }, p, pages.length),
      kicker: w.t('kickers.scenario-detail', { ...deck.ctx, scenario }),
      notes: deck.notes('scenario-detail', extra),
    });
    c.table(
      [headerRow(columns, theme), ...onPage.map((o) => objectiveRow(o, w, theme.colors))],
      { x: CONTENT.x, y: CONTENT.y, w: TABLE_W, h: 0 },
      { colW: WIDTHS, fontSize: FONT, rowH: [header, ...indexes.map((i) => heights[i] ?? 0.3)] },
    );
    if (p > 0) return;
    const chart = { x: CONTENT.x + TABLE_W + 0.35, y: CONTENT.y, w: CONTENT.w - TABLE_W - 0.35, h: 4.6 };
    c.text(
      w.t('detail.chart'),
      { x: chart.x, y: chart.y, w: chart.w, h: 0.3 },
      { size: 12, bold: true, font: 'heading' },
    );
    c.specChart(
      deck.chart(`status-by-stage-${s.id}`),
      { ...chart, y: chart.y + 0.3, h: chart.h - 0.3 },
      { valAxisLabelFormatCode: '0' },
    );
  });
}
