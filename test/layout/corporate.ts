import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturesDir, repoRoot, runCli } from '../helpers/cli.js';
import type { LayoutDeck } from './matrix.js';

/**
 * The example deck on corporate masters the project did not make: the
 * committed .potx files (test/fixtures/corporate-templates/SOURCES.md) and two
 * of LibreOffice's own Impress templates, converted here from the .otp files
 * of Debian's libreoffice-common package with soffice (CI installs it).
 */
const COMMITTED = ['catppuccin-latte', 'mecanon-ufrj', 'msgraph-training', 'lo-vivid', 'lo-nature-illustration'];
const PRESNT = '/usr/lib/libreoffice/share/template/common/presnt';
const CONVERTED = ['Beehive', 'Candy'];

export async function corporateDecks(): Promise<LayoutDeck[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-corporate-render-'));
  const sources = COMMITTED.map((name) => ({
    name,
    file: path.join(fixturesDir, 'corporate-templates', `${name}.potx`),
  }));
  for (const otp of CONVERTED) {
    const file = path.join(PRESNT, `${otp}.otp`);
    if (!existsSync(file))
      throw new Error(`${file} is missing: install libreoffice-impress (it brings libreoffice-common)`);
    execFileSync('soffice', ['--headless', '--convert-to', 'potx', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    sources.push({ name: otp.toLowerCase(), file: path.join(dir, `${otp}.potx`) });
  }
  const decks: LayoutDeck[] = [];
  for (const { name, file } of sources) {
    const imported = await runCli(['template', 'import', file, '--name', name, '--dir', dir]);
    if (imported.code !== 0) throw new Error(`import ${name}: ${imported.stderr}`);
    const out = path.join(dir, `${name}-out`);
    const built = await runCli([
      'build',
      path.join(repoRoot, 'data'),
      '--template',
      path.join(dir, name),
      '--out',
      out,
      '--format',
      'pptx',
    ]);
    if (built.code !== 0) throw new Error(`build on ${name}: ${built.stderr}`);
    decks.push({
      program: 'example',
      template: name,
      bytes: readFileSync(path.join(out, 'alder-finch-logistics-2026-11-20.pptx')),
      warnings: [],
    });
  }
  return decks;
}
