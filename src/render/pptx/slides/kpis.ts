import type { KpiModel } from '../../../model/types.js';
import { monthLabel, number, shortDate, withUnit } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { pageSuffix } from './common.js';

const PER_SLIDE = 4;
const TREND = { improving: '▲ improving', worsening: '▼ worsening', flat: '► no change', new: 'first value' } as const;

export function kpiSentence(k: KpiModel): string {
  const from = k.points[0];
  const change = k.previous ? `, ${k.trend === 'flat' ? 'unchanged' : k.trend} since ${shortDate(k.previous.date)} (${withUnit(k.previous.value, k.unit)})` : '';
  const target = `target ${withUnit(k.target, k.unit)}${k.targetDate ? ` by ${shortDate(k.targetDate)}` : ''}`;
  return `${k.title}: ${withUnit(k.current.value, k.unit)} on ${shortDate(k.current.date)}${change}; ${target}; ${k.onTarget ? 'on target' : `${number(k.gap)} ${k.unit === '%' ? 'points' : k.unit} from target`}${from && from !== k.current ? `. Started at ${withUnit(from.value, k.unit)} on ${shortDate(from.date)}` : ''}.`;
}

/** "31 May" when all points are in one year, else "May 2026". */
function pointLabels(dates: string[]): string[] {
  const years = new Set(dates.map((d) => d.slice(0, 4)));
  return dates.map((d) => (years.size === 1 ? shortDate(d).replace(/ \d{4}$/, '') : monthLabel(d.slice(0, 7))));
}

function kpiPanel(c: SlideCanvas, k: KpiModel, box: Box): void {
  const { colors } = c.deck.theme;
  const good = k.trend === 'improving' || k.trend === 'flat' ? colors.status.complete : k.trend === 'worsening' ? colors.status.blocked : colors.muted;
  c.fit(k.title, { x: box.x, y: box.y, w: box.w, h: 0.32 }, { max: 13, min: 10, bold: true, font: 'heading', what: `the title of KPI ${k.id}` });
  c.text(withUnit(k.current.value, k.unit), { x: box.x, y: box.y + 0.34, w: 2.0, h: 0.5 }, { size: 24, bold: true, color: colors.accent, valign: 'middle' });
  c.text([
    { text: k.onTarget ? 'On target' : 'Below target', bold: true, color: k.onTarget ? colors.status.complete : colors.status['at-risk'], breakLine: true },
    { text: `${TREND[k.trend]} · target ${withUnit(k.target, k.unit)}${k.targetDate ? ` by ${shortDate(k.targetDate)}` : ''}`, color: good },
  ], { x: box.x + 2.05, y: box.y + 0.34, w: box.w - 2.05, h: 0.5 }, { size: 10, valign: 'middle' });
  const labels = pointLabels(k.points.map((p) => p.date));
  c.combo([
    { type: 'line', data: [{ name: k.title, labels, values: k.points.map((p) => p.value) }], options: { chartColors: [colors.accent], lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 5 } },
    { type: 'line', data: [{ name: 'Target', labels, values: k.points.map(() => k.target) }], options: { chartColors: [colors.status['at-risk']], lineSize: 1.5, lineDash: 'dash', lineDataSymbol: 'none' } },
  ], { x: box.x - 0.1, y: box.y + 0.86, w: box.w + 0.1, h: box.h - 0.88 }, {
    showLegend: false, catAxisLabelFontSize: 8, valAxisLabelFontSize: 8, valAxisLabelFormatCode: '#,##0.#',
    altText: kpiSentence(k),
  });
}

/** Each KPI against its target over time: four to a slide. */
export function renderKpis(deck: DeckBuilder): void {
  const m = deck.model;
  const pages: KpiModel[][] = [];
  for (let i = 0; i < m.kpis.length; i += PER_SLIDE) pages.push(m.kpis.slice(i, i + PER_SLIDE));
  if (pages.length === 0) pages.push([]);
  const w = (CONTENT.w - 0.5) / 2;
  const h = (CONTENT.h - 0.3) / 2;
  pages.forEach((kpis, p) => {
    const c = deck.slide({
      layout: 'content',
      title: `Key performance indicators${pageSuffix(p, pages.length)}`,
      notes: kpis.length ? `The solid line is the measured value, the dashed line the target.\n\n${kpis.map(kpiSentence).join('\n\n')}` : 'No KPIs are recorded yet; add them to kpis.yaml.',
    });
    if (kpis.length === 0) {
      c.text('No KPIs are recorded yet.', { x: CONTENT.x, y: 3.5, w: CONTENT.w, h: 0.5 }, { size: 14, color: deck.theme.colors.muted, align: 'center' });
    }
    kpis.forEach((k, i) => kpiPanel(c, k, { x: CONTENT.x + (i % 2) * (w + 0.5), y: CONTENT.y + Math.floor(i / 2) * (h + 0.3), w, h }));
  });
}
