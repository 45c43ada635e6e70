import { problem, type Problem } from '../problems/problem.js';
import type { ProgramData } from '../validate/program-data.js';
import { checkEdits } from './check-edits.js';
import type { TrackerLook } from './columns.js';
import type { ObjectiveEdit, RecordEdit } from './edits.js';
import { matchSheets } from './match-sheets.js';
import { planSheet } from './plan-rows.js';
import { readWorkbook, type ReadBook } from './read-workbook.js';
import { planRegister } from './plan-register.js';
import { planKpiValues } from './kpi-values.js';
import { kpiSheet, registers, reservedSheetNames } from './registers.js';
import { scenarioSheets } from './sheets.js';

/** The edits a workbook makes to a program, or every problem found in it, located as `Sheet!Cell`. */
export async function planImport(
  bytes: Uint8Array,
  data: ProgramData,
  look: TrackerLook,
  workbook: string,
): Promise<{ edits: ObjectiveEdit[]; records: RecordEdit[]; problems: Problem[] }> {
  let book: ReadBook;
  try {
    book = await readWorkbook(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      edits: [],
      records: [],
      problems: [
        problem('tracker-workbook', `${workbook} cannot be read as a workbook (${why})`, {
          hint: 'open it in Excel, Calc or Google Sheets and save it again as .xlsx',
          location: { file: workbook },
        }),
      ],
    };
  }
  const expected = scenarioSheets(data, reservedSheetNames());
  const ofRegister = (name: string, mark?: string) =>
    [...registers, kpiSheet].find((r) => (mark ? r.mark === mark : r.name.toLowerCase() === name.trim().toLowerCase()));
  const rest = book.sheets.filter((s) => !ofRegister(s.name, s.mark));
  const matched = matchSheets({ ...book, sheets: rest }, expected, workbook);
  const problems = [...matched.problems];
  const records: RecordEdit[] = [];
  for (const read of book.sheets.filter((s) => !rest.includes(s))) {
    const register = ofRegister(read.name, read.mark);
    if (!register) continue;
    const plan =
      'records' in register
        ? planRegister({ read, register, records: register.records(data), book, look })
        : planKpiValues(read, data.kpis, book, look);
    records.push(...plan.edits);
    problems.push(...plan.problems);
  }
  const edits: ObjectiveEdit[] = [];
  const taken = new Map<string, Set<string>>();
  for (const [read, sheet] of matched.pairs) {
    const ids = taken.get(sheet.scenarioId) ?? scenarioIds(data, sheet.scenarioId);
    taken.set(sheet.scenarioId, ids);
    const stages = data.catalog.scenario(sheet.scenarioId)?.stages.length ?? data.catalog.stageCount;
    const plan = planSheet({ read, sheet, book, look, stages, taken: ids });
    edits.push(...plan.edits);
    problems.push(...plan.problems);
  }
  problems.push(...checkEdits(edits));
  return { edits, records, problems };
}

function scenarioIds(data: ProgramData, scenarioId: string): Set<string> {
  const file = data.scenarios.find((s) => s.scenario === scenarioId);
  return new Set([...data.catalog.objectiveIds(scenarioId), ...Object.keys(file?.custom_objectives ?? {})]);
}
