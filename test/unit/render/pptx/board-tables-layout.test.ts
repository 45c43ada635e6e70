import { describe, expect, it } from 'vitest';
import { byDistance } from '../../../../src/present/sentences.js';
import { CONTENT } from '../../../../src/render/pptx/geometry.js';
import { layOutBoardDecisions } from '../../../../src/render/pptx/slides/decisions-board.js';
import { layOutBoardKpis } from '../../../../src/render/pptx/slides/kpis-board.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { layoutDeck } from '../../../helpers/layout-deck.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the board's KPIs and decisions laid out (no deck built)", async () => {
  const busy = await layoutDeck(boardProgram({ objectives: 60, seed: 5, decisions: 30, kpis: 12 }), { deck: 'exec' });
  const quiet = await layoutDeck(boardProgram({ objectives: 60, seed: 5, decisions: 2, kpis: 3 }), { deck: 'exec' });

  it("shows the budget's number of KPIs, the furthest from target first, and counts the rest", () => {
    const laid = layOutBoardKpis(busy);
    expect(laid.shown).toHaveLength(busy.board?.kpis ?? 0);
    expect(laid.shown.map((k) => k.id)).toEqual(
      byDistance(busy.model.kpis)
        .slice(0, laid.shown.length)
        .map((k) => k.id),
    );
    expect(laid.table.rows).toHaveLength(laid.shown.length + 1);
    expect(laid.rest).toBe(12 - laid.shown.length);
    expect(laid.more?.text).toContain(String(laid.rest));
    expect(laid.table.box.y + laid.table.box.h).toBeLessThanOrEqual((laid.more?.box.y ?? 0) + 1e-9);
    expect(layOutBoardKpis(quiet).more).toBeNull();
  });

  it('shows as many decisions as fit above the line that counts the rest, each row measured', () => {
    const laid = layOutBoardDecisions(busy);
    expect(laid.shown.length).toBeGreaterThan(0);
    expect(laid.shown.length).toBeLessThan(laid.open.length);
    expect(sum(laid.table.rowH)).toBeLessThanOrEqual(CONTENT.h - 0.5 + 1e-9);
    expect(laid.more?.text).toContain(String(laid.open.length - laid.shown.length));
    expect(laid.more?.text).toContain(busy.w.t('refs.full'));
    expect(laid.table.rows).toHaveLength(laid.shown.length + 1);
  });

  it('shows every decision with no line when they all fit', () => {
    const laid = layOutBoardDecisions(quiet);
    expect(laid.shown).toEqual(laid.open);
    expect(laid.more).toBeNull();
  });
});
