import type { ProgramModel, StageModel } from './types.js';

/**
 * The model with its stages renamed (a template that says "Phase 2" where the
 * catalog says "Stage 2"). Pure; every number stays as computed.
 */
export function relabelStages(model: ProgramModel, name: (number: number, label: string) => string): ProgramModel {
  const stage = (st: StageModel): StageModel => ({ ...st, label: name(st.stage, st.label) });
  return {
    ...model,
    catalog: { ...model.catalog, stageLabels: model.catalog.stageLabels.map((label, i) => name(i + 1, label)) },
    scenarios: model.scenarios.map((s) => ({
      ...s,
      stages: s.stages.map(stage),
      tracks: s.tracks.map((t) => ({ ...t, stages: t.stages.map(stage) })),
    })),
    since: model.since.map((item) => (item.kind === 'stage' ? { ...item, label: name(item.stage, item.label) } : item)),
  };
}
