import type { ScenarioModel } from '../../model/types.js';
import { statuses, type Status } from '../../schema/status.js';
import type { Theme } from '../../schema/template.js';
import type { ChartSpec } from '../spec.js';

const ORDER: Status[] = ['complete', 'in-progress', 'at-risk', 'blocked', 'not-started', 'not-applicable'];

/** Status of a scenario's objectives, stage by stage (the detail slide's chart). */
export function statusByStage(s: ScenarioModel, theme: Theme): ChartSpec {
  const present = ORDER.filter((st) => s.progress.byStatus[st] > 0);
  return {
    id: `status-by-stage-${s.id}`,
    title: `${s.shortTitle}: status by stage`,
    altText: `Status of objectives by stage, ${s.title}. ${s.stages.map((st) => {
      const parts = ORDER.filter((x) => st.byStatus[x] > 0).map((x) => `${st.byStatus[x]} ${statuses[x].label.toLowerCase()}`);
      return `${st.label}: ${st.complete} of ${st.applicable} complete (${parts.join(', ') || 'no objectives'})`;
    }).join('. ')}.`,
    type: 'bar',
    labels: s.stages.map((st) => st.label),
    series: present.map((st) => ({ name: statuses[st].label, values: s.stages.map((x) => x.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    legend: true,
    valueAxis: { min: 0, step: 1, format: 'integer' },
    size: { width: 640, height: 720 },
  };
}
