import type { ObjectiveRecord } from '../schema/objective.js';
import type { Status } from '../schema/status.js';
import type { ProgramData } from '../validate/program-data.js';

/** One objective as a row of the tracker: the catalog's words and the program's record. */
export interface TrackerRow {
  id: string;
  custom: boolean;
  stage: number;
  title: string;
  /** The functional areas the objective covers (the catalog's, or the record's own). */
  includes: string;
  /** The fields a row shows, as the YAML holds them (undefined: not written). */
  record: Partial<ObjectiveRecord> & { status?: Status };
}

/** A scenario sheet: a scenario, or one track of a scenario split in tracks. */
export interface ScenarioSheet {
  name: string;
  /** The hidden mark that finds the sheet again when it was renamed: `scenario/<id>[/<track>]`. */
  mark: string;
  scenarioId: string;
  track?: string;
  rows: TrackerRow[];
}

const MAX_SHEET_NAME = 31;

/** A name Excel accepts for a sheet (no []:*?/\, at most 31 characters), unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${clean.slice(0, MAX_SHEET_NAME - String(n).length - 3).trim()} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The rows of a scenario, catalog objectives first in the catalog's order, then the custom ones, by stage. */
function scenarioRows(data: ProgramData, scenarioId: string): TrackerRow[] {
  const file = data.scenarios.find((s) => s.scenario === scenarioId);
  const scenario = data.catalog.scenario(scenarioId);
  const areaTitles = new Map(data.catalog.catalog.functional_areas.map((a) => [a.id, a.title]));
  const includes = (areas: readonly string[] | undefined) =>
    (areas ?? []).map((a) => areaTitles.get(a) ?? a).join(', ');
  const rows: (TrackerRow & { track?: string })[] = [];
  for (const stage of scenario?.stages ?? []) {
    for (const o of stage.objectives) {
      const record: TrackerRow['record'] = file?.objectives[o.id] ?? {};
      rows.push({
        id: o.id,
        custom: false,
        stage: stage.stage,
        title: o.title,
        includes: includes(record.areas ?? o.areas),
        record,
        ...(o.track ? { track: o.track } : {}),
      });
    }
  }
  for (const [id, c] of Object.entries(file?.custom_objectives ?? {})) {
    const { title, stage, track, ...record } = c;
    const at = rows.findLastIndex((r) => r.stage <= stage);
    const row = { id, custom: true, stage, title, includes: includes(c.areas), record, ...(track ? { track } : {}) };
    rows.splice(at + 1, 0, row);
  }
  return rows;
}

/** A track's sheet name: the scenario's and the track's title when they fit in 31 characters, else shorter words. */
function trackSheetName(scenario: string, track: { id: string; title: string }): string {
  const full = `${scenario} - ${track.title}`;
  if (full.length <= MAX_SHEET_NAME) return full;
  return `${scenario.split(' ')[0] ?? scenario} - ${track.id.replace(/-/g, ' ')}`;
}

/** The scenario sheets of a program, in the program's order: one per scenario, or one per track. */
export function scenarioSheets(data: ProgramData, taken = new Set<string>()): ScenarioSheet[] {
  const sheets: ScenarioSheet[] = [];
  for (const file of data.scenarios) {
    const scenario = data.catalog.scenario(file.scenario);
    const rows = scenarioRows(data, file.scenario);
    const title = scenario?.short_title ?? file.scenario;
    const tracks = scenario?.tracks ?? [];
    if (tracks.length === 0) {
      sheets.push({
        name: sheetName(title, taken),
        mark: `scenario/${file.scenario}`,
        scenarioId: file.scenario,
        rows,
      });
      continue;
    }
    for (const t of tracks) {
      sheets.push({
        name: sheetName(trackSheetName(title, t), taken),
        mark: `scenario/${file.scenario}/${t.id}`,
        scenarioId: file.scenario,
        track: t.id,
        rows: rows.filter((r) => (r as { track?: string }).track === t.id),
      });
    }
  }
  return sheets;
}
