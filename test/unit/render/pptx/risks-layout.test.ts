import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, SLIDE } from '../../../../src/render/pptx/geometry.js';
import type { LayoutDeck } from '../../../../src/render/pptx/slide-deck.js';
import { HEAT_W } from '../../../../src/render/pptx/slides/risk-heatmap.js';
import { layOutBoardRisks } from '../../../../src/render/pptx/slides/risks-board-layout.js';
import { layOutRisks } from '../../../../src/render/pptx/slides/risks-layout.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';

const open = (deck: LayoutDeck) => deck.ctx.risks.filter((r) => r.status === 'open');
/** The risk labels of a table's rows (its first column, the header left out). */
const labels = (rows: { text?: unknown }[][]) => rows.slice(1).map((r) => r[0]?.text);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The same deck with other risks in its report context. */
const withRisks = (deck: LayoutDeck, risks: LayoutDeck['ctx']['risks']): LayoutDeck =>
  Object.create(deck, { ctx: { value: { ...deck.ctx, risks } } }) as LayoutDeck;
/** The risks' cell texts in the heat map's five rows of cells. */
const heatCells = (laid: ReturnType<typeof layOutRisks>) =>
  laid.heatMap.table.rows.slice(0, 5).flatMap((row) => row.slice(1).map((c) => String(c.text ?? '')));

describe('the risk register laid out (no deck built)', async () => {
  const example = await layoutDeck(path.join(repoRoot, 'data'));
  const many = await layoutDeck(boardProgram({ objectives: 40, seed: 2, risks: 40 }));
  const judged = await layoutDeck(boardProgram({ objectives: 40, seed: 3, risks: 25, appetite: { max_score: 9 } }));
  const none = await layoutDeck(boardProgram({ objectives: 40, seed: 2 }));

  it('names every open risk once, in rank order: the top ones beside the heat map, the rest on the slides after', () => {
    for (const deck of [example, many, judged]) {
      const laid = layOutRisks(deck, 12);
      const named = [laid.table, ...laid.continued.map((p) => p.table)].flatMap((t) => labels(t.rows));
      expect(named).toEqual(open(deck).map((r) => r.label ?? ''));
      expect(laid.table.rows.length - 1).toBeLessThanOrEqual(6);
      expect(laid.table.box.x).toBeGreaterThan(CONTENT.x + HEAT_W);
    }
    expect(layOutRisks(many, 12).continued.length).toBeGreaterThan(1);
  });

  it('says how many more follow and on which slides, and never leaves a continued slide with a risk or two', () => {
    const laid = layOutRisks(many, 12);
    const rest = open(many).length - (laid.table.rows.length - 1);
    expect(laid.more?.text).toContain(String(rest));
    expect(laid.more?.text).toContain(many.slidesText({ first: 13, last: 12 + laid.continued.length }));
    expect(laid.continued.map((p) => p.title)).toEqual(
      laid.continued.map((_, i) => many.title('risks', {}, i + 1, laid.continued.length + 1)),
    );
    // Seven risks of short rows: 5 + 2 (a third of the first slide at least), not 6 + 1.
    const seven = layOutRisks(
      withRisks(
        many,
        open(many)
          .slice(0, 7)
          .map((r) => ({ ...r, title: 'Short' })),
      ),
      12,
    );
    expect([seven.table, ...seven.continued.map((p) => p.table)].map((t) => t.rows.length - 1)).toEqual([5, 2]);
  });

  it('says there is no open risk when none is, and draws the appetite line only where an appetite is set', () => {
    expect(layOutRisks(none, 3).nothing?.text).toBe(none.w.t('risks.nothing'));
    expect(layOutRisks(many, 3).nothing).toBeNull();
    expect(layOutRisks(many, 3).heatMap.appetite).toBeNull();
    const line = layOutRisks(judged, 3).heatMap.appetite?.segments ?? [];
    expect(line.length).toBeGreaterThanOrEqual(5);
    // One line: each segment starts where the one before it ends.
    line.slice(1).forEach((s, i) => {
      expect(s[0]).toBeCloseTo(line[i]?.[2] ?? NaN, 9);
      expect(s[1]).toBeCloseTo(line[i]?.[3] ?? NaN, 9);
    });
  });

  it('shows the six highest risks beside the heat map when they are short', () => {
    const short = open(many).map((r) => ({ ...r, title: 'Short', owner: 'A', mitigatedBy: [] }));
    expect(layOutRisks(withRisks(many, short), 3).table.rows).toHaveLength(7);
  });

  it('labels or counts every open risk in its heat map cell, labels only when they fit', () => {
    expect(heatCells(layOutRisks(example, 3)).filter((t) => t.includes('+'))).toEqual([]);
    const cells = heatCells(layOutRisks(many, 3));
    const shown = cells.flatMap((t) => t.split(' ').filter(Boolean));
    const counted = sum(shown.filter((t) => t.startsWith('+')).map((t) => Number(t.slice(1))));
    expect(shown.filter((t) => !t.startsWith('+')).length + counted).toBe(open(many).length);
  });

  it('keeps every box on the slide, within the content area', () => {
    for (const deck of [example, many, judged, none]) {
      const laid = layOutRisks(deck, 3);
      for (const b of boxesOf({ ...laid, continued: laid.continued.map((p) => p.table.box) })) {
        expect(b.x, b.path).toBeGreaterThanOrEqual(CONTENT.x);
        expect(b.x + b.w, b.path).toBeLessThanOrEqual(Math.min(SLIDE.w, CONTENT.x + CONTENT.w) + 1e-9);
        expect(b.y + b.h, b.path).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 1e-9);
      }
    }
  });
});

describe("the board's risks laid out (no deck built)", async () => {
  const many = await layoutDeck(boardProgram({ objectives: 40, seed: 2, risks: 40 }), { deck: 'exec' });
  const judged = await layoutDeck(boardProgram({ objectives: 40, seed: 3, risks: 25, appetite: { max_score: 9 } }), {
    deck: 'exec',
  });

  it("names the budget's number of top risks, counts the rest and sends the reader to the full deck", () => {
    for (const deck of [many, judged]) {
      const laid = layOutBoardRisks(deck);
      expect(labels(laid.table.rows)).toEqual(
        open(deck)
          .slice(0, deck.board?.risks)
          .map((r) => r.label ?? ''),
      );
      expect(laid.more?.text).toContain(String(open(deck).length - (deck.board?.risks ?? 0)));
      expect(laid.more?.text).toContain(deck.w.t('refs.full'));
      expect(laid.table.fits).toBe(true);
      expect(sum(laid.table.rowH)).toBeLessThanOrEqual(laid.table.box.h);
    }
  });

  it('has a column of appetite labels only when an appetite is set, the table as wide as its place', () => {
    expect(layOutBoardRisks(many).table.rows[0]).toHaveLength(4);
    expect(layOutBoardRisks(judged).table.rows[0]).toHaveLength(5);
    for (const deck of [many, judged]) {
      const { table } = layOutBoardRisks(deck);
      expect(sum(table.colW)).toBeCloseTo(table.box.w, 9);
      expect(table.box.x + table.box.w).toBeCloseTo(CONTENT.x + CONTENT.w, 9);
      expect(table.box.y + table.box.h).toBeLessThanOrEqual((layOutBoardRisks(deck).more?.box.y ?? Infinity) + 1e-9);
    }
  });
});
