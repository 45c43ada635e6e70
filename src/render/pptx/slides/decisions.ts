import type { DecisionModel } from '../../../model/types.js';
import { plural, shortDate } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow, pageSuffix, paginate, rowHeight, type CellText } from './common.js';

const COLS = [
  { header: 'Decision', w: 4.4 }, { header: 'Recommendation', w: 3.8 }, { header: 'Asked of', w: 1.45 },
  { header: 'Needed by', w: 1.45 }, { header: 'Status', w: 1.23 },
];

function when(d: DecisionModel): string {
  if (d.status !== 'open') return shortDate(d.neededBy);
  return d.daysLeft < 0 ? `${shortDate(d.neededBy)}\n${plural(-d.daysLeft, 'day')} late` : `${shortDate(d.neededBy)}\nin ${plural(d.daysLeft, 'day')}`;
}

function sentence(d: DecisionModel): string {
  const status = d.status === 'decided' ? `Decided: ${d.outcome ?? ''}` : d.status === 'deferred' ? 'Deferred.' : `Needed by ${shortDate(d.neededBy)} from ${d.askedOf}.`;
  return `${d.title}. ${d.context ? `${d.context} ` : ''}${d.recommendation ? `We recommend: ${d.recommendation} ` : ''}${status}`;
}

export function renderDecisions(deck: DeckBuilder): void {
  const m = deck.model;
  const { theme } = deck;
  const { colors } = theme;
  const texts = m.decisions.map((d): CellText[] => [[{ text: d.title, size: 10 }, { text: d.context ?? '', size: 9 }], d.status === 'decided' ? `Outcome: ${d.outcome ?? ''}` : (d.recommendation ?? '–'), d.askedOf, when(d), d.status]);
  const heights = texts.map((t) => rowHeight(t, COLS.map((c) => c.w), 10));
  const pages = paginate(heights, 0.34, CONTENT.h);
  const open = m.decisions.filter((d) => d.status === 'open');
  pages.forEach((indexes, p) => {
    const c = deck.slide({
      layout: 'content',
      title: `Decisions asked of leadership${pageSuffix(p, pages.length)}`,
      notes: p > 0 ? `Decisions, continued.\n\n${indexes.map((i) => sentence(m.decisions[i] as DecisionModel)).join('\n\n')}` : m.decisions.length
        ? `${open.length ? `We ask for ${plural(open.length, 'decision')} today.` : 'No decision is open.'}\n\n${m.decisions.map(sentence).join('\n\n')}`
        : 'No decisions are asked this period.',
    });
    if (m.decisions.length === 0) {
      c.text('No decisions are asked of leadership this period.', { x: CONTENT.x, y: 3.5, w: CONTENT.w, h: 0.5 }, { size: 14, color: colors.muted, align: 'center' });
      return;
    }
    const rows: TableRow[] = [headerRow(COLS, theme), ...indexes.map((i): TableRow => {
      const d = m.decisions[i] as DecisionModel;
      const late = d.status === 'open' && d.daysLeft < 0;
      return [
        { text: d.context ? [{ text: d.title, options: { bold: true, breakLine: true } }, { text: d.context, options: { fontSize: 9, color: colors.muted } }] : [{ text: d.title, options: { bold: true } }] },
        { text: d.status === 'decided' ? `Outcome: ${d.outcome ?? ''}` : (d.recommendation ?? '–'), options: d.recommendation || d.status === 'decided' ? {} : { color: colors.muted } },
        { text: d.askedOf },
        { text: when(d), options: late ? { color: colors.status.blocked, bold: true } : {} },
        { text: d.status === 'open' ? 'Open' : d.status === 'decided' ? 'Decided' : 'Deferred', options: { bold: d.status === 'open', color: d.status === 'open' ? colors.accent : colors.muted } },
      ];
    })];
    c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 }, { colW: COLS.map((col) => col.w), fontSize: 10, rowH: [0.34, ...indexes.map((i) => heights[i] ?? 0.4)] });
  });
}
