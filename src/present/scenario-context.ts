import type { ObjectiveModel, PersonModel, Progress, ScenarioModel, StageModel, TrackModel } from '../model/types.js';
import type { Wording } from '../templating/wording.js';
import type { ReportCounts, ReportObjective, ReportPerson, ReportScenario, ReportStage } from './summary-schema.js';

/** The scenarios of summary.json: their stages, tracks and objectives, with their labels. */

/** The scenarios' short titles by id: how an objective names its scenario. */
export type ShortTitles = ReadonlyMap<string, string>;

export function counts(p: Progress): ReportCounts {
  return {
    total: p.total,
    applicable: p.applicable,
    complete: p.complete,
    percentComplete: p.percentComplete,
    progress: p.progress,
    overdue: p.overdue,
    notApplicable: p.byStatus['not-applicable'],
    byStatus: { ...p.byStatus },
  };
}

function person(p: PersonModel): ReportPerson {
  return { name: p.name, role: p.role, responsibility: p.responsibility ?? null };
}

function stageContext(st: StageModel, wording: Wording): ReportStage {
  return {
    stage: st.stage,
    label: st.label,
    state: st.state,
    stateLabel: wording.t(`state.${st.state}`),
    isFocus: st.isFocus,
    ...counts(st),
  };
}

export function objectiveContext(o: ObjectiveModel, short: ShortTitles, wording: Wording): ReportObjective {
  return {
    key: o.key,
    id: o.id,
    title: o.title,
    scenario: short.get(o.scenarioId) ?? o.scenarioId,
    stage: o.stage,
    track: o.track ?? null,
    custom: o.custom,
    areas: o.areas,
    status: o.status,
    statusLabel: wording.t(`status.${o.status}`),
    owner: o.owner ?? null,
    due: o.due ?? null,
    started: o.started ?? null,
    completed: o.completed ?? null,
    percent: o.percent,
    overdue: o.overdue,
    daysOverdue: o.daysOverdue,
    blockers: o.blockers,
    reason: o.reason ?? null,
    reasonLabel: o.reason ? wording.t(`reason.${o.reason}`) : null,
    notes: o.notes ?? null,
    evidence: o.evidence ?? null,
  };
}

function trackContext(t: TrackModel, wording: Wording): ReportScenario['tracks'][number] {
  return {
    id: t.id,
    title: t.title,
    focusStage: t.focusStage,
    finished: t.finished,
    ...counts(t.progress),
    stages: t.stages.map((st) => stageContext(st, wording)),
  };
}

export interface ScenarioInputs {
  stageLabels: readonly string[];
  redOverdueDays: number;
  short: ShortTitles;
  wording: Wording;
}

export function scenarioContext(s: ScenarioModel, { stageLabels, redOverdueDays, short, wording }: ScenarioInputs) {
  const scenario: ReportScenario = {
    id: s.id,
    title: s.title,
    shortTitle: s.shortTitle,
    notes: s.notes ?? null,
    phase: s.phase,
    focusStage: s.focusStage,
    focusStageLabel: stageLabels[s.focusStage - 1] ?? String(s.focusStage),
    health: {
      ...s.health,
      label: wording.t(`health.${s.health.level}`),
      reasons: wording.t('health_reasons', { ...s.health, days: redOverdueDays }),
    },
    finished: s.finished,
    ...counts(s.progress),
    sponsor: person(s.sponsor),
    lead: person(s.lead),
    stakeholders: s.stakeholders.map(person),
    stages: s.stages.map((st) => stageContext(st, wording)),
    tracks: s.tracks.map((t) => trackContext(t, wording)),
    objectives: s.objectives.map((o) => objectiveContext(o, short, wording)),
  };
  return scenario;
}
