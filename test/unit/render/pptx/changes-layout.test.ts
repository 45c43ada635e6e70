import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangesContext } from '../../../../src/present/changes-context.js';
import { CONTENT } from '../../../../src/render/pptx/geometry.js';
import type { LayoutDeck } from '../../../../src/render/pptx/slide-deck.js';
import { changesLayout, PER_SECTION } from '../../../../src/render/pptx/slides/changes-layout.js';
import { repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';

/** A comparison with an earlier state: the example's scenarios moved by `deltas`, and these sections of items. */
function changes(sections: { title: string; items: string[] }[], deltas = [5, -3, 0]): ChangesContext {
  return {
    since: '2026-10-23',
    until: '2026-11-20',
    fromLabel: 'HEAD~1',
    toLabel: 'data',
    overall: { from: 35, to: 40, delta: 5, completeFrom: 27, completeTo: 31, deltaText: '+5' },
    scenarios: deltas.map((delta, n) => ({
      id: `s${n}`,
      title: `Scenario ${n}`,
      shortTitle: `Scenario ${n}`,
      from: n === 2 ? null : 50,
      to: 50 + delta,
      delta,
      deltaText: delta > 0 ? `+${delta}` : String(delta),
    })),
    sections: sections.map((s, n) => ({ id: `section-${n}`, ...s })),
    counts: {} as ChangesContext['counts'],
    nothing: sections.length === 0 && deltas.every((d) => d === 0),
  };
}
const items = (n: number, words = 4) =>
  Array.from({ length: n }, (_, i) => `Objective ${i + 1} ${'moved along '.repeat(words).trim()}`);

/** The example's deck, its report context comparing with an earlier state as `c` says. */
const compared = (deck: LayoutDeck, c: ChangesContext): LayoutDeck =>
  Object.create(deck, { ctx: { value: { ...deck.ctx, changes: c } } }) as LayoutDeck;
const laidOut = (deck: LayoutDeck, c: ChangesContext) => changesLayout(compared(deck, c), c);

describe('the changes slide laid out (no deck built)', async () => {
  const deck = await layoutDeck(path.join(repoRoot, 'data'));
  const { colors } = deck.theme;

  it('lists the program and each scenario then and now, the difference coloured by its sign', () => {
    const { table } = laidOut(deck, changes([{ title: 'Completed', items: items(1) }]));
    expect(table.rows).toHaveLength(2 + 3); // header, the program, three scenarios
    const deltas = table.rows.slice(2).map((r) => r[3]?.options?.color);
    expect(deltas).toEqual([colors.status.complete, colors.status.blocked, colors.muted]);
    expect(table.rows[4]?.[1]?.text).toBe(deck.w.t('none')); // not in scope before
  });

  it('lists every item while the whole list fits at its largest size', () => {
    const laid = laidOut(deck, changes([{ title: 'Completed', items: items(PER_SECTION + 3) }]));
    if (laid.list.kind !== 'lines') throw new Error(`expected lines, got ${laid.list.kind}`);
    const { lines } = laid.list;
    expect(lines[0]).toEqual({ text: `Completed (${PER_SECTION + 3})`, head: true });
    expect(lines.slice(1).map((l) => l.text)).toEqual(items(PER_SECTION + 3).map((i) => `• ${i}`));
    expect(laid.list.size).toBe(12);
  });

  it('sends the rest to the notes only when the slide is full, after at least the first items of each section', () => {
    const sections = ['Completed', 'Newly blocked', 'Newly at risk', 'Started'].map((title) => ({
      title,
      items: items(12, 3),
    }));
    const laid = laidOut(deck, changes(sections));
    if (laid.list.kind !== 'lines') throw new Error(`expected lines, got ${laid.list.kind}`);
    const { lines } = laid.list;
    const heads = lines.flatMap((l, i) => (l.head ? [i] : []));
    expect(heads).toHaveLength(4);
    for (const [n, at] of heads.entries()) {
      const own = lines.slice(at + 1, heads[n + 1] ?? lines.length);
      const more = own.at(-1)?.text ?? '';
      const shown = own.length - 1;
      expect(shown).toBeGreaterThanOrEqual(PER_SECTION);
      expect(shown).toBeLessThan(12);
      expect(more).toContain(String(12 - shown));
      expect(more).toContain(deck.w.t('refs.notes'));
    }
  });

  it('takes a smaller size for a longer list, and cuts it to fit only below the smallest', () => {
    const sections = (n: number) =>
      Array.from({ length: n }, (_, k) => ({ title: `Section ${k}`, items: items(6, 6) }));
    const sizes = [1, 3, 5].map((n) => laidOut(deck, changes(sections(n))).list);
    for (const list of sizes) expect(list.kind).toBe('lines');
    const [one, three, five] = sizes.map((l) => (l.kind === 'nothing' ? 0 : l.size));
    expect(one).toBeGreaterThanOrEqual(three ?? 0);
    expect(three).toBeGreaterThanOrEqual(five ?? 0);
    expect(five).toBeLessThan(one ?? 0);
    const cut = laidOut(deck, changes(sections(14))).list;
    expect(cut.kind).toBe('cut');
    if (cut.kind === 'cut') expect(cut.size).toBe(8);
  });

  it('says nothing changed when nothing did, beside the table, inside the content area', () => {
    const laid = laidOut(deck, changes([], [0, 0, 0]));
    expect(laid.list).toMatchObject({ kind: 'nothing', text: deck.w.t('changes.nothing') });
    expect(laid.list.box.x).toBeGreaterThan(laid.table.box.x + laid.table.box.w);
    for (const box of boxesOf(laid)) {
      expect(box.x + box.w, box.path).toBeLessThanOrEqual(CONTENT.x + CONTENT.w + 1e-9);
      expect(box.y + box.h, box.path).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 1e-9);
    }
  });
});
