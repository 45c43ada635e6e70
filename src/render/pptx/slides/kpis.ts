import type { KpiModel } from '../../../model/types.js';
import { kpiChart, kpiSentence } from '../../../charts/specs/kpi.js';
import { shortDate, withUnit } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { pageSuffix } from './common.js';

const PER_SLIDE = 4;
const TREND = { improving: '▲ improving', worsening: '▼ worsening', flat: '► no change', new: 'first value' } as const;

function kpiPanel(c: SlideCanvas, k: KpiModel, box: Box): void {
  const { colors } = c.deck.theme;
  const good = k.trend === 'improving' || k.trend === 'flat' ? colors.status.complete : k.trend === 'worsening' ? colors.status.blocked : colors.muted;
  c.fit(k.title, { x: box.x, y: box.y, w: box.w, h: 0.32 }, { max: 13, min: 10, bold: true, font: 'heading', what: `the title of KPI ${k.id}` });
  c.text(withUnit(k.current.value, k.unit), { x: box.x, y: box.y + 0.34, w: 2.0, h: 0.5 }, { size: 24, bold: true, color: colors.accent, valign: 'middle' });
  c.text([
    { text: k.onTarget ? 'On target' : 'Below target', bold: true, color: k.onTarget ? colors.status.complete : colors.status['at-risk'], breakLine: true },
    { text: `${TREND[k.trend]} · target ${withUnit(k.target, k.unit)}${k.targetDate ? ` by ${shortDate(k.targetDate)}` : ''}`, color: good },
  ], { x: box.x + 2.05, y: box.y + 0.34, w: box.w - 2.05, h: 0.5 }, { size: 10, valign: 'middle' });
  c.specChart(kpiChart(k, c.deck.theme), { x: box.x - 0.1, y: box.y + 0.86, w: box.w + 0.1, h: box.h - 0.88 }, { showLegend: false, catAxisLabelFontSize: 8, valAxisLabelFontSize: 8 });
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
