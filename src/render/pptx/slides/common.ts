import type { ScenarioModel } from '../../../model/types.js';
import type { Status } from '../../../schema/status.js';
import type { Theme } from '../../../schema/template.js';
import { linesHeightIn, wrap } from '../../text-fit.js';
import type { DeckBuilder } from '../deck-builder.js';
import type { Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { SlideCanvas } from '../slide-canvas.js';

export const STATUS_LEGEND: Status[] = [
  'not-started',
  'in-progress',
  'at-risk',
  'blocked',
  'complete',
  'not-applicable',
];

/** Two initials; a name written in another script with a Latin form in brackets uses the Latin form. */
export function initials(name: string): string {
  const latin = /\(([^)]*[A-Za-z][^)]*)\)/.exec(name)?.[1];
  const base = latin && !/[A-Za-z]/.test(name.replace(/\(.*?\)/g, '')) ? latin : name.replace(/\(.*?\)/g, ' ');
  const words = base.split(/\s+/).filter(Boolean);
  const letters = (words.length > 1 ? [words[0], words[words.length - 1]] : words).map((w) => [...(w ?? '')][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** The report context's entry for a scenario (what notes and titles receive as {{scenario}}). */
export function scenarioContext(deck: DeckBuilder, s: ScenarioModel) {
  const found = deck.ctx.scenarios.find((x) => x.id === s.id);
  if (!found) throw new Error(`scenario ${s.id} is missing from the report context`);
  return found;
}

/** A row of small markers with labels, for legends. */
export function legend(c: SlideCanvas, items: { label: string; draw: (box: Box) => void }[], box: Box, size = 9): void {
  let x = box.x;
  for (const item of items) {
    item.draw({ x, y: box.y + (box.h - 0.14) / 2, w: 0.14, h: 0.14 });
    const w = Math.max(0.4, (item.label.length * size * 0.52) / 72 + 0.1);
    c.text(
      item.label,
      { x: x + 0.2, y: box.y, w, h: box.h },
      { size, color: c.deck.theme.colors.muted, valign: 'middle' },
    );
    x += 0.2 + w + 0.15;
  }
}

/** The marker of an objective: a diamond whose fill, outline and dash show its status; `name` names the shape. */
export function statusMarker(c: SlideCanvas, status: Status, box: Box, theme: Theme, name = `Legend: ${status}`): void {
  const color = theme.colors.status[status];
  if (status === 'not-started')
    c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1.25, name });
  else if (status === 'not-applicable')
    c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1, dash: 'sysDot', name });
  else c.shape('diamond', box, { fill: color, line: color, lineWidth: 1, name });
}

export function statusLegend(c: SlideCanvas, box: Box): void {
  legend(
    c,
    STATUS_LEGEND.map((s) => ({
      label: c.deck.w.t(`status.${s}`),
      draw: (b: Box) => statusMarker(c, s, b, c.deck.theme),
    })),
    box,
  );
}

const CELL_PAD_W = 10 / 72;
const CELL_PAD_H = 6 / 72;

/** A cell's text for height estimates: plain (lines at the table's size), or parts at their own sizes. */
export type CellText = string | { text: string; size: number }[];

/** Estimated height of a table row: the tallest cell, each part wrapped at its column width. */
export function rowHeight(
  cells: readonly CellText[],
  widths: readonly number[],
  fontSize: number,
  bold = false,
): number {
  const heights = cells.map((cell, i) => {
    const parts = typeof cell === 'string' ? cell.split('\n').map((text) => ({ text, size: fontSize })) : cell;
    const width = Math.max(0.2, (widths[i] ?? 1) - CELL_PAD_W);
    return parts.reduce((h, p) => h + linesHeightIn(wrap(p.text, p.size, width, bold).length, p.size), 0);
  });
  return Math.max(linesHeightIn(1, fontSize), ...heights) + CELL_PAD_H;
}

/**
 * Splits table rows into pages that fit `height` (the header repeats on each
 * page). Returns the row indexes of each page.
 */
export function paginate(heights: readonly number[], headerHeight: number, height: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = headerHeight;
  heights.forEach((h, i) => {
    if (page.length > 0 && used + h > height) {
      pages.push(page);
      page = [];
      used = headerHeight;
    }
    page.push(i);
    used += h;
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

export function headerRow(
  columns: readonly { header: string; align?: 'left' | 'center' | 'right' }[],
  theme: Theme,
): TableRow {
  return columns.map((col) => ({
    text: col.header,
    options: {
      bold: true,
      color: theme.colors.on_accent,
      fill: { color: theme.colors.accent },
      align: col.align ?? 'left',
    },
  }));
}

/** What a page of a continued table holds, for its notes. */
export function pageInfo(indexes: readonly number[], pages: number, page: number, total: number) {
  return { page: page + 1, pages, first: (indexes[0] ?? 0) + 1, last: (indexes[indexes.length - 1] ?? 0) + 1, total };
}
