import type { ProgramModel } from '../../model/types.js';
import type { Status } from '../../schema/status.js';
import type { Theme } from '../../schema/template.js';
import type { Wording } from '../../templates/wording.js';
import { WIDE, type ChartSpec } from '../spec.js';

export const STATUS_ORDER: Status[] = ['complete', 'in-progress', 'at-risk', 'blocked', 'not-started', 'not-applicable'];

/** "3 Complete, 2 In progress": the non-zero statuses of a set, in the template's words. */
export function statusCounts(byStatus: Record<Status, number>, w: Wording): string {
  return w.join(STATUS_ORDER.filter((s) => byStatus[s] > 0).map((s) => w.t('alt.count', { count: byStatus[s], label: w.t(`status.${s}`) })));
}

export function overallProgress(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  const p = m.progress;
  const present = STATUS_ORDER.filter((s) => p.byStatus[s] > 0);
  return {
    id: 'overall-progress',
    title: w.t('charts.overall', p),
    altText: w.t('alt.overall', { ...p, details: statusCounts(p.byStatus, w) }),
    type: 'doughnut',
    labels: present.map((s) => w.t(`status.${s}`)),
    series: [{ name: w.t('charts.objectives'), values: present.map((s) => p.byStatus[s]), color: theme.colors.accent, pointColors: present.map((s) => theme.colors.status[s]) }],
    legend: true,
    size: { width: 720, height: 540 },
  };
}

export function scenarioStages(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  return {
    id: 'scenario-stages',
    title: w.t('charts.scenario_stages'),
    altText: w.t('alt.scenario_stages', {
      details: m.scenarios.map((s) => `${s.shortTitle}: ${w.join(s.stages.map((st) => w.t('alt.percent', { label: st.label, percent: st.percentComplete })))}`).join('; '),
    }),
    type: 'bar',
    labels: m.scenarios.map((s) => s.shortTitle),
    series: m.catalog.stageLabels.map((stage, i) => ({
      name: stage,
      values: m.scenarios.map((s) => s.stages[i]?.percentComplete ?? 0),
      color: theme.colors.stages[i % theme.colors.stages.length] ?? theme.colors.accent,
    })),
    legend: true,
    valueAxis: { min: 0, max: 100, step: 20, format: 'percent' },
    size: WIDE,
  };
}

export function statusMix(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  const present = STATUS_ORDER.filter((st) => m.scenarios.some((s) => s.progress.byStatus[st] > 0));
  return {
    id: 'status-mix',
    title: w.t('charts.status_mix'),
    altText: w.t('alt.status_mix', { details: m.scenarios.map((s) => `${s.shortTitle}: ${statusCounts(s.progress.byStatus, w)}`).join('; ') }),
    type: 'bar',
    labels: m.scenarios.map((s) => s.shortTitle),
    series: present.map((st) => ({ name: w.t(`status.${st}`), values: m.scenarios.map((s) => s.progress.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    horizontal: true,
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}

export function functionalAreas(m: ProgramModel, theme: Theme, w: Wording): ChartSpec {
  const areas = m.areas.filter((a) => a.progress.total > 0);
  const present = STATUS_ORDER.filter((st) => st !== 'not-applicable' && areas.some((a) => a.progress.byStatus[st] > 0));
  return {
    id: 'functional-areas',
    title: w.t('charts.areas'),
    altText: w.t('alt.areas', { details: areas.map((a) => w.t('alt.progress', { label: a.title, ...a.progress })).join('; ') }),
    type: 'bar',
    labels: areas.map((a) => a.title),
    series: present.map((st) => ({ name: w.t(`status.${st}`), values: areas.map((a) => a.progress.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    horizontal: true,
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
