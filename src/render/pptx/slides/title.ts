import type { SlideDeck } from '../slide-deck.js';
import { linesHeightIn } from '../../text-fit.js';
import { faceOf, type FitStyle } from '../canvas/text-style.js';

const X = 1.0;
const W = 11.3;

/** The title slide: the title in its placeholder, then the organization, the report and the date, stacked as measured. */
export function renderTitle(deck: SlideDeck): void {
  const { colors } = deck.theme;
  const c = deck.slide({
    layout: 'title',
    title: deck.title('title'),
    notes: deck.notes('title', { openDecisions: deck.ctx.decisions.filter((d) => d.status === 'open').length }),
  });
  let y = 3.8;
  // Each line takes the height its text needs (a long organization name wraps to two lines) and pushes the next down.
  const stack = (text: string, h: number, style: FitStyle) => {
    const fit = c.fit(text, { x: X, y, w: W, h }, style);
    y += linesHeightIn(fit.lines.length, fit.fontSize, faceOf(deck.fonts, style)) / c.frame.sy + 0.12;
  };
  stack(deck.model.organization, 0.9, {
    max: 24,
    min: 16,
    maxLines: 2,
    color: colors.muted,
    what: 'the organization',
  });
  stack(deck.w.t('title_slide.report', deck.ctx), 0.75, {
    max: 18,
    min: 12,
    maxLines: 2,
    bold: true,
    color: colors.accent,
    what: 'the report line',
  });
  stack(deck.w.t('title_slide.as_of', deck.ctx), 0.4, {
    max: 14,
    min: 10,
    maxLines: 1,
    color: colors.muted,
    what: 'the date line',
  });
  c.fit(
    `${deck.w.t('title_slide.framework', deck.ctx)} · ${deck.w.t('title_slide.generator', { version: deck.ctx.generator.version })}`,
    { x: X, y: Math.max(y, 6.45), w: 9, h: 0.45 },
    { max: 10, min: 8, maxLines: 2, color: colors.muted, what: 'the framework line' },
  );
}
