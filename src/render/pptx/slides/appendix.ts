import type { ObjectiveModel } from '../../../model/types.js';
import { statuses } from '../../../schema/status.js';
import { plural, shortDate } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow, pageSuffix, paginate, rowHeight, statusLabel } from './common.js';

const COLS = [
  { header: 'Scenario', w: 1.9 }, { header: 'Stage', w: 0.6, align: 'center' as const }, { header: 'Objective', w: 4.35 },
  { header: 'Status', w: 1.15 }, { header: 'Owner', w: 1.65 }, { header: 'Due', w: 1.1 }, { header: 'Completed', w: 1.1 }, { header: '%', w: 0.48, align: 'right' as const },
];
const FONT = 9;

function pageNotes(rows: { o: ObjectiveModel; scenario: string }[], indexes: number[], total: number): string {
  const byScenario = new Map<string, number>();
  for (const r of rows) byScenario.set(r.scenario, (byScenario.get(r.scenario) ?? 0) + 1);
  const flagged = rows.filter((r) => r.o.status === 'blocked' || r.o.overdue).map((r) => `${r.o.title} (${r.o.status === 'blocked' ? 'blocked' : `${r.o.daysOverdue} days overdue`})`);
  return `The appendix continues: objectives ${(indexes[0] ?? 0) + 1} to ${(indexes[indexes.length - 1] ?? 0) + 1} of ${total}, from ${[...byScenario].map(([s, n]) => `${s} (${n})`).join(', ')}.${flagged.length ? ` Flagged on this page: ${flagged.join('; ')}.` : ''}`;
}

/** Every objective in one table, continued across slides with the header repeated. */
export function renderAppendix(deck: DeckBuilder): void {
  const m = deck.model;
  const { theme } = deck;
  const all: { o: ObjectiveModel; scenario: string }[] = m.scenarios.flatMap((s) => s.objectives.map((o) => ({ o, scenario: s.shortTitle })));
  const cells = all.map(({ o, scenario }) => [scenario, String(o.stage), o.custom ? `${o.title} (own)` : o.title, statusLabel(o.status), o.owner ?? '–', o.due ? shortDate(o.due) : '–', o.completed ? shortDate(o.completed) : '–', statuses[o.status].applicable ? `${o.percent}%` : 'n/a']);
  const heights = cells.map((t) => rowHeight(t, COLS.map((c) => c.w), FONT));
  const pages = paginate(heights, 0.3, CONTENT.h);
  pages.forEach((indexes, p) => {
    const c = deck.slide({
      layout: 'content',
      title: `Appendix: all objectives${pageSuffix(p, pages.length)}`,
      notes: p === 0
        ? `For reference: every objective of the ${plural(m.scenarios.length, 'scenario')} in scope, ${all.length} in all, with status, owner and dates. The table continues over ${plural(pages.length, 'slide')}.`
        : pageNotes(indexes.map((i) => all[i] as { o: ObjectiveModel; scenario: string }), indexes, all.length),
    });
    const rows: TableRow[] = [headerRow(COLS, theme), ...indexes.map((i): TableRow => {
      const { o } = all[i] as { o: ObjectiveModel };
      const t = cells[i] ?? [];
      const flagged = o.status === 'blocked' || o.status === 'at-risk' || o.overdue;
      return t.map((text, col) => ({
        text,
        options: {
          align: COLS[col]?.align ?? 'left',
          ...(col === 3 ? { color: o.status === 'not-started' ? theme.colors.muted : theme.colors.status[o.status], bold: flagged } : {}),
          ...(col === 5 && o.overdue ? { color: theme.colors.status.blocked, bold: true } : {}),
          ...(o.status === 'not-applicable' && col !== 3 ? { color: theme.colors.muted } : {}),
        },
      }));
    })];
    c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 }, { colW: COLS.map((col) => col.w), fontSize: FONT, rowH: [0.3, ...indexes.map((i) => heights[i] ?? 0.25)] });
  });
}
