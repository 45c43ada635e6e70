import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** Every scenario file of a program folder, by name, as text. */
export function scenarioTexts(data: string): Record<string, string> {
  const dir = path.join(data, 'scenarios');
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** A workbook opened, edited by `edit` and saved again, as a person would with a spreadsheet program. */
export async function editWorkbook(
  file: string,
  out: string,
  edit: (book: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  await edit(book);
  await book.xlsx.writeFile(out);
  return out;
}

/** The data row of an objective, found by its Id (column L). */
export function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(12).value === id) found = row;
  });
  if (!found) throw new Error(`no row with Id ${id} on ${ws.name}`);
  return found;
}
