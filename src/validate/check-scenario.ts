import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Problem, Severity } from '../problems/problem.js';
import type { ProgramScope } from '../schema/program.js';
import type { ScenarioFile } from '../schema/scenario.js';
import type { Validated } from '../data/validate-file.js';
import { earliestPlausibleDate } from '../schema/common.js';
import { problemAt } from './located.js';
import { suggestionHint } from '../problems/suggest.js';

/** What the checks of one scenario file share: its data, the catalog's ids for it, where a problem is recorded. */
interface ScenarioCheck {
  data: ScenarioFile;
  catalog: CatalogIndex;
  program: ProgramScope;
  at: At;
  stageCount: number;
  stageRange: string;
  trackIds: string[];
  areaIds: string[];
  phaseIds: string[];
}

/** Checks a scenario file against the catalog and the reporting date. */
export function checkScenario(
  scenario: Validated<ScenarioFile>,
  catalog: CatalogIndex,
  program: ProgramScope,
): Problem[] {
  const { file, data } = scenario;
  const problems: Problem[] = [];
  const at: At = (path, code, message, hint, options) => {
    problems.push(problemAt(file, path, code, message, hint, options));
  };
  const entry = catalog.scenario(data.scenario);
  if (!entry) return problems;
  const check: ScenarioCheck = {
    data,
    catalog,
    program,
    at,
    stageCount: catalog.stageCount,
    stageRange: `from 1 to ${catalog.stageCount}`,
    trackIds: (entry.tracks ?? []).map((t) => t.id),
    areaIds: catalog.catalog.functional_areas.map((a) => a.id),
    phaseIds: catalog.catalog.lifecycle_phases.map((p) => p.id),
  };
  checkStagesAndTracks(check);
  checkObjectives(check);
  checkCustomObjectives(check);
  return problems;
}

/** The focus stage, the phase and the tracks' names and focus stages. */
function checkStagesAndTracks({ data, at, stageCount, stageRange, trackIds, phaseIds }: ScenarioCheck): void {
  if (data.focus_stage > stageCount)
    at(
      ['focus_stage'],
      'out-of-range',
      `focus_stage is ${data.focus_stage}; it must be ${stageRange}`,
      `the catalog has ${stageCount} stages`,
    );
  if (phaseIds.length > 0 && !phaseIds.includes(data.phase)) {
    at(
      ['phase'],
      'unknown-reference',
      `"${data.phase}" is not a lifecycle phase`,
      suggestionHint(data.phase, phaseIds, `use one of: ${phaseIds.join(', ')}`),
    );
  }
  for (const [track, t] of Object.entries(data.tracks ?? {})) {
    if (!trackIds.includes(track)) {
      at(
        ['tracks', track],
        'unknown-reference',
        `"${track}" is not a track of ${data.scenario}`,
        trackIds.length
          ? suggestionHint(track, trackIds, `tracks: ${trackIds.join(', ')}`)
          : 'this scenario has no tracks; remove tracks:',
        { want: 'key' },
      );
    } else if (t.focus_stage > stageCount) {
      at(
        ['tracks', track, 'focus_stage'],
        'out-of-range',
        `focus_stage is ${t.focus_stage}; it must be ${stageRange}`,
        `the catalog has ${stageCount} stages`,
      );
    }
  }
}

/** The catalog objectives recorded: each one of this scenario's, its dates and areas. */
function checkObjectives({ data, catalog, program, at, areaIds }: ScenarioCheck): void {
  const catalogIds = catalog.objectiveIds(data.scenario);
  for (const [id, record] of Object.entries(data.objectives)) {
    if (!catalog.objective(data.scenario, id)) {
      const elsewhere = catalog.scenariosWith(id);
      const hint = elsewhere.length
        ? `that objective belongs to ${elsewhere.join(' and ')}; record it in that scenario's file, or add it here under custom_objectives`
        : suggestionHint(id, catalogIds, `ztdeck catalog ${data.scenario} lists this scenario's objectives`);
      at(['objectives', id], 'unknown-objective', `"${id}" is not an objective of ${data.scenario}`, hint, {
        want: 'key',
      });
    }
    checkRecordDates(['objectives', id], record, program, at);
    checkAreas(['objectives', id], record.areas, areaIds, at);
  }
}

