import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';
import { openDeck, type OpenedDeck } from '../helpers/pptx.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-templates-'));
const templates = path.join(fixturesDir, 'templates');

async function deckWith(args: string[]): Promise<{ deck: OpenedDeck; stderr: string; out: string }> {
  const out = tmp();
  const r = await runCli(['build', ...args, '--out', out, '--format', 'pptx']);
  expect(r.code, r.stderr).toBe(0);
  const file = readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '';
  return { deck: await openDeck(readFileSync(path.join(out, file))), stderr: r.stderr, out };
}

describe('the shipped templates', () => {
  it.each(['default', 'dark'])('%s builds the example', async (name) => {
    const { deck } = await deckWith(['--template', name]);
    expect(deck.slides.length).toBeGreaterThan(20);
    const theme = await deck.part('ppt/theme/theme1.xml');
    expect(theme).toContain(`<a:clrScheme name="${name === 'dark' ? 'Dark' : 'Default'}">`);
  });
  it('dark has a dark background on every layout the slides use, and in the theme', async () => {
    const { deck } = await deckWith(['--template', 'dark']);
    const used = new Set(
      deck.slides.map((s) => /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(s.rels)?.[1]),
    );
    expect(used.size).toBe(3);
    for (const l of used) expect(await deck.part(`ppt/slideLayouts/${l}`)).toContain('<a:srgbClr val="2F2F2F"/>');
    expect(await deck.part('ppt/theme/theme1.xml')).toContain('<a:lt1><a:srgbClr val="2F2F2F"/></a:lt1>');
  });
});

describe('template: in program.yaml', () => {
  /** The minimal program, with a copy of the shipped dark template (renamed, to tell it apart) at `where`. */
  function programWithTemplate(where: string, ref: string): string {
    const root = tmp();
    const dir = path.join(root, 'program');
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    const tpl = path.join(dir, where);
    cpSync(path.join(repoRoot, 'templates', 'dark'), tpl, { recursive: true });
    const theme = path.join(tpl, 'theme.yaml');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace('name: Dark', 'name: Program Copy'));
    writeFileSync(
      path.join(dir, 'program.yaml'),
      `${readFileSync(path.join(dir, 'program.yaml'), 'utf8')}template: ${ref}\n`,
    );
    return dir;
  }
  it.each([
    ['tpl', './tpl'],
    ['../tpl', '../tpl'],
    ['templates/acme', 'templates/acme'],
  ])('builds with the template at %s, named %s from the program folder', async (where, ref) => {
    const dir = programWithTemplate(where, ref);
    // Run from elsewhere: the path resolves from the program folder, not the working directory.
    const { deck } = await deckWith([dir]);
    expect(await deck.part('ppt/theme/theme1.xml')).toContain('<a:clrScheme name="Program Copy">');
  });
  it('refuses an absolute path where program.yaml names it, and writes nothing', async () => {
    const dir = programWithTemplate('tpl', path.join(tmp(), 'tpl'));
    const out = tmp();
    const r = await runCli(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /program\.yaml:8:11 error \[invalid-template-path\] template: ".+" is an absolute path; it would only work on this machine\n/,
    );
    expect(r.stderr).toContain('hint: give the path relative to the program folder');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(out)).toEqual([]);
  });
  it('names the folder a path resolves to when it does not exist', async () => {
    const dir = programWithTemplate('tpl', './tlp');
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `program.yaml:8:11 error [path-not-found] the template folder ${path.join(dir, 'tlp')} does not exist`,
    );
  });
});

