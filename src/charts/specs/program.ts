import type { ProgramModel } from '../../model/types.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templating/wording.js';
import { STATUS_ORDER, statusCounts } from '../../present/sentences.js';
import { WIDE, type ChartSpec } from '../spec.js';
import { statusBars } from './status-bars.js';

export function overallProgress(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  const p = model.progress;
  const present = STATUS_ORDER.filter((s) => p.byStatus[s] > 0);
  return {
    id: 'overall-progress',
    title: wording.t('charts.overall', p),
    altText: wording.t('alt.overall', { ...p, details: statusCounts(p.byStatus, wording) }),
    type: 'doughnut',
    labels: present.map((s) => wording.t(`status.${s}`)),
    series: [
      {
        name: wording.t('charts.objectives'),
        values: present.map((s) => p.byStatus[s]),
        color: theme.colors.accent,
        pointColors: present.map((s) => theme.colors.status[s]),
      },
    ],
    legend: true,
    size: { width: 720, height: 540 },
  };
}

export function scenarioStages(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  return {
    id: 'scenario-stages',
    title: wording.t('charts.scenario_stages'),
    altText: wording.t('alt.scenario_stages', {
      details: model.scenarios
        .map(
          (s) =>
            `${s.shortTitle}: ${wording.join(s.stages.map((st) => wording.t('alt.percent', { label: st.label, percent: st.percentComplete })))}`,
        )
        .join('; '),
    }),
    type: 'bar',
    labels: model.scenarios.map((s) => s.shortTitle),
    series: model.catalog.stageLabels.map((stage, i) => ({
      name: stage,
      values: model.scenarios.map((s) => s.stages[i]?.percentComplete ?? 0),
      color: theme.colors.stages[i % theme.colors.stages.length] ?? theme.colors.accent,
    })),
    legend: true,
    valueAxis: { min: 0, max: 100, step: 20, format: 'percent' },
    size: WIDE,
  };
}

export function statusMix(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  const present = STATUS_ORDER.filter((st) => model.scenarios.some((s) => s.progress.byStatus[st] > 0));
  return {
    id: 'status-mix',
    title: wording.t('charts.status_mix'),
    altText: wording.t('alt.status_mix', {
      details: model.scenarios.map((s) => `${s.shortTitle}: ${statusCounts(s.progress.byStatus, wording)}`).join('; '),
    }),
    ...statusBars(
      model.scenarios.map((s) => s.shortTitle),
      model.scenarios.map((s) => s.progress),
      present,
      theme,
      wording,
    ),
  };
}

export function functionalAreas(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec {
  const areas = model.areas.filter((a) => a.progress.total > 0);
  const found = STATUS_ORDER.filter((st) => st !== 'not-applicable' && areas.some((a) => a.progress.byStatus[st] > 0));
  // Every area ruled out: one series of zeros, never a chart without series (pptxgenjs cannot write one).
  const present = found.length > 0 ? found : (['not-started'] as const);
  return {
    id: 'functional-areas',
    title: wording.t('charts.areas'),
    altText: wording.t('alt.areas', {
      details: areas.map((a) => wording.t('alt.progress', { label: a.title, ...a.progress })).join('; '),
    }),
    ...statusBars(
      areas.map((a) => a.title),
      areas.map((a) => a.progress),
      present,
      theme,
      wording,
    ),
  };
}
