import ExcelJS from 'exceljs';
import { statusIds } from '../schema/status.js';
import type { ProgramData } from '../validate/program-data.js';
import { MARK_PREFIX, type TrackerLook } from './columns.js';
import { excelDate } from './cell-values.js';
import { scenarioSheets } from './sheets.js';
import { writeKpiSheet } from './kpi-values.js';
import { kpiSheet, registers, reservedSheetNames } from './registers.js';
import { writeRegisterSheet } from './write-register.js';
import { writeScenarioSheet } from './write-sheet.js';

export const ABOUT_SHEET = 'About';

/**
 * The tracker workbook of a valid program: an About sheet and a sheet per
 * scenario (per track). Its dates are the reporting date, never the clock;
 * the zip exceljs writes still carries the clock, so the caller rewrites it
 * (pipeline/tracker-export.ts) for the same bytes from the same data.
 */
export async function trackerWorkbook(data: ProgramData, look: TrackerLook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const date = excelDate(data.program.reporting.date);
  book.creator = 'ztdeck';
  book.lastModifiedBy = 'ztdeck';
  book.created = date;
  book.modified = date;
  const sheets = scenarioSheets(data, reservedSheetNames());
  writeAbout(book, data, look, [...sheets.map((s) => s.name), ...registers.map((r) => r.name), kpiSheet.name]);
  for (const sheet of sheets) writeScenarioSheet(book, sheet, look);
  for (const r of registers) writeRegisterSheet(book, r, r.records(data), look);
  writeKpiSheet(book, data.kpis, look);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function writeAbout(book: ExcelJS.Workbook, data: ProgramData, look: TrackerLook, sheets: string[]): void {
  const ws = book.addWorksheet(ABOUT_SHEET);
  const p = data.program;
  const rows: [string, string | Date][] = [
    ['Organization', p.organization],
    ['Program', p.program],
    ['Reporting date', excelDate(p.reporting.date)],
    ['Exported', excelDate(p.reporting.date)],
    ['Statuses', statusIds.map((s) => look.statusLabels[s]).join(', ')],
    ['Sheets', sheets.join(', ')],
    ['', ''],
    ['How to use', 'Each scenario sheet lists its objectives, one row each. Edit Owner, Status, the dates,'],
    ['', '% complete (0 to 100), Blocker / reason not applicable (a blocker per line) and Notes.'],
    ['', 'Add an objective of your own in a new row: its Stage, its Objective title and its fields.'],
    ['', 'Sort and filter as you like: rows are matched by their Id, never by their position.'],
    ['', 'Do not change the Id column. A row you delete is reported, and its objective kept.'],
    ['', 'On Risks and Decisions, edit any column but the Id; a new row without an Id adds a risk or a decision.'],
    ['', 'On KPI values, change a value, or add a row (KPI, date, value) for a new measurement.'],
    ['', 'Then give the file back: `ztdeck tracker import` checks it and updates the program.'],
  ];
  ws.columns = [
    { key: 'a', width: 16 },
    { key: 'b', width: 90 },
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).font = { bold: true };
  for (const i of [3, 4]) ws.getRow(i).getCell(2).numFmt = look.dateFormat;
  ws.getCell('D1').value = `${MARK_PREFIX}about`;
  ws.getColumn(4).hidden = true;
}
