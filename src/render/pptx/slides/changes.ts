import type { SlideDeck } from '../slide-deck.js';
import { changesLayout } from './changes-layout.js';

/**
 * "What changed since": progress deltas per scenario, then what moved, most
 * significant first. Drawn only when the build compares with an earlier state
 * (laid out in changes-layout.ts).
 */
export function renderChanges(deck: SlideDeck): void {
  const changes = deck.ctx.changes;
  if (!changes) return;
  const layout = changesLayout(deck, changes);
  const { colors } = deck.theme;
  const c = deck.slide({ layout: 'content', title: layout.title, notes: layout.notes });
  const { table, list } = layout;
  c.table(table.rows, table.box, { colW: table.colW, fontSize: table.fontSize });
  if (list.kind === 'nothing') {
    c.text(list.text, list.box, { size: 14, color: colors.muted });
    return;
  }
  if (list.kind === 'cut') {
    deck.warn(c, 'text-truncated', 'the list of changes is too long even at 8 pt; the notes have all of it');
    c.text(list.text, list.box, { size: list.size, paraSpaceAfter: 2 });
    return;
  }
  c.text(
    list.lines.map((l, i) => ({
      text: l.text,
      breakLine: i < list.lines.length - 1,
      ...(l.head ? { bold: true, color: colors.accent } : {}),
    })),
    list.box,
    { size: list.size, paraSpaceAfter: 2 },
  );
}
