import type { ProgramModel } from '../../model/types.js';
import { statuses, type Status } from '../../schema/status.js';
import type { Theme } from '../../schema/template.js';
import { WIDE, type ChartSpec } from '../spec.js';

const ORDER: Status[] = ['complete', 'in-progress', 'at-risk', 'blocked', 'not-started', 'not-applicable'];
const label = (s: Status) => statuses[s].label;

export function overallProgress(m: ProgramModel, theme: Theme): ChartSpec {
  const p = m.progress;
  const present = ORDER.filter((s) => p.byStatus[s] > 0);
  return {
    id: 'overall-progress',
    title: `Overall progress: ${p.percentComplete}% complete`,
    altText: `Overall progress: ${p.complete} of ${p.applicable} applicable objectives complete (${p.percentComplete}%). ${present.map((s) => `${p.byStatus[s]} ${label(s).toLowerCase()}`).join(', ')}.`,
    type: 'doughnut',
    labels: present.map(label),
    series: [{ name: 'Objectives', values: present.map((s) => p.byStatus[s]), color: theme.colors.accent, pointColors: present.map((s) => theme.colors.status[s]) }],
    legend: true,
    size: { width: 720, height: 540 },
  };
}

export function scenarioStages(m: ProgramModel, theme: Theme): ChartSpec {
  return {
    id: 'scenario-stages',
    title: 'Percent complete by scenario and stage',
    altText: `Percent complete by scenario and stage. ${m.scenarios.map((s) => `${s.shortTitle}: ${s.stages.map((st) => `${st.label} ${st.percentComplete}%`).join(', ')}`).join('. ')}.`,
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

export function statusMix(m: ProgramModel, theme: Theme): ChartSpec {
  const present = ORDER.filter((st) => m.scenarios.some((s) => s.progress.byStatus[st] > 0));
  return {
    id: 'status-mix',
    title: 'Objectives by status, per scenario',
    altText: `Objectives by status, per scenario. ${m.scenarios.map((s) => `${s.shortTitle}: ${present.filter((st) => s.progress.byStatus[st] > 0).map((st) => `${s.progress.byStatus[st]} ${label(st).toLowerCase()}`).join(', ')}`).join('. ')}.`,
    type: 'bar',
    labels: m.scenarios.map((s) => s.shortTitle),
    series: present.map((st) => ({ name: label(st), values: m.scenarios.map((s) => s.progress.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    horizontal: true,
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}

export function functionalAreas(m: ProgramModel, theme: Theme): ChartSpec {
  const areas = m.areas.filter((a) => a.progress.total > 0);
  const present = ORDER.filter((st) => st !== 'not-applicable' && areas.some((a) => a.progress.byStatus[st] > 0));
  return {
    id: 'functional-areas',
    title: 'Objectives by functional area and status',
    altText: `Objectives by functional area and status. ${areas.map((a) => `${a.title}: ${a.progress.complete} of ${a.progress.applicable} complete (${a.progress.percentComplete}%)`).join('; ')}.`,
    type: 'bar',
    labels: areas.map((a) => a.title),
    series: present.map((st) => ({ name: label(st), values: areas.map((a) => a.progress.byStatus[st]), color: theme.colors.status[st] })),
    stacked: true,
    horizontal: true,
    legend: true,
    valueAxis: { min: 0, format: 'integer' },
    size: WIDE,
  };
}
