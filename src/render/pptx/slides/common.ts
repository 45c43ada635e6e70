import type { ObjectiveModel, ScenarioModel, StageState } from '../../../model/types.js';
import { statuses, type Status } from '../../../schema/status.js';
import type { Theme } from '../../../schema/template.js';
import { linesHeightIn, wrap } from '../../text-fit.js';
import type { Box } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import type { SlideCanvas } from '../slide-canvas.js';

export const stateLabels: Record<StageState, string> = { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' };

export function statusLabel(s: Status): string {
  return statuses[s].label;
}

/** "Stage 2" or the catalog's own label. */
export function stageLabel(labels: readonly string[], stage: number): string {
  return labels[stage - 1] ?? `Stage ${stage}`;
}

/** Two initials; a name written in another script with a Latin form in brackets uses the Latin form. */
export function initials(name: string): string {
  const latin = /\(([^)]*[A-Za-z][^)]*)\)/.exec(name)?.[1];
  const base = latin && !/[A-Za-z]/.test(name.replace(/\(.*?\)/g, '')) ? latin : name.replace(/\(.*?\)/g, ' ');
  const words = base.split(/\s+/).filter(Boolean);
  const letters = (words.length > 1 ? [words[0], words[words.length - 1]] : words).map((w) => [...(w ?? '')][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** The scenario's title, or its short title plus the track, for the breach scenario's per-track slides. */
export function trackTitle(s: ScenarioModel, trackId: string | undefined): string {
  const t = s.tracks.find((x) => x.id === trackId);
  return t ? t.title : s.title;
}

/** A row of small markers with labels, for legends. */
export function legend(c: SlideCanvas, items: { label: string; draw: (box: Box) => void }[], box: Box, size = 9): void {
  let x = box.x;
  for (const item of items) {
    item.draw({ x, y: box.y + (box.h - 0.14) / 2, w: 0.14, h: 0.14 });
    const w = Math.max(0.4, item.label.length * size * 0.52 / 72 + 0.1);
    c.text(item.label, { x: x + 0.2, y: box.y, w, h: box.h }, { size, color: c.deck.theme.colors.muted, valign: 'middle' });
    x += 0.2 + w + 0.15;
  }
}

/** The marker of an objective: a diamond whose fill, outline and dash show its status; `name` names the shape. */
export function statusMarker(c: SlideCanvas, status: Status, box: Box, theme: Theme, name = `Legend: ${statusLabel(status)}`): void {
  const color = theme.colors.status[status];
  if (status === 'not-started') c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1.25, name });
  else if (status === 'not-applicable') c.shape('diamond', box, { fill: theme.colors.background, line: color, lineWidth: 1, dash: 'sysDot', name });
  else c.shape('diamond', box, { fill: color, line: color, lineWidth: 1, name });
}

export function statusLegend(c: SlideCanvas, box: Box): void {
  const order: Status[] = ['not-started', 'in-progress', 'at-risk', 'blocked', 'complete', 'not-applicable'];
  legend(c, order.map((s) => ({ label: statusLabel(s), draw: (b: Box) => statusMarker(c, s, b, c.deck.theme) })), box);
}

export interface Column {
  header: string;
  w: number;
  align?: 'left' | 'center' | 'right';
  cell: (o: ObjectiveModel) => TableCell;
}

const CELL_PAD_W = 10 / 72;
const CELL_PAD_H = 6 / 72;

/** A cell's text for height estimates: plain (lines at the table's size), or parts at their own sizes. */
export type CellText = string | { text: string; size: number }[];

/** Estimated height of a table row: the tallest cell, each part wrapped at its column width. */
export function rowHeight(cells: readonly CellText[], widths: readonly number[], fontSize: number, bold = false): number {
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

export function headerRow(columns: readonly { header: string; align?: 'left' | 'center' | 'right' }[], theme: Theme): TableRow {
  return columns.map((col) => ({
    text: col.header,
    options: { bold: true, color: theme.colors.on_accent, fill: { color: theme.colors.accent }, align: col.align ?? 'left' },
  }));
}

/** "(2 of 3)" for a slide that continues a table, or nothing when there is one page. */
export function pageSuffix(index: number, count: number): string {
  return count > 1 ? ` (${index + 1} of ${count})` : '';
}
