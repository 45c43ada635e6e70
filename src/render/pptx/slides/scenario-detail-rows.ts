import type { ObjectiveModel } from '../../../model/types.js';
import { statuses } from '../../../schema/status.js';
import type { Theme } from '../../../schema/template.js';
import type { Wording } from '../../../templating/wording.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import type { DeckFonts } from '../canvas/text-style.js';
import { headerHeight, rowHeight } from './common.js';

/**
 * The scenario detail's table: its columns, an objective's row (what its
 * cells say, in which colour) and the height each row needs, measured before
 * the table is paginated.
 */

export const FONT = 10;
const DETAIL_FONT = 8.5;
export const WIDTHS = [0.65, 3.6, 1.45, 1.3, 1.05, 0.55];
/** A date as wide as most, to size the due column of a row before its text is known (its words come from the template). */
const SAMPLE_DATE = '2026-05-22';

type Colors = Theme['colors'];

/** A track's name from its id: "threat-protection" → "Threat protection". */
function trackName(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}

export function detailColumns(w: Wording) {
  return [
    { header: w.t('columns.stage'), align: 'center' as const },
    { header: w.t('columns.objective') },
    { header: w.t('columns.owner') },
    { header: w.t('columns.due') },
    { header: w.t('columns.status'), align: 'center' as const },
    { header: w.t('columns.percent'), align: 'right' as const },
  ];
}

/** The line under an objective's title: its track, own objective, blocker or reason ("" when none). */
function detail(o: ObjectiveModel, w: Wording): string {
  return [
    o.track ? trackName(o.track) : '',
    o.custom ? w.t('detail.own') : '',
    o.status === 'blocked' && o.blockers[0] ? w.t('detail.blocked_by', { blocker: o.blockers[0] }) : '',
    o.status === 'not-applicable' && o.reason
      ? w.t('detail.not_applicable', { reason: w.t(`reason.${o.reason}`) })
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function doneText(o: ObjectiveModel, w: Wording): string {
  return !o.completed
    ? w.t('status.complete')
    : o.daysLate > 0
      ? w.t('detail.done_late', { date: o.completed, days: o.daysLate })
      : w.t('detail.done', { date: o.completed });
}

function dueCell(o: ObjectiveModel, w: Wording, colors: Colors): TableCell {
  // A completion after its due date shows the slip: "Done" alone would hide years of delay.
  if (o.status === 'complete')
    return {
      text: doneText(o, w),
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
}

function statusCell(o: ObjectiveModel, w: Wording, colors: Colors): TableCell {
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
}

/** An objective's row: stage, title (with its detail line), owner, due, status, percent. */
export function objectiveRow(o: ObjectiveModel, w: Wording, colors: Colors): TableRow {
  const d = detail(o, w);
  const muted = o.status === 'not-applicable';
  const detailOptions = { fontSize: DETAIL_FONT, color: o.status === 'blocked' ? colors.status.blocked : colors.muted };
  return [
    { text: String(o.stage), options: { align: 'center', color: colors.muted } },
    {
      text: d
        ? [
            { text: o.title, options: { breakLine: true } },
            { text: d, options: detailOptions },
          ]
        : o.title,
      options: muted ? { color: colors.muted } : {},
    },
    { text: o.owner ?? w.t('none'), options: o.owner ? {} : { color: colors.muted } },
    dueCell(o, w, colors),
    statusCell(o, w, colors),
    {
      text: statuses[o.status].applicable ? `${w.fmt.number(o.percent)}%` : w.t('not_applicable_percent'),
      options: { align: 'right', color: muted ? colors.muted : colors.text },
    },
  ];
}

/** The height of each objective's row, measured with the deck's fonts as its cells will say it. */
export function rowHeights(fonts: DeckFonts, objectives: readonly ObjectiveModel[], w: Wording): number[] {
  return objectives.map((o) => {
    const d = detail(o, w);
    const dueText = o.overdue
      ? `${w.fmt.shortDate(o.due ?? '')}\n${w.t('detail.late', { days: o.daysOverdue })}`
      : o.status === 'complete'
        ? doneText(o, w)
        : w.t('detail.done', { date: SAMPLE_DATE });
    const title = d
      ? [
          { text: o.title, size: FONT },
          { text: d, size: DETAIL_FONT },
        ]
      : o.title;
    const percent = statuses[o.status].applicable ? '100%' : w.t('not_applicable_percent');
    const cells = ['1', title, o.owner ?? '–', dueText, w.t(`status.${o.status}`), percent];
    return rowHeight(fonts, cells, WIDTHS, FONT, [false, false, false, false, true, false]);
  });
}

/** The header row's height, measured. */
export function headerRowHeight(fonts: DeckFonts, headers: readonly string[]): number {
  return headerHeight(fonts, headers, WIDTHS, FONT, 0.34);
}
