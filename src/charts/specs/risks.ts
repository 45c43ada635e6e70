import { riskLevel } from '../../model/risks.js';
import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { ChartSpec, HeatmapCell } from '../spec.js';

export const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
export const IMPACT = ['Minor', 'Moderate', 'Major', 'Severe', 'Critical'];

/** R1, R2... for the open risks, in the register's order (highest score first). */
export function riskLabels(m: ProgramModel): Map<string, string> {
  return new Map(m.risks.filter((r) => r.status === 'open').map((r, i) => [r.id, `R${i + 1}`]));
}

/** The open risks on the 5 × 5 likelihood × impact matrix. */
export function riskHeatmap(m: ProgramModel, theme: Theme): ChartSpec {
  const open = m.risks.filter((r) => r.status === 'open');
  const labels = riskLabels(m);
  const cells: HeatmapCell[] = [];
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i).map((r) => labels.get(r.id) ?? '');
      cells.push({ row: 5 - l, col: i - 1, label: here.join(' '), color: theme.colors.risk[riskLevel(l * i)] });
    }
  }
  return {
    id: 'risk-heatmap',
    title: 'Open risks by likelihood and impact',
    altText: `Heat map of ${open.length} open risks by likelihood and impact. ${open.map((r) => `${labels.get(r.id)} ${r.title}: likelihood ${r.likelihood}, impact ${r.impact}, ${r.level}`).join('; ')}.`,
    type: 'heatmap',
    labels: IMPACT.map((x, i) => `${i + 1} ${x}`),
    series: [],
    legend: false,
    axisTitles: { category: 'Impact', value: 'Likelihood' },
    heatmap: { rows: LIKELIHOOD.map((x, i) => `${i + 1} ${x}`).reverse(), cols: IMPACT.map((x, i) => `${i + 1} ${x}`), cells },
    size: { width: 760, height: 600 },
  };
}
