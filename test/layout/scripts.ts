import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/index.js';
import { fixturesDir } from '../helpers/cli.js';
import type { LayoutDeck } from './matrix.js';

/**
 * The script fixtures (test/fixtures/scripts/programs: Arabic, Hebrew,
 * Japanese, Simplified Chinese, Korean, and English with Arabic names and
 * items), each built with its own template, for the LibreOffice render
 * (CJK text needs fonts-noto-cjk there).
 */
export async function scriptDecks(): Promise<LayoutDeck[]> {
  const root = path.join(fixturesDir, 'scripts', 'programs');
  const decks: LayoutDeck[] = [];
  for (const program of readdirSync(root).sort()) {
    const result = await build(path.join(root, program), {
      outDir: mkdtempSync(path.join(tmpdir(), 'ztdeck-scripts-render-')),
      formats: ['pptx'],
    });
    const file = result.files.find((f) => f.path.endsWith('.pptx'));
    if (!file) throw new Error(`no deck for the script fixture ${program}`);
    decks.push({
      program: `scripts-${program}`,
      template: 'own',
      bytes: file.content as Uint8Array,
      warnings: result.warnings,
    });
  }
  return decks;
}
