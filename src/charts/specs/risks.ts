import { riskLevel } from '../../model/risks.js';
import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templates/wording.js';
import type { ChartSpec, HeatmapCell } from '../spec.js';

/** R1, R2... for the open risks, in the register's order (highest score first). */
export function riskLabels(m: ProgramModel): Map<string, string> {
  return new Map(m.risks.filter((r) => r.status === 'open').map((r, i) => [r.id, `R${i + 1}`]));
}

/** "1 Rare" ... "5 Almost certain" and "1 Minor" ... "5 Critical", in the template's words. */
export function scaleLabels(w: Wording): { likelihood: string[]; impact: string[] } {
  return {
    likelihood: w.list('likelihood').map((x, i) => `${i + 1} ${x}`),
    impact: w.list('impact').map((x, i) => `${i + 1} ${x}`),
  };
}

/** The open risks on the 5 × 5 likelihood × impact matrix. */
export function riskHeatmap(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  const open = m.risks.filter((r) => r.status === 'open');
  const labels = riskLabels(m);
  const cells: HeatmapCell[] = [];
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i).map((r) => labels.get(r.id) ?? '');
      cells.push({ row: 5 - l, col: i - 1, label: here.join(' '), color: theme.colors.risk[riskLevel(l * i)] });
    }
  }
  const scales = scaleLabels(w);
  return {
    id: 'risk-heatmap',
    title: w.t('risks.chart_title'),
    altText: w.t('alt.heatmap', {
      count: open.length,
      details: open.map((r) => w.t('alt.risk', { label: labels.get(r.id), title: r.title, likelihood: r.likelihood, impact: r.impact, level: w.t(`risk_level.${r.level}`) })).join('; '),
    }),
    type: 'heatmap',
    labels: scales.impact,
    series: [],
    legend: false,
    axisTitles: { category: w.t('risks.impact'), value: w.t('risks.likelihood') },
    heatmap: { rows: [...scales.likelihood].reverse(), cols: scales.impact, cells },
    size: { width: 760, height: 600 },
  };
}
