import { describe, expect, it } from 'vitest';
import { mirroredTable } from '../../../../src/render/pptx/canvas/table-cells.js';
import { mirrorObject } from '../../../../src/render/pptx/deck-masters.js';
import { alignIn, frameBetween, IDENTITY, MIRRORED, SLIDE } from '../../../../src/render/pptx/geometry.js';

describe('a mirrored frame', () => {
  const design = { x: 0.5, y: 1, w: 12, h: 5 };
  const target = { x: 1, y: 2, w: 6, h: 2.5 };
  const plain = frameBetween(design, target);
  const mirrored = frameBetween(design, target, true);

  it('puts a box designed at the left of the region at its right, the same size', () => {
    const box = { x: 0.5, y: 1, w: 2, h: 1 };
    expect(plain.map(box)).toEqual({ x: 1, y: 2, w: 1, h: 0.5 });
    expect(mirrored.map(box)).toEqual({ x: 6, y: 2, w: 1, h: 0.5 });
    // Mirrored twice about the middle of the target: where the plain frame put it.
    const m = mirrored.map(box);
    expect(target.x + target.w - (m.x - target.x) - m.w).toBeCloseTo(plain.map(box).x);
  });

  it('keeps a shape round about its mirrored centre, and maps single points', () => {
    const circle = mirrored.mapKeepingShape({ x: 0.5, y: 1, w: 1, h: 1 });
    expect(circle.w).toBe(circle.h);
    expect(circle.x + circle.w / 2).toBeCloseTo(7 - 0.25);
    expect(mirrored.mapX(0.5)).toBe(7);
    expect(mirrored.mapX(12.5)).toBe(1);
    expect(mirrored.mapY(1)).toBe(plain.mapY(1));
  });

  it("mirrors ztdeck's own slide about its middle, and the identity mirrors nothing", () => {
    expect(MIRRORED.map({ x: 0.5, y: 1, w: 3, h: 1 }).x).toBeCloseTo(SLIDE.w - 3.5);
    expect(IDENTITY.map({ x: 0.5, y: 1, w: 3, h: 1 }).x).toBe(0.5);
    expect([MIRRORED.mirrored, IDENTITY.mirrored]).toEqual([true, false]);
  });

  it('aligns text to the other side, centred text stays', () => {
    expect([undefined, 'left', 'right', 'center'].map((a) => alignIn(MIRRORED, a))).toEqual([
      'right',
      'right',
      'left',
      'center',
    ]);
    expect([undefined, 'left', 'right'].map((a) => alignIn(IDENTITY, a))).toEqual([undefined, 'left', 'right']);
  });
});

describe('a mirrored table', () => {
  it('runs its columns from the right, aligns each cell to the other side and swaps left and right borders', () => {
    const thick = { type: 'solid' as const, pt: 2, color: '000000' };
    const none = { type: 'none' as const };
    const rows = [
      [
        { text: 'Objective', options: { colspan: 2 } },
        { text: '%', options: { align: 'right' as const } },
      ],
      [
        {
          text: 'a',
          options: { border: [none, none, none, thick] as [typeof none, typeof none, typeof none, typeof thick] },
        },
        { text: 'b' },
        { text: 'c', options: { align: 'center' as const } },
      ],
    ];
    const [drawn, options] = mirroredTable(rows, { colW: [3, 1, 0.5], fontSize: 10 });
    expect(options.colW).toEqual([0.5, 1, 3]);
    expect(drawn.map((r) => r.map((c) => c.text))).toEqual([
      ['%', 'Objective'],
      ['c', 'b', 'a'],
    ]);
    expect(drawn.map((r) => r.map((c) => c.options?.align))).toEqual([
      ['left', 'right'],
      ['center', 'right', 'right'],
    ]);
    expect(drawn[0]?.[1]?.options?.colspan).toBe(2);
    expect(drawn[1]?.[2]?.options?.border).toEqual([none, thick, none, none]);
    // The rows given are left as they were.
    expect(rows[0]?.[0]?.text).toBe('Objective');
  });
});

describe("a master's object, mirrored", () => {
  it('lands about the middle of the slide, its text aligned to the other side; a placeholder keeps no alignment', () => {
    const text = mirrorObject({ text: { text: 'Footer', options: { x: 0.5, y: 7, w: 4, h: 0.3 } } });
    expect(text).toEqual({
      text: { text: 'Footer', options: { x: SLIDE.w - 4.5, y: 7, w: 4, h: 0.3, align: 'right' } },
    });
    const rect = mirrorObject({ rect: { x: 0, y: 0, w: 3.6, h: 7.5, fill: { color: '112233' } } });
    expect(rect).toEqual({ rect: { x: SLIDE.w - 3.6, y: 0, w: 3.6, h: 7.5, fill: { color: '112233' } } });
    const title = mirrorObject({
      placeholder: { options: { name: 'title', type: 'title', x: 0.4, y: 0.45, w: 2.9, h: 1.5 }, text: '' },
    });
    const options = 'placeholder' in title ? title.placeholder.options : undefined;
    expect(options?.x).toBeCloseTo(SLIDE.w - 3.3);
    expect(options).not.toHaveProperty('align');
  });
});
