import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOOTER_Y, SLIDE } from '../../../../src/render/pptx/geometry.js';
import type { LayoutDeck } from '../../../../src/render/pptx/slide-deck.js';
import { GAP } from '../../../../src/render/pptx/slides/tracker-columns.js';
import { layOutTracker, LIST_BOTTOM, type TrackerLayout } from '../../../../src/render/pptx/slides/tracker-layout.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { fixturesDir, repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';

/** Every tracker of a deck: one per scenario, one per track of a scenario split in tracks. */
function trackers(deck: LayoutDeck): TrackerLayout[] {
  return deck.model.scenarios.flatMap((s) =>
    (s.tracks.length ? s.tracks : [undefined]).map((t) => layOutTracker(deck, s, t)),
  );
}

/** Where a column's list ends: under its last line, or under its "+ n more" note. */
const listBottom = (col: TrackerLayout['columns'][number]) =>
  col.more ? col.more.box.y + col.more.box.h : Math.max(0, ...col.entries.map((e) => e.box.y + e.box.h));

describe('the tracker laid out (no deck built)', async () => {
  // 300 objectives: 13 to 17 in a stage, more than a column holds at any size.
  const crowded = boardProgram({ objectives: 300, seed: 4 });
  const example = await layoutDeck(path.join(repoRoot, 'data'));
  const team = await layoutDeck(crowded);
  const board = await layoutDeck(crowded, { deck: 'exec' });
  const eight = await layoutDeck(path.join(fixturesDir, 'layout', 'programs', 'eight-stages'));
  const decks = { example, team, board, eight };

  it('keeps every box on the slide, above the footer rule', () => {
    for (const [name, deck] of Object.entries(decks))
      for (const laid of trackers(deck))
        for (const b of boxesOf(laid)) {
          const where = `${name} ${laid.title} ${b.path}`;
          expect(b.x, where).toBeGreaterThanOrEqual(0);
          expect(b.y, where).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w, where).toBeLessThanOrEqual(SLIDE.w);
          expect(b.y + b.h, where).toBeLessThanOrEqual(FOOTER_Y - 0.08);
        }
  });

  it('ends every column, its lines one under the other, above the bar', () => {
    for (const deck of Object.values(decks))
      for (const laid of trackers(deck))
        for (const col of laid.columns) {
          expect(listBottom(col)).toBeLessThanOrEqual(LIST_BOTTOM + 1e-9);
          col.entries.slice(1).forEach((e, i) => {
            const above = col.entries[i]?.box;
            expect(e.box.y).toBeCloseTo((above?.y ?? 0) + (above?.h ?? 0) + GAP, 9);
          });
        }
  });

  it('shows every objective of a program that fits, at one size in every column', () => {
    for (const laid of trackers(example)) {
      expect(laid.size).toBeGreaterThanOrEqual(8);
      for (const col of laid.columns) {
        expect(col.entries.map((e) => (e.kind === 'objective' ? e.objective.key : e.text))).toEqual(
          col.stage.objectives.map((o) => o.key),
        );
        expect(col.more).toBeNull();
        expect(col.leftOut).toBeNull();
      }
    }
  });

  it('in a crowded team deck, shows what needs attention first, counts the rest and says where they are', () => {
    const attention = new Set(team.model.attention.map((a) => a.objective.key));
    const cut = trackers(team).flatMap((laid) => laid.columns.filter((col) => col.more).map((col) => ({ laid, col })));
    expect(cut.length).toBeGreaterThan(3);
    for (const { laid, col } of cut) {
      expect(laid.size).toBe(8);
      const shown = col.entries.flatMap((e) => (e.kind === 'objective' ? [e.objective] : []));
      expect(shown.every((o) => o.status !== 'complete' && o.status !== 'not-applicable')).toBe(true);
      // An objective that needs no attention is shown only when every one of its stage that does is.
      const needing = col.stage.objectives.filter((o) => attention.has(o.key)).length;
      if (shown.some((o) => !attention.has(o.key)))
        expect(shown.filter((o) => attention.has(o.key))).toHaveLength(needing);
      const done = col.stage.objectives.filter((o) => o.status === 'complete').length;
      if (done) expect(col.entries.some((e) => e.kind === 'count' && e.text.includes(String(done)))).toBe(true);
      const hidden = col.stage.objectives.length - shown.length;
      expect(col.more?.text).toContain('see “');
      expect(col.leftOut).toContain(`${col.stage.label} has too many objectives`);
      expect(hidden).toBeGreaterThan(0);
    }
  });

  it("in a board deck, stays at the board's smallest size and points to the full deck, with no warning", () => {
    const full = board.w.t('refs.full');
    const laid = trackers(board).filter((l) => l.columns.some((col) => col.more));
    expect(laid.length).toBeGreaterThan(0);
    for (const l of laid) {
      expect(l.size).toBeGreaterThanOrEqual(10);
      for (const col of l.columns) {
        expect(col.leftOut).toBeNull();
        if (col.more) expect(col.more.text).toContain(full);
      }
    }
  });

  it('puts the name of a stage in a narrow column (eight stages) under its shield, on up to two lines', () => {
    for (const laid of trackers(eight))
      for (const col of laid.columns) {
        expect(col.label.style.maxLines).toBe(2);
        expect(col.label.box.y).toBeGreaterThanOrEqual(col.shield.y + col.shield.h);
        expect(col.status.box.y).toBeGreaterThanOrEqual(col.label.box.y + col.label.box.h);
      }
    for (const laid of trackers(example)) for (const col of laid.columns) expect(col.label.style.maxLines).toBe(1);
  });

  it('gives the stage names one size on a slide', () => {
    for (const deck of Object.values(decks))
      for (const laid of trackers(deck)) {
        const sizes = new Set(laid.columns.map((col) => col.label.style.max));
        expect(sizes.size).toBe(1);
      }
  });
});
