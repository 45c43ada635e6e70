import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkImage } from '../../src/templating/image-check.js';
import { allSlots, failuresOf } from '../../src/templating/contrast-roles.js';
import { loadTemplate } from '../../src/templating/load-template.js';
import { fixturesDir, runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { makePotx } from '../helpers/potx.js';
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

const FIXTURES = [
  'catppuccin-latte',
  'catppuccin-mocha',
  'lo-focus',
  'lo-nature-illustration',
  'lo-vivid',
  'mecanon-ufrj',
  'msgraph-training',
] as const;

describe('template import of real templates (test/fixtures/corporate-templates)', async () => {
  const imported = new Map(
    await Promise.all(FIXTURES.map(async (n) => [n, await importing(corporate(n), n)] as const)),
  );
  const get = (n: (typeof FIXTURES)[number]) => imported.get(n) ?? (undefined as never);

  it('imports each, and the template it writes loads without a contrast or colour warning', async () => {
    for (const [name, r] of imported) {
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(STACK_LINE);
      const { template, problems } = await loadTemplate(r.folder);
      expect(problems, name).toEqual([]);
      const colors = template?.theme.colors;
      if (colors)
        expect(
          allSlots(colors).flatMap((s) => failuresOf(colors, s)),
          name,
        ).toEqual([]);
    }
  });
  it("reports Office's stock palette of the LibreOffice exports and keeps the default template's colours", () => {
    for (const name of ['lo-focus', 'lo-nature-illustration', 'lo-vivid'] as const) {
      expect(get(name).stderr).toContain(
        note(
          "the theme uses Office's default colours (Office 2007–2010, 12 of 12 slots); set brand colours in theme.yaml. The default template's colours are kept",
        ),
      );
      expect(get(name).theme.colors, name).toBeUndefined();
    }
  });
  it("sees the Microsoft Graph deck's theme as the 2013 palette with its own accent, and keeps the accent", () => {
    const r = get('msgraph-training');
    expect(r.stderr).toContain(
      note(
        "the theme uses Office's default colours (Office 2013–2022, 10 of 12 slots); set brand colours in theme.yaml. The default template's colours are kept, with accent1 42145F as the accent",
      ),
    );
    expect(r.theme.colors).toEqual({ accent: '42145F' });
  });
  it('takes the picture shown on the most layouts as the logo, and says which and what it left out', () => {
    const r = get('msgraph-training');
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
    for (const name of ['catppuccin-latte', 'lo-vivid'] as const)
      expect(get(name).stderr).toContain(note('no picture on the slide masters or layouts: no logo imported'));
  });
  it('stores a 1.7 MB logo at twice the size the deck shows it, still a JPEG', () => {
    const r = get('mecanon-ufrj');
    const logo = readFileSync(path.join(r.folder, 'assets', 'logo.jpg'));
    expect(checkImage(logo)).toEqual({ ok: true, type: 'jpeg', width: 814, height: 317 });
    expect(logo.length).toBeLessThan(100 * 1024);
    expect(r.stderr).toContain(
      note(
        `logo: ppt/media/image1.jpg (JPEG, 3095×1206, 1.7 MiB) from the layout "Título da Apresentação (Limpo - Logo Mecanon)" (ppt/slideLayouts/slideLayout1.xml), the picture shown on the most masters and layouts (4); stored at 814×317 (${Math.round(logo.length / 1024)} KiB), twice the largest size the deck shows it at`,
      ),
    );
  });
  it('moves the Mecanon orange to the nearest shade that reads as a heading, and keeps its link colours', () => {
    const r = get('mecanon-ufrj');
    expect(r.stderr).toContain(
      note('accent D76C23 → BF5800: 3.4:1 on background FFFFFF; kickers, headings and KPI values need 4.5:1'),
    );
    expect(r.stderr).toContain(note('hyperlink FF0000 → EE0000: 3.9:1 on background FFFFFF; links need 4.5:1'));
    expect(r.stderr).toContain(note('stages[0] D76C23 → 763400: it looked like the status.at-risk colour B45309'));
    expect(r.theme.colors).toMatchObject({ accent: 'BF5800', hyperlink: 'EE0000', followed_hyperlink: 'EE0000' });
  });
  it("reads Catppuccin's background from its master, where the theme's lt1 is the text colour (dk1 = lt1)", () => {
    const latte = get('catppuccin-latte');
    expect(latte.stderr).toContain(
      note("background EFF1F5: the slide master's own background (the theme's lt1 is 4C4F69)"),
    );
    expect(latte.theme.colors).toMatchObject({ background: 'EFF1F5', text: '4C4F69', accent: '1B63F2' });
    expect(latte.stderr).toContain(
      note('accent 1E66F5 → 1B63F2: 4.3:1 on background EFF1F5; kickers, headings and KPI values need 4.5:1'),
    );
    const mocha = get('catppuccin-mocha');
    expect(mocha.theme.colors).toMatchObject({ background: '1E1E2E', text: 'CDD6F3' });
    // The default's status colours, made for white, are lightened for the dark page; their hue is kept.
    expect(mocha.stderr).toContain(
      note('status.blocked B91C1C → EA5147: 2.5:1 on background 1E1E2E; status words, due dates and trends need 4.5:1'),
    );
    expect(mocha.theme.colors?.status).toMatchObject({ blocked: 'EA5147' });
  });
  it('builds a deck that carries the fitted colours and link colours, and each picture once', async () => {
    const out = tmp();
    const b = await runCli(['build', '--template', get('mecanon-ufrj').folder, '--out', out, '--format', 'pptx']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toMatch(/template-(contrast|colors)/);
    const deck = await openDeck(readFileSync(path.join(out, readdirSync(out)[0] ?? '')));
    const theme = await deck.part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:accent1><a:srgbClr val="BF5800"/></a:accent1>');
    expect(theme).toContain('<a:hlink><a:srgbClr val="EE0000"/></a:hlink>');
    // On its own master: the master's pictures (the logos among them), each stored once; no logo of ztdeck's.
    const media = deck.entries.filter((e) => e.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((e) => e.startsWith('ppt/media/master'))).toBe(true);
    const bytes = await Promise.all(
      media.map(async (m) => Buffer.from((await deck.zip.file(m)?.async('uint8array')) ?? []).toString('base64')),
    );
    expect(new Set(bytes).size).toBe(bytes.length);
  });
});

describe('template import of macro-enabled files', async () => {
  const withMacros = (bytes: Uint8Array) => {
    const files = unzipSync(bytes);
    files['ppt/vbaProject.bin'] = strToU8('not a real VBA project');
    return zipSync(files);
  };
  const dir = tmp();
  writeFileSync(path.join(dir, 'corp.potm'), withMacros(readFileSync(corporate('lo-vivid'))));
  writeFileSync(path.join(dir, 'plain.pptm'), makePotx());
  const potm = await importing(path.join(dir, 'corp.potm'), 'corp');
  const pptm = await importing(path.join(dir, 'plain.pptm'), 'plain');

  it('reads the theme of a .potm and says its macros are not used', () => {
    expect(potm.code, potm.stderr).toBe(0);
    expect(potm.stderr).toContain(
      note(
        'macros and ActiveX controls are not used, only the theme, fonts, logo and slide master (found ppt/vbaProject.bin)',
      ),
    );
    expect(readdirSync(potm.folder).sort()).toEqual(['master.potx', 'master.yaml', 'template.yaml', 'theme.yaml']);
    // The kept master holds no macro project.
    expect(
      Object.keys(unzipSync(readFileSync(path.join(potm.folder, 'master.potx')))).filter((n) => /vba/i.test(n)),
    ).toEqual([]);
  });
  it('says so for a .pptm without macros too', () => {
    expect(pptm.code, pptm.stderr).toBe(0);
    expect(pptm.stderr).toContain(
      note('macros and ActiveX controls are not used, only the theme, fonts, logo and slide master (none found)'),
    );
  });
});

describe('a failed import leaves nothing behind', () => {
  it('neither the template nor its scratch folder, whether it fails or succeeds', async () => {
    const scratch = tmp();
    const dir = tmp();
    const bad = path.join(dir, 'bad.potx');
    writeFileSync(bad, makePotx({ majorFont: 'F'.repeat(100) }));
    const failed = await importing(bad, 'bad', { TMPDIR: scratch });
    expect(failed.code).toBe(1);
    expect(existsSync(failed.dir) && readdirSync(failed.dir)).toEqual([]);
    expect(readdirSync(scratch)).toEqual([]);
    const good = await importing(corporate('lo-vivid'), 'good', { TMPDIR: scratch });
    expect(good.code, good.stderr).toBe(0);
    expect(readdirSync(scratch)).toEqual([]);
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
