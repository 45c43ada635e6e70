import { findOffice } from './find-office.js';
import { findRasteriser } from './rasterise.js';
import { runProcess } from './run-process.js';

export interface ToolReport {
  /** What the tool is for, in a few words. */
  name: string;
  /** Where it was found; undefined when it was not. */
  path?: string;
  /** Its version line, when it printed one. */
  version?: string;
}

async function versionOf(file: string, args: readonly string[]): Promise<string | undefined> {
  const run = await runProcess(file, args, { timeoutMs: 30_000 });
  const line = run.output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => /\d+\.\d+/.test(l) && !/^warning/i.test(l));
  return line?.slice(0, 200);
}

/** The programs --format pdf and previews run, where they were found and their versions (ztdeck doctor). */
export async function officeTools(env: NodeJS.ProcessEnv = process.env): Promise<ToolReport[]> {
  const soffice = findOffice(env);
  const pdftoppm = findRasteriser(env);
  return [
    { name: 'LibreOffice (--format pdf, previews)', ...(soffice ? { path: soffice, version: await versionOf(soffice, ['--version']) } : {}) },
    { name: "poppler's pdftoppm (--format previews)", ...(pdftoppm ? { path: pdftoppm, version: await versionOf(pdftoppm, ['-v']) } : {}) },
  ];
}
