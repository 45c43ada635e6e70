import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/index.js';
import type { Problem } from '../../src/problems/problem.js';
import { fixturesDir, runCli } from '../helpers/cli.js';

/**
 * The layout matrix: programs that broke the layout (long text, right-to-left
 * text, catalogs of six and eight stages) built with brands in different
 * fonts: the default (Calibri), Arial, a Verdana and Tahoma brand, and real
 * templates imported from .potx files (LibreOffice's Vivid in Arial, and the
 * Microsoft Graph training deck in Segoe UI; see
 * test/fixtures/corporate-templates/SOURCES.md).
 */
export const layoutDir = path.join(fixturesDir, 'layout');
export const programs = readdirSync(path.join(layoutDir, 'programs')).sort();

/** Templates imported from real .potx files by `ztdeck template import`, as a new user does. */
const IMPORTED = ['lo-vivid', 'msgraph-training'] as const;

export interface LayoutDeck {
  program: string;
  template: string;
  bytes: Uint8Array;
  warnings: Problem[];
}

/** Imports the real templates into a temporary folder; returns template name → folder. */
export async function templates(): Promise<Map<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-layout-'));
  const out = new Map<string, string>([
    ['default', 'default'],
    ['arial-brand', path.join(layoutDir, 'templates', 'arial-brand')],
    ['verdana-brand', path.join(layoutDir, 'templates', 'verdana-brand')],
  ]);
  for (const name of IMPORTED) {
    const potx = path.join(fixturesDir, 'corporate-templates', `${name}.potx`);
    const r = await runCli(['template', 'import', potx, '--name', name, '--dir', dir]);
    if (r.code !== 0) throw new Error(`template import ${name} failed: ${r.stderr}`);
    out.set(name, path.join(dir, name));
  }
  return out;
}

/** Builds every program of the matrix with every template (the deck only). */
export async function buildMatrix(): Promise<LayoutDeck[]> {
  const decks: LayoutDeck[] = [];
  for (const [template, folder] of await templates()) {
    for (const program of programs) {
      const result = await build(path.join(layoutDir, 'programs', program), {
        outDir: path.join(tmpdir(), 'ztdeck-layout-out'),
        template: folder,
        formats: ['pptx'],
      });
      const file = result.files.find((f) => f.path.endsWith('.pptx'));
      if (!file) throw new Error(`no deck for ${program} with ${template}`);
      decks.push({ program, template, bytes: file.content as Uint8Array, warnings: result.warnings });
    }
  }
  return decks;
}
