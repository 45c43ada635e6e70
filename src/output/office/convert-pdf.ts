import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { userError } from '../../problems/user-error.js';
import { requireOffice } from './find-office.js';
import { normalisePdf } from './normalise-pdf.js';
import { oneAtATime } from './one-at-a-time.js';
import { quoteOutput, runProcess } from './run-process.js';

export interface PdfRequest {
  /** The .pptx bytes. */
  deck: Uint8Array;
  /** The deck's file name without .pptx; the PDF's title in a viewer's window comes from the deck itself. */
  name: string;
  /** The reporting date, YYYY-MM-DD: the PDF's creation date, so the same deck gives the same bytes. */
  reportingDate: string;
  timeoutSeconds: number;
}

/** PDF export options: the slide titles as bookmarks (an outline), no notes pages, no hidden slides. */
const EXPORT_FILTER = `pdf:impress_pdf_Export:${JSON.stringify({
  ExportBookmarks: { type: 'boolean', value: 'true' },
  ExportNotesPages: { type: 'boolean', value: 'false' },
  ExportHiddenSlides: { type: 'boolean', value: 'false' },
})}`;

/** The last conversion of this thread: build --watch converts again only when the deck's bytes changed. */
let last: { key: string; pdf: Buffer } | undefined;

/**
 * The deck converted to PDF by LibreOffice, one conversion at a time, each
 * with a profile folder of its own in a temporary folder that is removed
 * after. LibreOffice failing, or running past the time limit (then it and its
 * children are killed), is a user error that quotes what it printed.
 */
export async function convertToPdf(request: PdfRequest): Promise<Buffer> {
  const soffice = requireOffice(['pdf']);
  const key = createHash('sha256')
    .update(request.deck)
    .update(`\0${request.name}\0${request.reportingDate}\0${soffice}`)
    .digest('hex');
  if (last?.key === key) return last.pdf;
  const pdf = await oneAtATime(() => convertIn(soffice, request));
  last = { key, pdf };
  return pdf;
}

async function convertIn(soffice: string, request: PdfRequest): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ztdeck-office-'));
  try {
    const input = path.join(dir, 'in', `${request.name}.pptx`);
    await mkdir(path.dirname(input));
    await writeFile(input, request.deck);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--convert-to',
      EXPORT_FILTER,
      '--outdir',
      path.join(dir, 'out'),
      input,
    ];
    const run = await runProcess(soffice, args, { timeoutMs: request.timeoutSeconds * 1000, cwd: dir });
    if (run.timedOut)
      throw userError(
        'output',
        'office-timeout',
        `LibreOffice did not convert the deck to PDF within ${request.timeoutSeconds} s and was stopped; nothing was written. It printed: ${quoteOutput(run.output)}`,
        {
          hint: 'a first run on a slow machine can take a minute; raise pdf.timeout_seconds in template.yaml, or check that no dialog or broken profile holds LibreOffice',
        },
      );
    const pdf = await readFile(path.join(dir, 'out', `${request.name}.pdf`)).catch(() => undefined);
    if (run.startError || run.code !== 0 || !pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw userError(
        'output',
        'office-failed',
        `LibreOffice (${soffice}) could not convert the deck to PDF (${run.startError ?? `exit code ${run.code ?? 'none'}`}${pdf ? '' : ', no PDF'}); nothing was written. It printed: ${quoteOutput(run.output)}`,
        { hint: 'run the same command by hand to see more, or reinstall LibreOffice Impress; the other formats do not need it' },
      );
    return normalisePdf(pdf, request.deck, request.reportingDate);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