describe('a template that extends default and changes one colour and one title', async () => {
  const base = await deckWith([]);
  const changed = await deckWith(['--template', path.join(templates, 'one-change')]);

  it('changes the colour and the title', async () => {
    expect(changed.deck.slides[1]?.title).toMatch(/^Summary for the board( \(1 of \d\))?$/);
    expect(await changed.deck.part('ppt/theme/theme1.xml')).toContain(
      '<a:accent1><a:srgbClr val="C2185B"/></a:accent1>',
    );
  });
  it('changes nothing else', async () => {
    expect(changed.deck.entries).toEqual(base.deck.entries);
    for (const name of base.deck.entries.filter((e) => /\.(xml|rels)$/.test(e))) {
      const before = await base.deck.part(name);
      const after = (await changed.deck.part(name))
        .replaceAll('C2185B', '0F5FA8')
        .replaceAll('Summary for the board', 'Executive summary')
        .replace(/(<a:clrScheme name=")[^"]*"/, '$1Default"')
        .replace(/(<a:theme\b[^>]*name=")[^"]*"/, '$1Default"')
        .replace(/(<a:fontScheme name=")[^"]*"/, '$1Default"');
      expect(after, name).toBe(before);
    }
  });
});

describe('a branded template', async () => {
  const { deck } = await deckWith(['--template', path.join(templates, 'acme')]);
  it('carries its colours and fonts into the theme part and the slides', async () => {
    const theme = await deck.part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:accent1><a:srgbClr val="7A1FA2"/></a:accent1>');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Georgia"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Verdana"/);
    expect(deck.slides.some((s) => s.xml.includes('typeface="Verdana"'))).toBe(true);
  });
  it('shows its logo, with alt text, and its classification banner', async () => {
    expect(deck.entries.some((e) => e.startsWith('ppt/media/') && e.endsWith('.png'))).toBe(true);
    const layouts = await Promise.all(
      deck.entries.filter((e) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(e)).map((e) => deck.part(e)),
    );
    expect(layouts.some((l) => /<p:pic>[\s\S]*descr="Alder &amp; Finch Logistics logo"/.test(l))).toBe(true);
    expect(layouts.some((l) => l.includes('Confidential - steering committee') && l.includes('val="7A1FA2"'))).toBe(
      true,
    );
  });
  it('uses its wording and its locale', () => {
    expect(deck.slides.map((s) => s.title)).toContain('Programm auf einen Blick');
    expect(deck.slides[0]?.text).toContain('20. November 2026');
  });
});

describe('a template that renames stages to phases', () => {
  it('says "Phase" wherever the deck said "Stage"', async () => {
    const { deck } = await deckWith(['--template', path.join(templates, 'phases')]);
    const all = deck.slides.map((s) => s.text).join(' ');
    expect(all).not.toMatch(/Stage \d/);
    expect(deck.slides.find((s) => s.title === 'Program at a glance')?.text).toContain(
      'Phase 1 Phase 2 Phase 3 Phase 4',
    );
    expect(all).toContain('Where we are');
    expect(deck.slides.find((s) => /PROGRESS TRACKER/.test(s.text))?.notes).toContain('Phase 1:');
  });
});

describe('a template made from a corporate PowerPoint file', async () => {
  const branded = await deckWith(['--template', path.join(templates, 'acme')]);
  const source = path.join(branded.out, readdirSync(branded.out).find((f) => f.endsWith('.pptx')) ?? '');
  const dir = tmp();
  const imported = await runCli(['template', 'import', source, '--name', 'corporate', '--dir', dir]);

  it('takes the theme colours, fonts and logo', () => {
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(
      /Created .*corporate\/ from .*: 12 theme colours, fonts Georgia and Verdana, a 120×40 logo\./,
    );
    const theme = readFileSync(path.join(dir, 'corporate', 'theme.yaml'), 'utf8');
    expect(theme).toContain('accent: "7A1FA2"');
    expect(theme).toContain('heading: "Georgia"');
    expect(readdirSync(path.join(dir, 'corporate', 'assets'))).toEqual(['logo.png']);
  });
  it('builds a deck that carries them, and passes the repair checks of the test suite', async () => {
    const { deck } = await deckWith(['--template', path.join(dir, 'corporate')]);
    const theme = await deck.part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:accent1><a:srgbClr val="7A1FA2"/></a:accent1>');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Georgia"/);
    expect(deck.slides.some((s) => s.xml.includes('typeface="Verdana"'))).toBe(true);
  });
  it('refuses to overwrite an existing template', async () => {
    const again = await runCli(['template', 'import', source, '--name', 'corporate', '--dir', dir]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('[output-exists]');
  });
  it('refuses a file that is not a presentation', async () => {
    const r = await runCli(['template', 'import', path.join(repoRoot, 'package.json'), '--name', 'x', '--dir', tmp()]);
    expect(r.code).toBe(2);
  });
});

/** Each hostile template: the code of the problem, and where it must be reported. */
const hostile: [string, string, RegExp][] = [
  ['constructor-probe', 'template-error', /text\/strings\.yaml:2:11 error \[template-error\] "constructor" /],
  [
    'proto-probe',
    'template-error',
    /text\/notes\/title\.hbs:1:11 error \[template-error\] "__proto__" is not a value of the context/,
  ],
  ['lookup-probe', 'template-error', /text\/notes\/title\.hbs:2:1 error \[template-error\] .*unknown helper lookup/],
  ['unknown-helper', 'template-error', /text\/strings\.yaml:1:9 error \[template-error\] .*unknown helper shout/],
  ['missing-variable', 'template-error', /text\/notes\/glance\.hbs:3:11 error \[template-error\] "nmae" not defined/],
  [
    'recursive-partial',
    'template-error',
    /text\/notes\/title\.hbs error \[template-error\] the partial loop includes itself/,
  ],
  ['decorator', 'template-error', /text\/notes\/title\.hbs:1:1 error \[template-error\] decorators/],
  [
    'logo-dotdot',
    'template-asset',
    /theme\.yaml:1:7 error \[template-asset\] logo: .* goes out of the template folder/,
  ],
  [
    'logo-absolute',
    'template-asset',
    /theme\.yaml:1:7 error \[template-asset\] logo: "\/etc\/hostname" is an absolute path/,
  ],
  ['logo-url', 'template-asset', /theme\.yaml:1:7 error \[template-asset\] logo: .* is a URL/],
  ['logo-huge', 'template-asset', /theme\.yaml:1:7 error \[template-asset\] logo: the image claims 20000×20000 pixels/],
  [
    'logo-not-an-image',
    'template-asset',
    /theme\.yaml:1:7 error \[template-asset\] logo: it is not a PNG, JPEG or SVG image/,
  ],
  ['logo-svg-script', 'template-asset', /theme\.yaml:1:7 error \[template-asset\] logo: the SVG holds scripts/],
  ['malformed-theme', 'yaml-syntax', /theme\.yaml:2:11 error \[yaml-syntax\]/],
  ['bad-colour', 'invalid-value', /theme\.yaml:2:11 error \[invalid-value\] colors\.accent: "purple" is not a colour/],
  ['unknown-slide', 'invalid-value', /deck\.yaml:4:29 error \[invalid-value\] decks\.full\.slides\[2\]: "gantt"/],
  [
    'cycle-a',
    'template-cycle',
    /template\.yaml:2:10 error \[template-cycle\] templates extend each other in a circle: cycle-a → cycle-b → cycle-a/,
  ],
  ['incomplete', 'template-incomplete', /error \[template-incomplete\] template incomplete does not define/],
];

describe('hostile templates', () => {
  it.concurrent.each(hostile)('%s is refused with a located %s', async (name, code, where) => {
    const out = tmp();
    const r = await runCli(['build', '--template', path.join(templates, 'hostile', name), '--out', out]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toMatch(where);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });
  it('refuses a logo that is a symbolic link out of the folder', async () => {
    const dir = tmp();
    cpSync(path.join(templates, 'hostile', 'symlink-out'), path.join(dir, 'symlink-out'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    // git keeps no empty folder: assets/ exists only once the test makes it.
    mkdirSync(path.join(dir, 'symlink-out', 'assets'), { recursive: true });
    rmSync(path.join(dir, 'symlink-out', 'assets', 'logo.png'), { force: true });
    symlinkSync('/etc/hostname', path.join(dir, 'symlink-out', 'assets', 'logo.png'));
    const r = await runCli(['build', '--template', path.join(dir, 'symlink-out'), '--out', tmp()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /theme\.yaml:1:7 error \[template-asset\] logo: "assets\/logo\.png" is a link to a file outside the template folder/,
    );
  });
  it('refuses the known remote-code payload, and nothing it would run runs', async () => {
    const canary = path.join(tmpdir(), `ztdeck-canary-${process.pid}`);
    const dir = tmp();
    cpSync(path.join(templates, 'one-change'), path.join(dir, 'rce'), { recursive: true });
    const payload = `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('fs').writeFileSync('${canary}', 'x');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`;
    mkdirSync(path.join(dir, 'rce', 'text', 'notes'), { recursive: true });
    writeFileSync(path.join(dir, 'rce', 'text', 'notes', 'title.hbs'), payload);
    const r = await runCli(['build', '--template', path.join(dir, 'rce'), '--out', tmp()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[template-error]');
    expect(existsSync(canary)).toBe(false);
  });
  it('names an unknown template, with a suggestion', async () => {
    const r = await runCli(['build', '--template', 'drak', '--out', tmp()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no template "drak"');
    expect(r.stderr).toContain('did you mean "dark"?');
  });
});
