import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { userError } from '../../problems/user-error.js';
import { findOnPath } from './find-office.js';
import { quoteOutput, runProcess } from './run-process.js';

/** The environment variable that names poppler's pdftoppm, when it is not on the PATH. */
export const RASTERISER_VARIABLE = 'ZTDECK_PDFTOPPM';

/** poppler's pdftoppm: ZTDECK_PDFTOPPM, else on the PATH; undefined when none. */
export function findRasteriser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[RASTERISER_VARIABLE] || findOnPath('pdftoppm', env);
}

export function requireRasteriser(env: NodeJS.ProcessEnv = process.env): string {
  const found = findRasteriser(env);
  if (found) return found;
  throw userError(
    'usage',
    'office-missing',
    '--format previews needs poppler\'s pdftoppm to draw the PDF\'s pages, which was not found (on the PATH, or ZTDECK_PDFTOPPM); nothing was written',
    {
      hint: 'install poppler (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler; Windows: the poppler build of your package manager); the other formats do not need it',
    },
  );
}

/** The last pages drawn in this thread: build --watch draws them again only when the PDF changed. */
let last: { key: string; pages: Buffer[] } | undefined;

/** One PNG per page of the PDF, `width` pixels wide, in page order. */
export async function rasterise(pdf: Buffer, width: number, timeoutSeconds: number): Promise<Buffer[]> {
  const pdftoppm = requireRasteriser();
  const key = createHash('sha256').update(pdf).update(`\0${width}\0${pdftoppm}`).digest('hex');
  if (last?.key === key) return last.pages;
  const pages = await draw(pdftoppm, pdf, width, timeoutSeconds);
  last = { key, pages };
  return pages;
}

async function draw(pdftoppm: string, pdf: Buffer, width: number, timeoutSeconds: number): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ztdeck-previews-'));
  try {
    const input = path.join(dir, 'deck.pdf');
    await writeFile(input, pdf);
    const args = ['-png', '-scale-to-x', String(width), '-scale-to-y', '-1', input, path.join(dir, 'page')];
    const run = await runProcess(pdftoppm, args, { timeoutMs: timeoutSeconds * 1000, cwd: dir });
    const pages = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f));
    if (run.timedOut || run.startError || run.code !== 0 || pages.length === 0)
      throw userError(
        'output',
        run.timedOut ? 'office-timeout' : 'office-failed',
        `pdftoppm (${pdftoppm}) could not draw the PDF's pages (${run.timedOut ? `stopped after ${timeoutSeconds} s` : (run.startError ?? `exit code ${run.code ?? 'none'}`)}); nothing was written. It printed: ${quoteOutput(run.output)}`,
        { hint: 'reinstall poppler-utils; the other formats do not need it' },
      );
    const number = (f: string) => Number(/\d+/.exec(f)?.[0]);
    pages.sort((a, b) => number(a) - number(b));
    return await Promise.all(pages.map((f) => readFile(path.join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** previews/slide-01.png …: two digits at least, more for a deck of 100 slides or more. */
export function previewName(index: number, count: number): string {
  return `slide-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.png`;
}
