import type { ScenarioModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templates/wording.js';
import type { ChartSpec } from '../spec.js';
import { STATUS_ORDER, statusCounts } from './program.js';

/** Status of a scenario's objectives, stage by stage (the detail slide's chart). */
export function statusByStage(s: ScenarioModel, theme: Theme, w: Wording): ChartSpec {
  const present = STATUS_ORDER.filter((st) => s.progress.byStatus[st] > 0);
  return {
    id: `status-by-stage-${s.id}`,
    title: w.t('charts.status_by_stage', { scenario: s.shortTitle }),
    altText: w.t('alt.status_by_stage', {
      scenario: s.title,
      details: s.stages.map((st) => `${w.t('alt.progress', st)} (${statusCounts(st.byStatus, w) || w.t('none')})`).join('; '),
    }),
    type: 'bar',
    labels: s.stages.map((st) => st.label),
    series: present.map((st) => ({ name: w.t(`status.${st}`), values: s.stages.map((x) => x.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    legend: true,
    valueAxis: { min: 0, step: 1, format: 'integer' },
    size: { width: 640, height: 720 },
  };
}
