import type { PersonModel, ScenarioModel } from '../../../model/types.js';
import type { SlideDeck } from '../slide-deck.js';
import { SIDEBAR_W, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { initials, scenarioContext, spread } from './common.js';

const PER_SLIDE = 9;
const GRID = { x: SIDEBAR_W + 0.45, y: 0.55, w: 13.333 - SIDEBAR_W - 0.9, rows: 3, cols: 3, rowH: 2.05 };

function avatar(c: SlideCanvas, box: Box, name: string, fill: string, color: string): void {
  c.shape('ellipse', box, { fill, name: `Avatar of ${name}` });
  c.text(initials(name), box, { size: Math.round(box.h * 26), bold: true, color, align: 'center', valign: 'middle' });
}

/** Sponsor or project lead in the sidebar: avatar, position, name, responsibility. */
function leader(c: SlideCanvas, p: PersonModel, label: string, y: number): void {
  const { colors } = c.deck.theme;
  avatar(c, { x: 0.4, y, w: 0.75, h: 0.75 }, p.name, colors.accent, colors.on_accent);
  c.text(
    label,
    { x: 1.3, y, w: SIDEBAR_W - 1.5, h: 0.3 },
    { size: 14, bold: true, color: colors.on_sidebar, font: 'heading', valign: 'middle' },
  );
  c.fit(
    p.role && p.role !== label ? `${p.name} · ${p.role}` : p.name,
    { x: 1.3, y: y + 0.3, w: SIDEBAR_W - 1.5, h: 0.58 },
    { max: 11, min: 8, maxLines: 4, color: colors.on_sidebar, what: `the ${label.toLowerCase()}'s name` },
  );
  if (p.responsibility)
    c.fit(
      p.responsibility,
      { x: 0.4, y: y + 0.92, w: SIDEBAR_W - 0.7, h: 0.7 },
      { max: 10, min: 8, color: colors.on_sidebar, what: `the ${label.toLowerCase()}'s responsibility` },
    );
}

function card(c: SlideCanvas, p: PersonModel, box: Box): void {
  const { colors } = c.deck.theme;
  avatar(c, { x: box.x, y: box.y, w: 0.7, h: 0.7 }, p.name, colors.surface, colors.accent);
  c.fit(
    p.role || p.name,
    { x: box.x + 0.85, y: box.y - 0.06, w: box.w - 0.9, h: 0.46 },
    { max: 13, min: 9, maxLines: 2, bold: true, font: 'heading', valign: 'bottom', what: `the role of ${p.name}` },
  );
  // A name wraps to a second line before it shrinks, and shrinks before it is cut.
  c.fit(
    p.name,
    { x: box.x + 0.85, y: box.y + 0.42, w: box.w - 0.9, h: 0.4 },
    { max: 11, min: 8, maxLines: 2, color: colors.muted, what: `the name ${p.name}` },
  );
  if (p.responsibility)
    c.fit(
      p.responsibility,
      { x: box.x, y: box.y + 0.9, w: box.w - 0.1, h: box.h - 0.95 },
      { max: 10, min: 8, what: `the responsibility of ${p.name}` },
    );
}

/**
 * Microsoft's stakeholder slide: sponsor and project lead in the sidebar,
 * the others as cards on a grid; more than nine continue on another slide.
 */
export function renderStakeholders(deck: SlideDeck, s: ScenarioModel): void {
  const { w } = deck;
  // Spread evenly: ten people are two slides of five, not nine and one.
  const pages = spread(s.stakeholders, PER_SLIDE);
  const cardW = (GRID.w - 0.3 * (GRID.cols - 1)) / GRID.cols;
  const scenario = scenarioContext(deck, s);
  pages.forEach((people, p) => {
    const c = deck.slide({
      layout: 'sidebar',
      title: deck.title('stakeholders', { scenario }, p, pages.length),
      notes: deck.notes('stakeholders', {
        scenario,
        page: p + 1,
        pages: pages.length,
        people: people.map((x) => ({ name: x.name, role: x.role, responsibility: x.responsibility ?? null })),
      }),
    });
    leader(c, s.sponsor, w.t('stakeholders.sponsor'), 2.45);
    leader(c, s.lead, w.t('stakeholders.lead'), 4.35);
    if (people.length === 0) {
      c.text(
        w.t('stakeholders.nobody'),
        { x: GRID.x, y: 3.3, w: GRID.w, h: 0.5 },
        { size: 14, color: c.deck.theme.colors.muted, align: 'center' },
      );
      return;
    }
    // As on Microsoft's slide: with six or fewer, the top row stays empty.
    const firstRow = people.length <= 6 ? 1 : 0;
    people.forEach((person, i) => {
      const rowIndex = firstRow + Math.floor(i / GRID.cols);
      const col = i % GRID.cols;
      card(c, person, {
        x: GRID.x + col * (cardW + 0.3),
        y: GRID.y + rowIndex * GRID.rowH + 0.15,
        w: cardW,
        h: GRID.rowH - 0.3,
      });
    });
  });
}
