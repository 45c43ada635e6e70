import { describe, expect, it } from 'vitest';
import { fontResolver } from '../../../../src/render/fonts/index.js';
import { TITLE_BOXES } from '../../../../src/render/pptx/deck-masters.js';
import { fitTitle } from '../../../../src/render/pptx/slide-maker.js';

describe("a slide's title in its layout's title box (ztdeck's own masters)", () => {
  const heading = fontResolver(() => undefined)('Carlito');
  const box = TITLE_BOXES.content;

  it('stays at the largest size on one line when it fits', () => {
    const fit = fitTitle('Executive summary', box, heading);
    expect(fit).toMatchObject({ fontSize: box.size, truncated: false });
    expect(fit.lines).toHaveLength(1);
  });
  it('shrinks a longer title and wraps it, never past the lines the box holds', () => {
    const longer = 'Identify and protect sensitive business data across every depot, warehouse and office';
    for (const title of [longer, `${longer}, in every country we work in, this year and next`]) {
      const fit = fitTitle(title, box, heading);
      expect(fit.fontSize).toBeLessThan(box.size);
      expect(fit.fontSize).toBeGreaterThanOrEqual(box.min);
      expect(fit.lines.length).toBeLessThanOrEqual(box.lines);
      expect(fit.truncated).toBe(false);
    }
    expect(fitTitle(`${longer}, in every country we work in, this year and next`, box, heading).lines).toHaveLength(2);
  });
  it('is cut at the smallest size when even that is too long, and says so', () => {
    const fit = fitTitle('A very long title that says everything twice '.repeat(6), box, heading);
    expect(fit).toMatchObject({ fontSize: box.min, truncated: true });
    expect(fit.lines.length).toBeLessThanOrEqual(box.lines);
  });
});
