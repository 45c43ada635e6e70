import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkImage } from '../../src/templating/image-check.js';
import { fixturesDir, runCli } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { openDeck } from '../helpers/pptx.js';

const corporate = (name: string) => path.join(fixturesDir, 'corporate-templates', `${name}.potx`);
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-brand-'));
const note = (text: string) => `ztdeck: note: ${text}\n`;

/** Imports a file as a new user does; the theme.yaml it wrote, parsed. */
async function importing(file: string, name: string, env: Record<string, string> = {}) {
  const dir = tmp();
  const r = await runCli(['template', 'import', file, '--name', name, '--dir', dir], { env });
  const folder = path.join(dir, name);
  const theme = existsSync(folder)
    ? (parse(readFileSync(path.join(folder, 'theme.yaml'), 'utf8')) as { colors?: Record<string, unknown> })
    : {};
  return { ...r, dir, folder, theme };
}

describe('template import takes a logo from real templates (test/fixtures/corporate-templates)', async () => {
  const msgraph = await importing(corporate('msgraph-training'), 'msgraph');
  const mecanon = await importing(corporate('mecanon-ufrj'), 'mecanon');
  const latte = await importing(corporate('catppuccin-latte'), 'latte');

  it('takes the picture shown on the most layouts as the logo, and says which and what it left out', () => {
    const r = msgraph;
    expect(r.stderr).toContain(
      note(
        'logo: ppt/media/image4.png (PNG, 213×107, 3 KiB) from the layout "Title" (ppt/slideLayouts/slideLayout2.xml), the picture shown on the most masters and layouts (17)',
      ),
    );
    expect(r.stderr).toContain(
      note(
        'not taken as the logo: ppt/media/image1.png (a background or artwork, covering 100 % of the slide); ppt/media/image6.png (a background or artwork, covering 100 % of the slide)',
      ),
    );
    expect(r.stderr).toMatch(/a 213×107 logo\./);
    expect(latte.stderr).toContain(note('no picture on the slide masters or layouts: no logo imported'));
  });
  it('stores a 1.7 MB logo at twice the size the deck shows it, still a JPEG', () => {
    const r = mecanon;
    const logo = readFileSync(path.join(r.folder, 'assets', 'logo.jpg'));
    expect(checkImage(logo)).toEqual({ ok: true, type: 'jpeg', width: 814, height: 317 });
    expect(logo.length).toBeLessThan(100 * 1024);
    expect(r.stderr).toContain(
      note(
        `logo: ppt/media/image1.jpg (JPEG, 3095×1206, 1.7 MiB) from the layout "Título da Apresentação (Limpo - Logo Mecanon)" (ppt/slideLayouts/slideLayout1.xml), the picture shown on the most masters and layouts (4); stored at 814×317 (${Math.round(logo.length / 1024)} KiB), twice the largest size the deck shows it at`,
      ),
    );
  });
  it('builds a deck that holds the logo once', async () => {
    const out = tmp();
    const b = await runCli(['build', '--template', mecanon.folder, '--out', out, '--format', 'pptx']);
    expect(b.code, b.stderr).toBe(0);
    const deck = await openDeck(readFileSync(path.join(out, readdirSync(out)[0] ?? '')));
    expect(deck.entries.filter((e) => e.startsWith('ppt/media/'))).toHaveLength(1);
  });
});

describe('a hand-written template whose colours lack contrast', async () => {
  const data = copyOfExample();
  const root = path.dirname(data);
  const folder = path.join(root, 'templates', 'pale');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'template.yaml'), 'name: Pale\nextends: default\n');
  writeFileSync(path.join(folder, 'theme.yaml'), 'name: Pale\ncolors:\n  accent: "1E90FF"\n');
  writeFileSync(
    path.join(data, 'program.yaml'),
    readFileSync(path.join(data, 'program.yaml'), 'utf8').replace('template: default', 'template: pale'),
  );
  const expected =
    /templates\/pale\/theme\.yaml:3:11 warning \[template-contrast\] colors\.accent 1E90FF on colors\.background FFFFFF has a contrast of 3\.2:1; kickers, headings and KPI values need 4\.5:1[^\n]*\n[\s\S]*hint: "([0-9A-F]{6})" is the nearest shade of the same hue that passes \(for colors\.accent in theme\.yaml\)/;

  it('is warned about by validate, located in its theme.yaml, with the nearest passing shade', async () => {
    const r = await runCli(['validate', data], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(expected);
  });
  it('and by build', async () => {
    const r = await runCli(['build', data, '--out', path.join(root, 'out'), '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(expected);
  });
  it('is not said of the shipped templates', async () => {
    for (const template of ['default', 'dark']) {
      const r = await runCli(['build', '--template', template, '--out', path.join(tmp(), 'o'), '--format', 'json']);
      expect(r.stderr).not.toMatch(/template-(contrast|colors)/);
    }
  });
});
