import type { ObjectiveModel, ScenarioModel } from '../../../model/types.js';
import { statuses } from '../../../schema/status.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import { headerHeight, headerRow, pageInfo, paginate, rowHeight, scenarioContext } from './common.js';

const FONT = 10;
const DETAIL_FONT = 8.5;
const WIDTHS = [0.65, 3.6, 1.45, 1.3, 1.05, 0.55];
const TABLE_W = WIDTHS.reduce((n, w) => n + w, 0);

/** A track's name from its id: "threat-protection" → "Threat protection". */
export function trackName(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}

/** A date as wide as most, to size the due column of a row before its text is known (its words come from the template). */
const SAMPLE_DATE = '2026-05-22';

export function renderScenarioDetail(deck: DeckBuilder, s: ScenarioModel): void {
  const { theme, w } = deck;
  const { colors } = theme;
  const columns = [
    { header: w.t('columns.stage'), align: 'center' as const },
    { header: w.t('columns.objective') },
    { header: w.t('columns.owner') },
    { header: w.t('columns.due') },
    { header: w.t('columns.status'), align: 'center' as const },
    { header: w.t('columns.percent'), align: 'right' as const },
  ];
  const detail = (o: ObjectiveModel) =>
    [
      o.track ? trackName(o.track) : '',
      o.custom ? w.t('detail.own') : '',
      o.status === 'blocked' && o.blockers[0] ? w.t('detail.blocked_by', { blocker: o.blockers[0] }) : '',
      o.status === 'not-applicable' && o.reason
        ? w.t('detail.not_applicable', { reason: w.t(`reason.${o.reason}`) })
        : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const doneText = (o: ObjectiveModel) =>
    !o.completed
      ? w.t('status.complete')
      : o.daysLate > 0
        ? w.t('detail.done_late', { date: o.completed, days: o.daysLate })
        : w.t('detail.done', { date: o.completed });
  const due = (o: ObjectiveModel): TableCell => {
    // A completion after its due date shows the slip: "Done" alone would hide years of delay.
    if (o.status === 'complete')
      return {
        text: doneText(o),
        options: { color: o.daysLate > 0 ? colors.status['at-risk'] : colors.status.complete },
      };
    if (!o.due) return { text: w.t('none'), options: { color: colors.muted } };
    if (o.overdue)
      return {
        text: [
          { text: w.fmt.shortDate(o.due), options: { breakLine: true } },
          { text: w.t('detail.late', { days: o.daysOverdue }), options: { bold: true } },
        ],
        options: { color: colors.status.blocked },
      };
    return { text: w.fmt.shortDate(o.due) };
  };
  const status = (o: ObjectiveModel): TableCell => {
    const color = colors.status[o.status];
    const label = w.t(`status.${o.status}`);
    if (o.status === 'blocked' || o.status === 'at-risk')
      return { text: label, options: { bold: true, color: colors.on_accent, fill: { color }, align: 'center' } };
    return {
      text: label,
      options: {
        // Words of statuses that are not under way are muted; the not-applicable colour is light, for marks only.
        color: o.status === 'not-started' || o.status === 'not-applicable' ? colors.muted : color,
        bold: o.status === 'complete',
        align: 'center',
      },
    };
  };
  const row = (o: ObjectiveModel): TableRow => {
    const d = detail(o);
    const muted = o.status === 'not-applicable';
    return [
      { text: String(o.stage), options: { align: 'center', color: colors.muted } },
      {
        text: d
          ? [
              { text: o.title, options: { breakLine: true } },
              {
                text: d,
                options: {
                  fontSize: DETAIL_FONT,
                  color: o.status === 'blocked' ? colors.status.blocked : colors.muted,
                },
              },
            ]
          : o.title,
        options: muted ? { color: colors.muted } : {},
      },
      { text: o.owner ?? w.t('none'), options: o.owner ? {} : { color: colors.muted } },
      due(o),
      status(o),
      {
        text: statuses[o.status].applicable ? `${w.fmt.number(o.percent)}%` : w.t('not_applicable_percent'),
        options: { align: 'right', color: muted ? colors.muted : colors.text },
      },
    ];
  };
  const heights = s.objectives.map((o) => {
    const d = detail(o);
    const dueText = o.overdue
      ? `${w.fmt.shortDate(o.due ?? '')}\n${w.t('detail.late', { days: o.daysOverdue })}`
      : o.status === 'complete'
        ? doneText(o)
        : w.t('detail.done', { date: SAMPLE_DATE });
    return rowHeight(
      deck.fonts,
      [
        '1',
        d
          ? [
              { text: o.title, size: FONT },
              { text: d, size: DETAIL_FONT },
            ]
          : o.title,
        o.owner ?? '–',
        dueText,
        w.t(`status.${o.status}`),
        statuses[o.status].applicable ? '100%' : w.t('not_applicable_percent'),
      ],
      WIDTHS,
      FONT,
      [false, false, false, false, true, false],
    );
  });
  const header = headerHeight(
    deck.fonts,
    columns.map((col) => col.header),
    WIDTHS,
    FONT,
    0.34,
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
      [headerRow(columns, theme), ...onPage.map(row)],
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
