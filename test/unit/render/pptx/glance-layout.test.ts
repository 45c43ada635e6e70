import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, SLIDE } from '../../../../src/render/pptx/geometry.js';
import { glanceRows, layOutGlance } from '../../../../src/render/pptx/slides/glance-layout.js';
import { measureRows, scaleRows } from '../../../../src/render/pptx/slides/common.js';
import { fixturesDir, repoRoot } from '../../../helpers/cli.js';
import { boxesOf, layoutDeck } from '../../../helpers/layout-deck.js';
import { manyScenarios } from '../../../helpers/many-scenarios.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ROOM = CONTENT.h - 0.4;

describe('the glance laid out (no deck built)', async () => {
  const example = await layoutDeck(path.join(repoRoot, 'data'));
  const six = await layoutDeck(path.join(fixturesDir, 'layout', 'programs', 'six-stages'));
  const many = await layoutDeck(manyScenarios(14));
  const tooMany = await layoutDeck(manyScenarios(20));
  const board = await layoutDeck(manyScenarios(14), { deck: 'exec' });

  it('has a row for every scenario and track, in detail, within the room, when they fit', () => {
    for (const deck of [example, six]) {
      const laid = layOutGlance(deck);
      expect(laid.compact).toBe(false);
      expect(laid.table.fits).toBe(true);
      expect(sum(laid.table.rowH)).toBeLessThanOrEqual(ROOM);
      expect(laid.table.rows).toHaveLength(1 + sum(deck.ctx.scenarios.map((s) => 1 + s.tracks.length)));
    }
  });

  it('keeps the percentages only when the detailed rows would not fit even at 70 %', () => {
    const laid = layOutGlance(many);
    expect(laid.compact).toBe(true);
    const detailed = glanceRows(many, false);
    const colW = laid.table.colW;
    expect(sum(measureRows(many.fonts, scaleRows(detailed, 0.7, 11), colW, 11 * 0.7))).toBeGreaterThan(ROOM);
    expect(laid.table.fits).toBe(true);
    expect(sum(laid.table.rowH)).toBeLessThanOrEqual(ROOM);
  });

  it('draws the rows smallest and says they do not fit when even the compact ones do not', () => {
    const laid = layOutGlance(tooMany);
    expect(laid.compact).toBe(true);
    expect(laid.table.fits).toBe(false);
    expect(laid.table.fontSize).toBe(7.5);
  });

  it('puts the not-applicable state in the legend only when a stage has it', () => {
    expect(layOutGlance(example).legend.states).not.toContain('not-applicable');
    expect(layOutGlance(six).legend.states).toContain('not-applicable');
  });

  it('names the trackers a board deck has no slide for, and where they are', () => {
    expect(layOutGlance(many).trackersLeft).toBeNull();
    const left = layOutGlance(board).trackersLeft;
    expect(board.trackersLeft.length).toBeGreaterThan(0);
    for (const u of board.trackersLeft) expect(left?.text).toContain(u.title);
    expect(left?.text).toContain(board.w.t('refs.full'));
  });

  it('keeps every box on the slide, within the content area', () => {
    for (const deck of [example, six, many, board])
      for (const b of boxesOf(layOutGlance(deck))) {
        expect(b.x, b.path).toBeGreaterThanOrEqual(CONTENT.x);
        expect(b.x + b.w, b.path).toBeLessThanOrEqual(Math.min(SLIDE.w, CONTENT.x + CONTENT.w) + 1e-9);
        expect(b.y + b.h, b.path).toBeLessThanOrEqual(CONTENT.y + CONTENT.h + 0.05 + 1e-9);
      }
  });
});
