import type { ProgramModel } from '../model/types.js';
import type { Theme } from '../schema/template.js';
import type { ChartSpec } from './spec.js';
import { kpiChart } from './specs/kpi.js';
import { plannedVsActual } from './specs/planned-vs-actual.js';
import { functionalAreas, overallProgress, scenarioStages, statusMix } from './specs/program.js';
import { riskHeatmap } from './specs/risks.js';
import { statusByStage } from './specs/scenario.js';

/** Every chart kind and the specs it makes; each kind may make one chart or one per scenario or KPI. */
export const chartKinds = {
  'overall-progress': (m: ProgramModel, t: Theme) => [overallProgress(m, t)],
  'scenario-stages': (m: ProgramModel, t: Theme) => [scenarioStages(m, t)],
  'status-mix': (m: ProgramModel, t: Theme) => [statusMix(m, t)],
  'status-by-stage': (m: ProgramModel, t: Theme) => m.scenarios.map((s) => statusByStage(s, t)),
  'functional-areas': (m: ProgramModel, t: Theme) => (m.areas.some((a) => a.progress.total > 0) ? [functionalAreas(m, t)] : []),
  kpi: (m: ProgramModel, t: Theme) => m.kpis.map((k) => kpiChart(k, t)),
  'risk-heatmap': (m: ProgramModel, t: Theme) => (m.risks.length ? [riskHeatmap(m, t)] : []),
  'planned-vs-actual': (m: ProgramModel, t: Theme) => [plannedVsActual(m, t)],
} as const satisfies Record<string, (m: ProgramModel, t: Theme) => ChartSpec[]>;

export type ChartKind = keyof typeof chartKinds;

/** All charts of a program, in a stable order. */
export function chartSpecs(model: ProgramModel, theme: Theme): ChartSpec[] {
  return Object.values(chartKinds).flatMap((make) => make(model, theme));
}
