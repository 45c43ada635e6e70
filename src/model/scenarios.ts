import type { CatalogIndex } from '../catalog/catalog-index.js';
import { own } from '../schema/names.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { definedOnly, scenarioObjectives, type Period } from './objectives.js';
import { DEFAULT_HEALTH_RULE, healthOf, type HealthRule } from './health.js';
import { progressOf, stageState } from './progress.js';
import type { ObjectiveModel, PersonModel, ScenarioModel, StageModel, TrackModel } from './types.js';

/** Splits objectives into the catalog's stages, with each stage's counts and shield state. */
export function stagesOf(
  objectives: readonly ObjectiveModel[],
  labels: readonly string[],
  focusStage: number,
): StageModel[] {
  // Nothing applies (a scenario or track ruled out entirely): no stage is in focus.
  const applies = objectives.some((o) => o.status !== 'not-applicable');
  return labels.map((label, i) => {
    const stage = i + 1;
    const inStage = objectives.filter((o) => o.stage === stage);
    const progress = progressOf(inStage);
    return {
      stage,
      label,
      ...progress,
      state: stageState(progress),
      isFocus: applies && stage === focusStage,
      objectives: inStage,
    };
  });
}

function person(
  p: { name: string; role?: string | undefined; responsibility?: string | undefined },
  defaultRole: string,
): PersonModel {
  return { name: p.name, role: p.role ?? defaultRole, ...definedOnly({ responsibility: p.responsibility }) };
}

/** A set of stages is finished when at least one applies and every one that applies is complete. */
function finished(stages: readonly StageModel[]): boolean {
  return (
    stages.some((s) => s.state === 'complete') &&
    stages.every((s) => s.state === 'complete' || s.state === 'not-applicable')
  );
}

export function scenarioModel(
  catalog: CatalogIndex,
  file: ScenarioFile,
  period: Period,
  rule: HealthRule = DEFAULT_HEALTH_RULE,
): ScenarioModel {
  const entry = catalog.scenario(file.scenario);
  if (!entry) throw new Error(`scenario ${file.scenario} passed validation but is not in catalog ${catalog.id}`);
  const labels = catalog.catalog.stage_labels;
  const objectives = scenarioObjectives(catalog, file, period);
  const stages = stagesOf(objectives, labels, file.focus_stage);
  const tracks: TrackModel[] = (entry.tracks ?? []).map((t) => {
    const focusStage = own(file.tracks, t.id)?.focus_stage ?? file.focus_stage;
    const trackStages = stagesOf(
      objectives.filter((o) => o.track === t.id),
      labels,
      focusStage,
    );
    return {
      id: t.id,
      title: t.title,
      focusStage,
      stages: trackStages,
      progress: progressOf(objectives.filter((o) => o.track === t.id)),
      finished: finished(trackStages),
    };
  });
  const phase = catalog.catalog.lifecycle_phases.find((p) => p.id === file.phase);
  const progress = progressOf(objectives);
  return {
    id: entry.id,
    title: entry.title,
    shortTitle: entry.short_title,
    ...definedOnly({ summary: entry.summary, notes: file.notes }),
    focusStage: file.focus_stage,
    phase: { id: file.phase, title: phase?.title ?? file.phase },
    sponsor: person(file.stakeholders.sponsor, 'Sponsor'),
    lead: person(file.stakeholders.lead, 'Project lead'),
    stakeholders: file.stakeholders.others.map((p) => person(p, '')),
    stages,
    tracks,
    progress,
    health: healthOf(objectives, progress, rule),
    finished: finished(stages),
    objectives,
    notApplicable: objectives.filter((o) => o.status === 'not-applicable'),
  };
}
