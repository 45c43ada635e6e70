import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../../src/render/pptx/geometry.js';
import type { LayoutDeck } from '../../../../src/render/pptx/slide-deck.js';
import { layOutSummary } from '../../../../src/render/pptx/slides/summary-layout.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';
import { manyScenarios } from '../../../helpers/many-scenarios.js';

const SEVERITY = ['red', 'amber', 'not-started', 'green', 'not-applicable'];
const bottomOf = (b: { y: number; h: number }) => b.y + b.h;

/** The same deck with another status sentence. */
const withSentence = (deck: LayoutDeck, statusSentence: string): LayoutDeck =>
  Object.create(deck, { ctx: { value: { ...deck.ctx, statusSentence } } }) as LayoutDeck;

describe('the executive summary laid out (no deck built)', async () => {
  const example = await layoutDeck(path.join(repoRoot, 'data'));
  // Hundreds of items to rank: more than the lists have room for.
  const crowded = await layoutDeck(
    boardProgram({ objectives: 300, seed: 4, decisions: 12, risks: 10, highlights: 20 }),
  );
  const many = await layoutDeck(manyScenarios(20));

  it('shares the right side among the lists, one under the other, and stops at the foot of the content area', () => {
    for (const deck of [example, crowded, many]) {
      const { lists } = layOutSummary(deck);
      lists.slice(1).forEach((l, i) => {
        const above = lists[i]?.body;
        expect(l.heading.box.y).toBeGreaterThanOrEqual(bottomOf(above ?? l.body) - 0.02);
      });
      const last = lists[lists.length - 1]?.body;
      expect(bottomOf(last ?? CONTENT)).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 0.02 + 1e-9);
    }
  });

  it('shows the first items of every list when they are long, and counts the rest', () => {
    const { lists } = layOutSummary(crowded);
    for (const l of lists) {
      expect(l.list.items.length).toBeGreaterThan(l.shown);
      expect(l.shown).toBeGreaterThan(0);
    }
    for (const l of layOutSummary(example).lists) expect(l.shown).toBeGreaterThan(0);
  });

  it('moves everything down when the status sentence takes two lines', () => {
    const short = layOutSummary(withSentence(example, 'On track.'));
    const long = layOutSummary(
      withSentence(example, `${'Off track overall, with work blocked in every scenario. '.repeat(3)}`),
    );
    expect(long.overview.heading.box.y - short.overview.heading.box.y).toBeCloseTo(0.4, 9);
    expect(long.lists[0]?.heading.box.y).toBeGreaterThan(short.lists[0]?.heading.box.y ?? Infinity);
  });

  it('gives every scenario a row with its health in words when they fit', () => {
    const { overview } = layOutSummary(example);
    expect(overview.rows).toHaveLength(example.ctx.scenarios.length);
    for (const row of overview.rows) expect(row.detail?.text.length).toBeGreaterThan(0);
    expect(overview.more).toBeNull();
  });

  it('keeps the worst health first when not every scenario has room, and counts the rest with where they are', () => {
    const { overview } = layOutSummary(many);
    expect(overview.left.length).toBeGreaterThan(0);
    expect(overview.rows.length + overview.left.length).toBe(20);
    const level = (title: string) =>
      SEVERITY.indexOf(many.ctx.scenarios.find((s) => s.title === title)?.health.level ?? '');
    const shownLevels = many.ctx.scenarios
      .filter((s) => !overview.left.includes(s.title))
      .map((s) => SEVERITY.indexOf(s.health.level));
    for (const t of overview.left) expect(level(t)).toBeGreaterThanOrEqual(Math.max(...shownLevels));
    expect(overview.more?.text).toContain(String(overview.left.length));
    expect(overview.more?.text).toContain(many.refTo('glance'));
    expect(bottomOf(overview.more?.box ?? CONTENT)).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 1e-9);
  });

  it('keeps every box in the content area', () => {
    for (const deck of [example, crowded, many])
      for (const b of boxesOf(layOutSummary(deck))) {
        expect(b.x, b.path).toBeGreaterThanOrEqual(CONTENT.x);
        expect(b.x + b.w, b.path).toBeLessThanOrEqual(CONTENT.x + CONTENT.w + 1e-9);
        expect(b.y, b.path).toBeGreaterThanOrEqual(CONTENT.y);
        expect(bottomOf(b), b.path).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 0.02 + 1e-9);
      }
  });
});
