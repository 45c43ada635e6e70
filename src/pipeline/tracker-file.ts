import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { displayPath } from '../problems/display-path.js';
import { userError } from '../problems/user-error.js';

/** The largest workbook tracker import reads, and the most its parts may hold once unzipped. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
export const MAX_WORKBOOK_UNZIPPED = 200 * 1024 * 1024;

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/**
 * The bytes of a workbook to import, refused clearly before exceljs sees
 * them: a file that is not a regular file, over the size caps (also once
 * unzipped: a zip bomb), not a zip at all, or an encrypted workbook (an OLE
 * compound file, as Excel saves a workbook with a password to open, or an old .xls).
 */
export async function readWorkbookFile(file: string): Promise<Uint8Array> {
  const shown = displayPath(path.resolve(file));
  const refuse = (code: 'tracker-workbook' | 'path-not-found' | 'file-too-large', message: string, hint: string) =>
    userError('input', code, message, { hint, location: { file: shown } });
  const info = await stat(file).catch(() => undefined);
  if (!info) throw refuse('path-not-found', `${shown} does not exist`, 'check the path');
  if (!info.isFile()) throw refuse('tracker-workbook', `${shown} is not a file`, 'give the .xlsx file');
  if (info.size > MAX_WORKBOOK_BYTES)
    throw refuse(
      'file-too-large',
      `the workbook is ${mib(info.size)}; the limit is ${mib(MAX_WORKBOOK_BYTES)}`,
      'remove the sheets and pictures added to it',
    );
  const bytes = new Uint8Array(await readFile(file));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw refuse(
      'tracker-workbook',
      `${shown} is encrypted (saved with a password to open) or an old .xls workbook`,
      'save it again as an Excel Workbook (.xlsx) without a password to open (a sheet protection is fine)',
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw refuse(
      'tracker-workbook',
      `${shown} is not an Excel workbook`,
      'give the .xlsx file that ztdeck tracker export wrote, as the owners saved it',
    );
  let unzipped = 0;
  let hasWorkbook = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        unzipped += f.originalSize;
        hasWorkbook ||= f.name === 'xl/workbook.xml';
        return false;
      },
    });
  } catch {
    throw refuse(
      'tracker-workbook',
      `${shown} is not a readable workbook (a damaged zip)`,
      'save it again from Excel, Calc or Google Sheets as .xlsx',
    );
  }
  if (unzipped > MAX_WORKBOOK_UNZIPPED)
    throw refuse(
      'file-too-large',
      `the workbook holds ${mib(unzipped)} once unzipped; the limit is ${mib(MAX_WORKBOOK_UNZIPPED)}`,
      'remove the sheets and pictures added to it',
    );
  if (!hasWorkbook)
    throw refuse('tracker-workbook', `${shown} is a zip but not an Excel workbook`, 'give the .xlsx file');
  return bytes;
}