/** The scenario's own objectives: ids that are no catalog id, stages, tracks, dates and areas. */
function checkCustomObjectives(check: ScenarioCheck): void {
  const { data, catalog, program, at, stageCount, stageRange, trackIds, areaIds } = check;
  for (const [id, custom] of Object.entries(data.custom_objectives)) {
    const clash = catalog.scenariosWith(id);
    if (clash.length > 0) {
      at(
        ['custom_objectives', id],
        'duplicate-id',
        `the custom objective id "${id}" is already a catalog objective of ${clash.join(' and ')}`,
        'choose another id, for example with your organization as prefix',
        { want: 'key' },
      );
    }
    if (custom.stage > stageCount)
      at(
        ['custom_objectives', id, 'stage'],
        'out-of-range',
        `stage is ${custom.stage}; it must be ${stageRange}`,
        `the catalog has ${stageCount} stages`,
      );
    if (trackIds.length > 0 && custom.track === undefined) {
      at(
        ['custom_objectives', id],
        'missing-key',
        `custom objective ${id} needs a track: ${data.scenario} is split in tracks`,
        `add track: ${trackIds.join(' or ')}`,
        { want: 'key' },
      );
    } else if (custom.track !== undefined && !trackIds.includes(custom.track)) {
      at(
        ['custom_objectives', id, 'track'],
        'unknown-reference',
        `"${custom.track}" is not a track of ${data.scenario}`,
        trackIds.length ? `use ${trackIds.join(' or ')}` : 'this scenario has no tracks; remove track:',
      );
    }
    checkRecordDates(['custom_objectives', id], custom, program, at);
    checkAreas(['custom_objectives', id], custom.areas, areaIds, at);
  }
}

export type At = (
  path: (string | number)[],
  code: Problem['code'],
  message: string,
  hint?: string,
  options?: { severity?: Severity; want?: 'value' | 'key' },
) => void;

interface DatedRecord {
  status: string;
  started?: string | undefined;
  completed?: string | undefined;
  due?: string | undefined;
  blockers?: string[] | undefined;
}

function checkRecordDates(path: string[], r: DatedRecord, program: ProgramScope, at: At): void {
  const today = program.reporting.date;
  const earliest = earliestPlausibleDate(today);
  for (const field of ['started', 'due', 'completed'] as const) {
    const value = r[field];
    if (value !== undefined && value < earliest) {
      at(
        [...path, field],
        'implausible-date',
        `${field} (${value}) is long before the program (before ${earliest})`,
        'is it an empty date from a spreadsheet (1970-01-01, 1900-01-01)? Correct it; the planned-versus-actual chart leaves it out of its time axis',
        { severity: 'warning' },
      );
    }
  }
  for (const field of ['started', 'completed'] as const) {
    const value = r[field];
    if (value !== undefined && value > today) {
      at(
        [...path, field],
        'date-order',
        `${field} (${value}) is after the reporting date (${today})`,
        `a ${field} date is in the past; use the due date for plans`,
      );
    }
  }
  if (r.status === 'blocked' && (r.blockers?.length ?? 0) === 0) {
    at(
      [...path, 'status'],
      'blocked-without-blocker',
      'the objective is blocked but blockers: is empty',
      'add blockers: with what blocks it, so leaders can act',
      { severity: 'warning' },
    );
  }
  if (r.status === 'complete' && r.completed === undefined) {
    at(
      [...path, 'status'],
      'complete-without-date',
      'the objective is complete but has no completed date',
      'add completed: YYYY-MM-DD so planned-versus-actual can place it',
      { severity: 'warning' },
    );
  }
}

function checkAreas(path: string[], areas: string[] | undefined, areaIds: string[], at: At): void {
  for (const [i, a] of (areas ?? []).entries()) {
    if (!areaIds.includes(a))
      at(
        [...path, 'areas', i],
        'unknown-reference',
        `"${a}" is not a functional area`,
        suggestionHint(a, areaIds, `use one of: ${areaIds.join(', ')}`),
      );
  }
}
