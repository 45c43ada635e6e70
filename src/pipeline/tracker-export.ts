import path from 'node:path';
import { unzipSync } from 'fflate';
import { deflatePart, writeZip } from '../ooxml/zip-writer.js';
import { programAndLook } from './tracker-look.js';

export interface TrackerExportOptions {
  dataDir: string;
  out: string;
  force: boolean;
}

/**
 * The zip rewritten with its entries in the order written and every date the
 * reporting date: exceljs dates the zip's entries by the clock, and the same
 * data must give the same workbook bytes.
 */
export function deterministicZip(bytes: Uint8Array, date: string): Uint8Array {
  const entries = Object.entries(unzipSync(bytes));
  const mtime = new Date(`${date}T00:00:00`);
  return writeZip(
    entries.map(([name, data]) => ({ name, part: deflatePart(data, 6), level: 6 as const })),
    mtime,
  );
}

/** ztdeck tracker export: the valid program as a workbook, written as one file. */
export async function exportTracker(options: TrackerExportOptions): Promise<{ file: string; sheets: number }> {
  const { data, look } = await programAndLook(options.dataDir);
  const [{ trackerWorkbook }, { writeFiles }] = await Promise.all([
    import('../tracker/export-workbook.js'),
    import('../output/write-files.js'),
  ]);
  const bytes = deterministicZip(await trackerWorkbook(data, look), data.program.reporting.date);
  const file = path.resolve(options.out);
  await writeFiles([{ path: file, content: bytes }], { overwrite: options.force });
  const [{ scenarioSheets }, { registers }] = await Promise.all([
    import('../tracker/sheets.js'),
    import('../tracker/registers.js'),
  ]);
  return { file, sheets: scenarioSheets(data).length + registers.length + 2 };
}
