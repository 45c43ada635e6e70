import { riskLevel } from '../../../model/risks.js';
import type { ReportContext } from '../../../present/report-context.js';
import { riskLabels, scaleLabels } from '../../../present/sentences.js';
import { wrap } from '../../text-fit.js';
import type { LayoutDeck } from '../slide-deck.js';
import { CONTENT, type Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { CELL_PAD_W } from '../canvas/table-cells.js';

/**
 * The heat map of the open risks laid out (likelihood rows by impact
 * columns, each cell holding the labels of its risks, and the appetite line),
 * and drawn.
 */

type Risk = ReportContext['risks'][number];

const CELL = 0.74;
const SCALE_W = 1.3;
const LABEL_SIZE = 10;
/** The heat map's width: the likelihood scale and five impact columns. */
export const HEAT_W = SCALE_W + 5 * CELL;
/** Where the grid of cells starts, below the likelihood axis' title. */
const GRID_Y = CONTENT.y + 0.35;

export interface HeatMapLayout {
  likelihoodAxis: { text: string; box: Box };
  table: { rows: TableRow[]; box: Box; colW: number[]; fontSize: number; rowH: number[] };
  impactAxis: { text: string; box: Box };
  /** The appetite line's segments (x1, y1, x2, y2) and its label; null when no appetite is set. */
  appetite: { segments: [number, number, number, number][]; label: { text: string; box: Box } } | null;
}

/**
 * The labels a cell has room for, then "+N" for the rest: as many as fit on
 * the lines a cell holds at the label size (a register of 200 risks piles
 * dozens into one cell).
 */
export function cellText(deck: LayoutDeck, labels: readonly string[], counted = 0): string {
  const face = { metrics: deck.fonts.body, bold: true };
  const width = CELL * deck.fonts.frame.sx - CELL_PAD_W;
  const size = Math.max(LABEL_SIZE, deck.minText);
  const lines = 3;
  const text = (k: number) => {
    const rest = labels.length - k + counted;
    return [...labels.slice(0, k), ...(rest > 0 ? [`+${rest}`] : [])].join(' ');
  };
  for (let k = labels.length; k > 0; k--) if (wrap(text(k), size, width, face).length <= lines) return text(k);
  return text(0);
}

/** The grid's rows: likelihood 5 at the top, each cell the labels of its open risks (those `named`), then the impact scale. */
function heatRows(deck: LayoutDeck, open: Risk[], named: number): TableRow[] {
  const { colors } = deck.theme;
  const labels = riskLabels(deck.model);
  const scales = scaleLabels(deck.w);
  const heat: TableRow[] = [];
  for (let l = 5; l >= 1; l--) {
    const cells: TableRow = [
      { text: scales.likelihood[l - 1] ?? String(l), options: { fontSize: 9, color: colors.muted, align: 'right' } },
    ];
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i);
      const shown = here.filter((r) => open.indexOf(r) < named).map((r) => labels.get(r.id) ?? '');
      cells.push({
        text: here.length ? cellText(deck, shown, here.length - shown.length) : '',
        options: { fill: { color: colors.risk[riskLevel(l * i)] }, align: 'center', bold: true, fontSize: LABEL_SIZE },
      });
    }
    heat.push(cells);
  }
  heat.push([
    { text: '' },
    ...scales.impact.map((name) => ({
      text: name.replace(' ', '\n'),
      options: { fontSize: 8, color: colors.muted, align: 'center' as const },
    })),
  ]);
  return heat;
}

/**
 * The appetite line over the grid: in each impact column, the edge between
 * the highest likelihood within the appetite and the lowest above it, joined
 * column to column.
 */
function appetiteLine(deck: LayoutDeck, max: number): NonNullable<HeatMapLayout['appetite']> {
  const x0 = CONTENT.x + SCALE_W;
  // The y of the edge in column i (impact i): below the rows whose score is above the appetite.
  const edge = (i: number) => GRID_Y + (5 - Math.min(5, Math.floor(max / i))) * CELL;
  const segments: [number, number, number, number][] = [];
  for (let i = 1; i <= 5; i++) {
    const y = edge(i);
    const x = x0 + (i - 1) * CELL;
    segments.push([x, y, x + CELL, y]);
    if (i < 5 && edge(i + 1) !== y) segments.push([x + CELL, y, x + CELL, edge(i + 1)]);
  }
  return {
    segments,
    label: { text: deck.w.t('risks.appetite_line'), box: { x: x0 + 5 * CELL - 1.2, y: GRID_Y - 0.3, w: 1.2, h: 0.26 } },
  };
}

/** The heat map of the open risks, those `named` labelled in their cells and the rest counted. */
export function layOutHeatMap(deck: LayoutDeck, open: Risk[], named: number): HeatMapLayout {
  const { w } = deck;
  return {
    likelihoodAxis: { text: w.t('risks.likelihood_axis'), box: { x: CONTENT.x, y: CONTENT.y, w: SCALE_W, h: 0.3 } },
    table: {
      rows: heatRows(deck, open, named),
      box: { x: CONTENT.x, y: GRID_Y, w: HEAT_W, h: 0 },
      colW: [SCALE_W, ...Array<number>(5).fill(CELL)],
      fontSize: 10,
      rowH: [...Array<number>(5).fill(CELL), 0.5],
    },
    impactAxis: {
      text: w.t('risks.impact_axis'),
      box: { x: CONTENT.x + SCALE_W, y: GRID_Y + 5 * CELL + 0.55, w: 5 * CELL, h: 0.3 },
    },
    appetite: deck.model.riskAppetite ? appetiteLine(deck, deck.model.riskAppetite.maxScore) : null,
  };
}

/** Left and right arrows swapped. */
const turnArrows = (text: string) => text.replace(/[→←]/g, (a) => (a === '→' ? '←' : '→'));

/** Draws a heat map: the axes' titles, the grid, and the appetite line, dashed in the text colour. */
export function drawHeatMap(c: SlideCanvas, laid: HeatMapLayout): void {
  const { colors } = c.deck.theme;
  const axis = { size: 10, bold: true, color: colors.muted };
  c.text(laid.likelihoodAxis.text, laid.likelihoodAxis.box, { ...axis, align: 'right' });
  const { rows, box, colW, fontSize, rowH } = laid.table;
  c.table(rows, box, { colW, fontSize, rowH });
  // Drawn right to left, impact grows leftwards: the axis's arrow turns with it.
  const impact = c.frame.mirrored ? turnArrows(laid.impactAxis.text) : laid.impactAxis.text;
  c.text(impact, laid.impactAxis.box, { ...axis, align: 'center' });
  if (!laid.appetite) return;
  for (const [x1, y1, x2, y2] of laid.appetite.segments) c.line(x1, y1, x2, y2, colors.text, 2.25, 'dash');
  const label = laid.appetite.label;
  c.text(label.text, label.box, { size: 10, bold: true, color: colors.text, align: 'right' });
}
