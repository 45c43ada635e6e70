import type { CatalogIndex } from '../catalog/catalog-index.js';
import { own } from '../schema/names.js';
import type { ObjectiveRecord } from '../schema/objective.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { objectiveKey } from '../validate/program-data.js';
import { daysBetween } from './dates.js';
import type { ObjectiveModel } from './types.js';

export interface Period {
  start: string;
  date: string;
}

const NOT_STARTED: ObjectiveRecord = { status: 'not-started' };

/** Every objective of a scenario (catalog then custom, in stage order) with its record applied. */
export function scenarioObjectives(catalog: CatalogIndex, file: ScenarioFile, period: Period): ObjectiveModel[] {
  const entry = catalog.scenario(file.scenario);
  if (!entry) return [];
  const out: ObjectiveModel[] = [];
  for (const stage of entry.stages) {
    for (const o of stage.objectives) {
      out.push(
        objectiveModel(
          {
            scenarioId: file.scenario,
            id: o.id,
            stage: stage.stage,
            track: o.track,
            title: o.title,
            custom: false,
            catalogAreas: o.areas ?? [],
            record: own(file.objectives, o.id) ?? NOT_STARTED,
          },
          period,
        ),
      );
    }
  }
  for (const [id, c] of Object.entries(file.custom_objectives)) {
    out.push(
      objectiveModel(
        {
          scenarioId: file.scenario,
          id,
          stage: c.stage,
          track: c.track,
          title: c.title,
          custom: true,
          catalogAreas: [],
          record: c,
        },
        period,
      ),
    );
  }
  return out.sort((a, b) => a.stage - b.stage || Number(a.custom) - Number(b.custom));
}

interface ObjectiveInput {
  scenarioId: string;
  id: string;
  stage: number;
  track: string | undefined;
  title: string;
  custom: boolean;
  catalogAreas: string[];
  record: ObjectiveRecord;
}

function objectiveModel(i: ObjectiveInput, period: Period): ObjectiveModel {
  const r = i.record;
  const applicable = r.status !== 'not-applicable';
  const done = r.status === 'complete';
  const overdue = applicable && !done && r.due !== undefined && r.due < period.date;
  const percent = done ? 100 : r.status === 'not-started' || !applicable ? 0 : (r.percent ?? 0);
  return {
    key: objectiveKey(i.scenarioId, i.id),
    id: i.id,
    scenarioId: i.scenarioId,
    stage: i.stage,
    ...(i.track !== undefined ? { track: i.track } : {}),
    title: i.title,
    custom: i.custom,
    areas: r.areas ?? i.catalogAreas,
    status: r.status,
    ...definedOnly({
      owner: r.owner,
      due: r.due,
      started: r.started,
      completed: r.completed,
      reason: r.reason,
      notes: r.notes,
      evidence: r.evidence,
    }),
    percent,
    blockers: r.blockers ?? [],
    overdue,
    daysOverdue: overdue && r.due !== undefined ? daysBetween(r.due, period.date) : 0,
    daysLate:
      done && r.due !== undefined && r.completed !== undefined ? Math.max(0, daysBetween(r.due, r.completed)) : 0,
    completedInPeriod: done && r.completed !== undefined && r.completed >= period.start && r.completed <= period.date,
  };
}

/** Copies only the keys whose value is defined (the model never holds `undefined` values). */
export function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
