import type { ProgramModel } from '../model/types.js';
import type { Theme } from '../schema/template.js';
import type { Wording } from '../templating/wording.js';
import type { ChartSpec } from './spec.js';
import { kpiChart } from './specs/kpi.js';
import { plannedVsActual } from './specs/planned-vs-actual.js';
import { functionalAreas, overallProgress, scenarioStages, statusMix } from './specs/program.js';
import { riskHeatmap } from './specs/risks.js';
import { statusByStage } from './specs/scenario.js';

type Make = (m: ProgramModel, t: Theme, w: Wording) => ChartSpec[];

/** Every chart kind and the specs it makes; a kind may make one chart, or one per scenario or KPI. */
export const chartKinds = {
  'overall-progress': (m, t, w) => [overallProgress(m, t, w)],
  'scenario-stages': (m, t, w) => [scenarioStages(m, t, w)],
  'status-mix': (m, t, w) => [statusMix(m, t, w)],
  'status-by-stage': (m, t, w) => m.scenarios.map((s) => statusByStage(s, t, w)),
  'functional-areas': (m, t, w) => (m.areas.some((a) => a.progress.total > 0) ? [functionalAreas(m, t, w)] : []),
  kpi: (m, t, w) => m.kpis.map((k) => kpiChart(k, t, w, m.reportingDate)),
  'risk-heatmap': (m, t, w) => (m.risks.length ? [riskHeatmap(m, t, w)] : []),
  'planned-vs-actual': (m, t, w) => [plannedVsActual(m, t, w)],
} as const satisfies Record<string, Make>;

/** All charts of a program, in a stable order. */
export function chartSpecs(model: ProgramModel, theme: Theme, wording: Wording): ChartSpec[] {
  return Object.values(chartKinds).flatMap((make: Make) => make(model, theme, wording));
}
