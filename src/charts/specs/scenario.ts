import type { ScenarioModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import type { ChartSpec } from '../spec.js';
import { STATUS_ORDER, statusCounts } from '../../present/sentences.js';
import { countAxis } from '../axis.js';
import { statusSeries } from './status-bars.js';

/** Status of a scenario's objectives, stage by stage (the detail slide's chart). */
export function statusByStage(scenario: ScenarioModel, theme: Theme, wording: Wording): ChartSpec {
  const present = STATUS_ORDER.filter((st) => scenario.progress.byStatus[st] > 0);
  return {
    id: `status-by-stage-${scenario.id}`,
    title: wording.t('charts.status_by_stage', { scenario: scenario.shortTitle }),
    altText: wording.t('alt.status_by_stage', {
      scenario: scenario.title,
      details: scenario.stages
        .map((st) => `${wording.t('alt.progress', st)} (${statusCounts(st.byStatus, wording) || wording.t('none')})`)
        .join('; '),
    }),
    type: 'bar',
    labels: scenario.stages.map((st) => st.label),
    series: statusSeries(scenario.stages, present, theme, wording),
    stacked: true,
    legend: true,
    valueAxis: { ...countAxis(Math.max(...scenario.stages.map((st) => st.objectives.length))), format: 'integer' },
    size: { width: 640, height: 720 },
  };
}
