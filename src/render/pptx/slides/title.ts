import type { DeckBuilder } from '../deck-builder.js';

export function renderTitle(deck: DeckBuilder): void {
  const { colors } = deck.theme;
  const c = deck.slide({
    layout: 'title',
    title: deck.title('title'),
    notes: deck.notes('title', { openDecisions: deck.ctx.decisions.filter((d) => d.status === 'open').length }),
  });
  c.text(deck.model.organization, { x: 1.0, y: 3.8, w: 11.3, h: 0.6 }, { size: 24, color: colors.muted });
  c.text(
    deck.w.t('title_slide.report', deck.ctx),
    { x: 1.0, y: 4.5, w: 11.3, h: 0.45 },
    { size: 18, color: colors.accent, bold: true },
  );
  c.text(
    deck.w.t('title_slide.as_of', deck.ctx),
    { x: 1.0, y: 5.0, w: 11.3, h: 0.4 },
    { size: 14, color: colors.muted },
  );
  c.text(
    deck.w.t('title_slide.framework', deck.ctx),
    { x: 1.0, y: 6.55, w: 9, h: 0.3 },
    { size: 10, color: colors.muted },
  );
}
