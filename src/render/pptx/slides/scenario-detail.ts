import { statusByStage } from '../../../charts/specs/scenario.js';
import type { ObjectiveModel, ScenarioModel } from '../../../model/types.js';
import { notApplicableReasons, statuses } from '../../../schema/status.js';
import type { Theme } from '../../../schema/template.js';
import { list, plural, shortDate } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import { headerRow, pageSuffix, paginate, rowHeight, statusLabel } from './common.js';

const FONT = 10;
const DETAIL_FONT = 8.5;
const COLS = [
  { header: 'Stage', w: 0.65, align: 'center' as const },
  { header: 'Objective', w: 3.6 },
  { header: 'Owner', w: 1.45 },
  { header: 'Due', w: 1.3 },
  { header: 'Status', w: 1.05, align: 'center' as const },
  { header: '%', w: 0.55, align: 'right' as const },
];
const TABLE_W = COLS.reduce((n, c) => n + c.w, 0);

export function trackName(id: string): string {
  const words = id.split('-');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

function dueCell(o: ObjectiveModel, theme: Theme): TableCell {
  if (o.status === 'complete') return { text: o.completed ? `Done ${shortDate(o.completed)}` : 'Done', options: { color: theme.colors.status.complete } };
  if (!o.due) return { text: '–', options: { color: theme.colors.muted } };
  if (o.overdue) return { text: [{ text: shortDate(o.due), options: { breakLine: true } }, { text: `${plural(o.daysOverdue, 'day')} late`, options: { bold: true } }], options: { color: theme.colors.status.blocked } };
  return { text: shortDate(o.due) };
}

function statusCell(o: ObjectiveModel, theme: Theme): TableCell {
  const color = theme.colors.status[o.status];
  if (o.status === 'blocked' || o.status === 'at-risk') return { text: statusLabel(o.status), options: { bold: true, color: theme.colors.on_accent, fill: { color }, align: 'center' } };
  return { text: statusLabel(o.status), options: { color: o.status === 'not-started' ? theme.colors.muted : color, bold: o.status === 'complete', align: 'center' } };
}

/** The objective's title, and below it what a leader needs: the track, a blocker, why it does not apply. */
function objectiveText(o: ObjectiveModel): { title: string; detail: string } {
  const detail = [
    o.track ? trackName(o.track) : '',
    o.custom ? 'own objective' : '',
    o.status === 'blocked' && o.blockers[0] ? `Blocked: ${o.blockers[0]}` : '',
    o.status === 'not-applicable' && o.reason ? `Not applicable: ${notApplicableReasons[o.reason].toLowerCase()}` : '',
  ].filter(Boolean).join(' · ');
  return { title: o.title, detail };
}

function row(o: ObjectiveModel, theme: Theme): TableRow {
  const { title, detail } = objectiveText(o);
  const muted = o.status === 'not-applicable';
  return [
    { text: String(o.stage), options: { align: 'center', color: theme.colors.muted } },
    { text: detail ? [{ text: title, options: { breakLine: true } }, { text: detail, options: { fontSize: DETAIL_FONT, color: o.status === 'blocked' ? theme.colors.status.blocked : theme.colors.muted } }] : title, options: muted ? { color: theme.colors.muted } : {} },
    { text: o.owner ?? '–', options: o.owner ? {} : { color: theme.colors.muted } },
    dueCell(o, theme),
    statusCell(o, theme),
    { text: statuses[o.status].applicable ? `${o.percent}%` : 'n/a', options: { align: 'right', color: muted ? theme.colors.muted : theme.colors.text } },
  ];
}

function continuation(s: ScenarioModel, indexes: number[]): string {
  const rows = indexes.map((i) => s.objectives[i] as ObjectiveModel);
  const stages = [...new Set(rows.map((o) => o.stage))];
  const done = rows.filter((o) => o.status === 'complete').length;
  return `${s.title}, continued: objectives ${(indexes[0] ?? 0) + 1} to ${(indexes[indexes.length - 1] ?? 0) + 1} of ${s.objectives.length}, in ${stages.length === 1 ? 'stage' : 'stages'} ${list(stages.map(String))}; ${done} of them complete.`;
}

export function renderScenarioDetail(deck: DeckBuilder, s: ScenarioModel): void {
  const { theme } = deck;
  const heights = s.objectives.map((o) => {
    const { title, detail } = objectiveText(o);
    const objective = detail ? [{ text: title, size: FONT }, { text: detail, size: DETAIL_FONT }] : title;
    const due = o.overdue ? `${shortDate(o.due ?? '')}\n${plural(o.daysOverdue, 'day')} late` : 'Done 22 May 2026';
    return rowHeight(['1', objective, o.owner ?? '–', due, statusLabel(o.status), '100%'], COLS.map((c) => c.w), FONT);
  });
  const pages = paginate(heights, 0.34, CONTENT.h - 0.1);
  const overdue = s.objectives.filter((o) => o.overdue);
  const blocked = s.objectives.filter((o) => o.status === 'blocked');
  const atRisk = s.objectives.filter((o) => o.status === 'at-risk');
  const notes = [
    `${s.title}: ${s.progress.complete} of ${s.progress.applicable} applicable objectives are complete (${s.progress.percentComplete}%); average progress including partial work is ${s.progress.progress}%.`,
    blocked.length ? `Blocked: ${blocked.map((o) => `${o.title}${o.owner ? ` (owner ${o.owner})` : ''}${o.blockers.length ? `, because ${list(o.blockers)}` : ''}`).join('; ')}.` : '',
    overdue.length ? `Overdue: ${overdue.map((o) => `${o.title}, due ${shortDate(o.due ?? '')}, ${plural(o.daysOverdue, 'day')} late`).join('; ')}.` : 'Nothing is overdue.',
    atRisk.length ? `At risk: ${atRisk.map((o) => `${o.title}${o.notes ? ` (${o.notes})` : ''}`).join('; ')}.` : '',
    s.notApplicable.length ? `Not applicable and left out of the percentages: ${s.notApplicable.map((o) => `${o.title} (${o.reason ? notApplicableReasons[o.reason].toLowerCase() : 'no reason'})`).join('; ')}.` : '',
  ].filter(Boolean).join('\n\n');

  pages.forEach((indexes, p) => {
    const c = deck.slide({ layout: 'content', title: `${s.title}: objectives${pageSuffix(p, pages.length)}`, kicker: `${s.shortTitle} · detail`, notes: p === 0 ? notes : continuation(s, indexes) });
    const rows = [headerRow(COLS, theme), ...indexes.map((i) => row(s.objectives[i] as ObjectiveModel, theme))];
    c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: TABLE_W, h: 0 }, { colW: COLS.map((col) => col.w), fontSize: FONT, rowH: [0.34, ...indexes.map((i) => heights[i] ?? 0.3)] });
    if (p > 0) return;
    const chart = { x: CONTENT.x + TABLE_W + 0.35, y: CONTENT.y, w: CONTENT.w - TABLE_W - 0.35, h: 4.6 };
    c.text('Status by stage', { x: chart.x, y: chart.y, w: chart.w, h: 0.3 }, { size: 12, bold: true, font: 'heading' });
    c.specChart(statusByStage(s, theme), { ...chart, y: chart.y + 0.3, h: chart.h - 0.3 }, { valAxisLabelFormatCode: '0' });
  });
}
