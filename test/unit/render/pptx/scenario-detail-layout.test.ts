import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, SLIDE } from '../../../../src/render/pptx/geometry.js';
import { layOutScenarioDetail } from '../../../../src/render/pptx/slides/scenario-detail-layout.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("a scenario's detail slides laid out (no deck built)", async () => {
  const example = await layoutDeck(path.join(repoRoot, 'data'));
  // 300 objectives: some scenarios have 60 and more, several slides of them.
  const crowded = await layoutDeck(boardProgram({ objectives: 300, seed: 4 }));
  const all = [example, crowded].flatMap((deck) =>
    deck.model.scenarios.map((s) => ({ s, pages: layOutScenarioDetail(deck, s) })),
  );

  it('lists every objective once, in order, continued over as many slides as it takes', () => {
    expect(all.some(({ pages }) => pages.length > 2)).toBe(true);
    for (const { s, pages } of all) {
      expect(pages.flatMap((p) => p.objectives.map((o) => o.key))).toEqual(s.objectives.map((o) => o.key));
      for (const p of pages) expect(p.table.rows).toHaveLength(p.objectives.length + 1);
    }
  });

  it('continues a table onto the next slide when its rows no longer fit the content area', () => {
    for (const { pages } of all)
      for (const [i, p] of pages.entries()) {
        const used = sum(p.table.rowH);
        if (p.objectives.length > 1) expect(used).toBeLessThanOrEqual(CONTENT.h - 0.1 + 1e-9);
        // As few slides as the rows need: no two slides next to each other would fit on one.
        const next = pages[i + 1];
        if (next) expect(used + sum(next.table.rowH.slice(1))).toBeGreaterThan(CONTENT.h - 0.1);
      }
  });

  it('spreads the rows evenly, so no slide is left with a row or two', () => {
    for (const { pages } of all.filter((x) => x.pages.length > 1)) {
      const heights = pages.map((p) => sum(p.table.rowH.slice(1)));
      expect(Math.min(...heights)).toBeGreaterThan(Math.max(...heights) * 0.6);
    }
  });

  it('says "(2 of 3)" on continued titles, and has the chart on the first slide only, beside the table', () => {
    for (const { pages } of all) {
      if (pages.length > 1) pages.forEach((p, i) => expect(p.title).toContain(`(${i + 1} of ${pages.length})`));
      else expect(pages[0]?.title).not.toMatch(/\(\d+ of \d+\)/);
      expect(pages.map((p) => p.chart !== null)).toEqual(pages.map((_, i) => i === 0));
      const [first] = pages;
      const tableRight = (first?.table.box.x ?? 0) + sum(first?.table.colW ?? []);
      expect(first?.chart?.box.x).toBeGreaterThan(tableRight);
    }
  });

  it('keeps every box on the slide', () => {
    for (const { pages } of all)
      for (const b of boxesOf(pages.map((p) => ({ table: p.table.box, chart: p.chart })))) {
        expect(b.x + b.w, b.path).toBeLessThanOrEqual(SLIDE.w);
        expect(b.y + b.h, b.path).toBeLessThanOrEqual(CONTENT.y + CONTENT.h);
      }
  });
});
