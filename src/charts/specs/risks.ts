import { riskLevel } from '../../model/risks.js';
import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { riskLabels, scaleLabels } from '../../present/sentences.js';
import type { ChartSpec, HeatmapCell } from '../spec.js';

/** The open risks on the 5 × 5 likelihood × impact matrix. */
export function riskHeatmap(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  const open = model.risks.filter((r) => r.status === 'open');
  const labels = riskLabels(model);
  const cells: HeatmapCell[] = [];
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i).map((r) => labels.get(r.id) ?? '');
      cells.push({ row: 5 - l, col: i - 1, label: here.join(' '), color: theme.colors.risk[riskLevel(l * i)] });
    }
  }
  const scales = scaleLabels(wording);
  return {
    id: 'risk-heatmap',
    title: wording.t('risks.chart_title'),
    altText: wording.t('alt.heatmap', {
      count: open.length,
      details: open
        .map((r) =>
          wording.t('alt.risk', {
            label: labels.get(r.id),
            title: r.title,
            likelihood: r.likelihood,
            impact: r.impact,
            level: wording.t(`risk_level.${r.level}`),
          }),
        )
        .join('; '),
    }),
    type: 'heatmap',
    labels: scales.impact,
    series: [],
    legend: false,
    axisTitles: { category: wording.t('risks.impact'), value: wording.t('risks.likelihood') },
    heatmap: { rows: [...scales.likelihood].reverse(), cols: scales.impact, cells },
    size: { width: 760, height: 600 },
  };
}
