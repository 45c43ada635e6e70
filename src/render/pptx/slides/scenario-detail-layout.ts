import type { ObjectiveModel, ScenarioModel } from '../../../model/types.js';
import { CONTENT, type Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck } from '../slide-deck.js';
import { headerRow, pageInfo, paginate, scenarioContext } from './common.js';
import { detailColumns, FONT, headerRowHeight, objectiveRow, rowHeights, WIDTHS } from './scenario-detail-rows.js';

/**
 * A scenario's detail slides laid out, as a plain value: its objectives'
 * table paginated by measured row heights (the header repeated on each
 * slide), and on the first slide the chart of status by stage beside it.
 */

const TABLE_W = WIDTHS.reduce((n, w) => n + w, 0);

export interface DetailPage {
  title: string;
  kicker: string;
  notes: string;
  objectives: ObjectiveModel[];
  table: { rows: TableRow[]; box: Box; colW: number[]; fontSize: number; rowH: number[] };
  /** The chart of status by stage, its heading above it: on the first slide only. */
  chart: { id: string; heading: { text: string; box: Box }; box: Box } | null;
}

/** The chart beside the first slide's table. */
function chartPlace(deck: LayoutDeck, s: ScenarioModel): NonNullable<DetailPage['chart']> {
  const chart = { x: CONTENT.x + TABLE_W + 0.35, y: CONTENT.y, w: CONTENT.w - TABLE_W - 0.35, h: 4.6 };
  return {
    id: `status-by-stage-${s.id}`,
    heading: { text: deck.w.t('detail.chart'), box: { x: chart.x, y: chart.y, w: chart.w, h: 0.3 } },
    box: { ...chart, y: chart.y + 0.3, h: chart.h - 0.3 },
  };
}

export function layOutScenarioDetail(deck: LayoutDeck, s: ScenarioModel): DetailPage[] {
  const { theme, w } = deck;
  const columns = detailColumns(w);
  const heights = rowHeights(deck.fonts, s.objectives, w);
  const header = headerRowHeight(
    deck.fonts,
    columns.map((col) => col.header),
  );
  const pages = paginate(heights, header, CONTENT.h - 0.1);
  const scenario = scenarioContext(deck, s);
  return pages.map((indexes, p): DetailPage => {
    const onPage = indexes.map((i) => s.objectives[i] as ObjectiveModel);
    const extra = {
      scenario,
      ...pageInfo(indexes, pages.length, p, s.objectives.length),
      stages: [...new Set(onPage.map((o) => o.stage))],
      completeOnPage: onPage.filter((o) => o.status === 'complete').length,
    };
    return {
      title: deck.title('scenario-detail', { scenario }, p, pages.length),
      kicker: w.t('kickers.scenario-detail', { ...deck.ctx, scenario }),
      notes: deck.notes('scenario-detail', extra),
      objectives: onPage,
      table: {
        rows: [headerRow(columns, theme), ...onPage.map((o) => objectiveRow(o, w, theme.colors))],
        box: { x: CONTENT.x, y: CONTENT.y, w: TABLE_W, h: 0 },
        colW: WIDTHS,
        fontSize: FONT,
        rowH: [header, ...indexes.map((i) => heights[i] ?? 0.3)],
      },
      chart: p === 0 ? chartPlace(deck, s) : null,
    };
  });
}
