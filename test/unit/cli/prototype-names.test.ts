import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { repoRoot, STACK_LINE } from '../../helpers/cli.js';

/** The names a plain object answers from its prototype: looked up in one, they find a function, not "no such name". */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const scratch = mkdtempSync(path.join(tmpdir(), 'ztdeck-proto-'));
const data = path.join(scratch, 'data');
cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
const out = path.join(scratch, 'out');
const sample = path.join(repoRoot, 'test', 'fixtures', 'imports', 'samples', 'graph-secureScores.synthetic.json');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = { out: () => undefined, err: (t) => void (stderr += t), env: { NO_COLOR: '1' }, errIsTTY: false };
  return { code: await main(argv, io), stderr };
}

/**
 * Every option that names something, with the exit code an unknown name
 * gives (2 for the command line, 1 for an input the data names too) and the
 * words that list the names it takes.
 */
const OPTIONS: { option: string; argv: (name: string) => string[]; code: number; lists: RegExp }[] = [
  {
    option: 'build --deck',
    argv: (n) => ['build', data, '--deck', n, '--format', 'json', '--out', out],
    code: 2,
    lists: /decks: full, exec/,
  },
  {
    option: 'build --template',
    argv: (n) => ['build', data, '--template', n, '--format', 'json', '--out', out],
    code: 1,
    lists: /templates: dark, default/,
  },
  {
    option: 'build --format',
    argv: (n) => ['build', data, '--format', n],
    code: 2,
    lists: /use pptx, pdf, previews, png, html, md/,
  },
  { option: 'validate --format', argv: (n) => ['validate', data, '--format', n], code: 2, lists: /text, github, json/ },
  { option: 'diff --format', argv: (n) => ['diff', data, data, '--format', n], code: 2, lists: /text, md, json/ },
  {
    option: 'diff --template',
    argv: (n) => ['diff', data, data, '--template', n],
    code: 1,
    lists: /templates: dark, default/,
  },
  { option: 'catalog <scenario-id>', argv: (n) => ['catalog', n], code: 2, lists: /run ztdeck catalog to list them/ },
  {
    option: 'catalog --catalog',
    argv: (n) => ['catalog', '--catalog', n],
    code: 2,
    lists: /available: microsoft-zero-trust-adoption/,
  },
  {
    option: 'schema --catalog',
    argv: (n) => ['schema', data, '--catalog', n, '--stdout', 'program'],
    code: 2,
    lists: /available: microsoft-zero-trust-adoption/,
  },
  {
    option: 'schema --stdout',
    argv: (n) => ['schema', data, '--stdout', n],
    code: 2,
    lists: /program, scenario, kpis, risks, decisions, highlights/,
  },
  {
    option: 'init --catalog',
    argv: (n) => ['init', path.join(scratch, 'new'), '--catalog', n],
    code: 2,
    lists: /available: microsoft-zero-trust-adoption/,
  },
  {
    option: 'import --every',
    argv: (n) => ['import', 'secure-score', sample, '--data', data, '--dry-run', '--every', n],
    code: 2,
    lists: /month, week, day/,
  },
  {
    option: 'import --kpi <measure>=<kpi-id>, unknown measure',
    argv: (n) => ['import', 'secure-score', sample, '--data', data, '--dry-run', '--kpi', `${n}=secure-score`],
    code: 2,
    lists: /they give: secure-score/,
  },
];

describe('a prototype name on the command line is an unknown name like any other', () => {
  for (const { option, argv, code, lists } of OPTIONS) {
    it(option, async () => {
      const ordinary = await run(argv('no-such-name'));
      expect(ordinary.code, ordinary.stderr).toBe(code);
      for (const name of PROTOTYPE_NAMES) {
        const r = await run(argv(name));
        expect([name, r.code], r.stderr).toEqual([name, code]);
        expect(r.stderr).toContain(name);
        expect(r.stderr).toMatch(lists);
        expect(r.stderr).not.toMatch(STACK_LINE);
      }
    });
  }

  it('import --kpi: not a KPI id, a usage error that says what ids are (constructor is reserved)', async () => {
    for (const name of PROTOTYPE_NAMES)
      for (const spec of [name, `secure-score=${name}`]) {
        const r = await run(['import', 'secure-score', sample, '--data', data, '--dry-run', '--kpi', spec]);
        expect([spec, r.code], r.stderr).toEqual([spec, 2]);
        expect(r.stderr).toContain(`--kpi ${spec}: "${name}" is not a KPI id`);
        expect(r.stderr).toMatch(/lower-case words joined by hyphens.*constructor and prototype are reserved/);
        expect(r.stderr).not.toMatch(STACK_LINE);
      }
  });
});

const SCENARIO = 'scenarios/identify-protect-sensitive-business-data.yaml';

/** Where a name goes in the example program: as a key (an id of a map) or as a value (an id named). */
const PLACES: { place: string; file: string; edit: (text: string, name: string) => string }[] = [
  { place: 'a KPI id', file: 'kpis.yaml', edit: (t, n) => t.replace(/^ {2}secure-score:/m, `  ${n}:`) },
  {
    place: 'a key of a KPI',
    file: 'kpis.yaml',
    edit: (t, n) => t.replace(/^ {4}unit: "%"$/m, `    unit: "%"\n    ${n}: 1`),
  },
  {
    place: 'a date of a KPI series',
    file: 'kpis.yaml',
    edit: (t, n) => t.replace(/^ {6}2026-05-31: 48$/m, `      ${n}: 48`),
  },
  {
    place: 'the scenario of a KPI',
    file: 'kpis.yaml',
    edit: (t, n) => t.replace(/scenario: rapidly-modernize-security-posture/, `scenario: ${n}`),
  },
  { place: 'a risk id', file: 'risks.yaml', edit: (t, n) => t.replace(/^ {2}ransomware-wms:/m, `  ${n}:`) },
  {
    place: 'an objective a risk names',
    file: 'risks.yaml',
    edit: (t, n) => t.replace(/^ {6}- backup-critical-data$/m, `      - ${n}`),
  },
  { place: 'a decision id', file: 'decisions.yaml', edit: (t, n) => t.replace(/^ {2}purview-licences:/m, `  ${n}:`) },
  {
    place: 'an objective a decision names',
    file: 'decisions.yaml',
    edit: (t, n) => t.replace(/^ {6}- basic-dlp$/m, `      - ${n}/${n}`),
  },
  {
    place: 'a scenario in scope',
    file: 'program.yaml',
    edit: (t, n) => t.replace(/^ {2}- secure-remote-hybrid-work$/m, `  - ${n}`),
  },
  { place: 'the catalog', file: 'program.yaml', edit: (t, n) => t.replace(/^catalog: .*$/m, `catalog: ${n}`) },
  { place: 'the template', file: 'program.yaml', edit: (t, n) => t.replace(/^template: .*$/m, `template: ${n}`) },
  { place: 'a key of program.yaml', file: 'program.yaml', edit: (t, n) => `${t}\n${n}: 1\n` },
  {
    place: "a scenario file's scenario",
    file: SCENARIO,
    edit: (t, n) => t.replace(/^scenario: .*$/m, `scenario: ${n}`),
  },
  {
    place: 'an objective id',
    file: SCENARIO,
    edit: (t, n) => t.replace(/^objectives:$/m, `objectives:\n  ${n}:\n    status: complete`),
  },
  {
    place: 'a stakeholder key',
    file: SCENARIO,
    edit: (t, n) => t.replace(/^stakeholders:$/m, `stakeholders:\n  ${n}:\n    name: A`),
  },
];

describe('a prototype name in the data is a located problem, never a crash', () => {
  for (const { place, file, edit } of PLACES) {
    it(place, async () => {
      for (const name of PROTOTYPE_NAMES) {
        const dir = path.join(scratch, `data-${name}`);
        cpSync(data, dir, { recursive: true });
        const before = readFileSync(path.join(dir, file), 'utf8');
        const after = edit(before, name);
        expect(after, 'the edit applies').not.toBe(before);
        writeFileSync(path.join(dir, file), after);
        const r = await run(['build', dir, '--format', 'json,md', '--out', path.join(dir, 'out')]);
        expect([name, r.code], r.stderr).toEqual([name, 1]);
        const located = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+ error \[[a-z-]+\] /.test(l));
        expect(
          located.some((l) => l.includes(name)),
          r.stderr,
        ).toBe(true);
        expect(r.stderr).not.toMatch(STACK_LINE);
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("the default deck of a template's deck.yaml", async () => {
    const template = path.join(scratch, 'template');
    cpSync(path.join(repoRoot, 'templates', 'default'), template, { recursive: true });
    const deckFile = path.join(template, 'deck.yaml');
    const deckYaml = readFileSync(deckFile, 'utf8');
    for (const name of PROTOTYPE_NAMES) {
      writeFileSync(deckFile, deckYaml.replace(/^default: .*$/m, `default: ${name}`));
      const r = await run(['build', data, '--template', template, '--format', 'json', '--out', out]);
      expect([name, r.code], r.stderr).toEqual([name, 1]);
      expect(r.stderr).toMatch(new RegExp(`deck\\.yaml:\\d+:10 error \\[invalid-id\\] default: "${name}" is`));
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });

  it("ids of a program's own catalog (catalog, scenario, objective, area, track, phase)", async () => {
    const dir = path.join(scratch, 'own-catalog');
    cpSync(path.join(repoRoot, 'test', 'fixtures', 'valid', 'custom-catalog'), dir, { recursive: true });
    const catalog = path.join(dir, 'catalogs', 'acme-controls.yaml');
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8')
        .replace('{id: clean-desk,', '{id: constructor,')
        .replace('{id: people, title: People}', '{id: constructor, title: People}')
        .replace('areas: [people]', 'areas: [constructor]')
        .replace('{id: suppliers, title: Suppliers}', '{id: prototype, title: Suppliers}'),
    );
    const workplace = path.join(dir, 'scenarios', 'workplace.yaml');
    writeFileSync(workplace, readFileSync(workplace, 'utf8').replace(/^ {2}clean-desk:.*\n/m, ''));
    const r = await run(['build', dir, '--format', 'json,md', '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /acme-controls\.yaml:\d+:\d+ error \[invalid-id\] .*objectives\[1\]\.id: "constructor" is a reserved name/,
    );
    expect(r.stderr).toMatch(
      /acme-controls\.yaml:\d+:\d+ error \[invalid-id\] functional_areas\[0\]\.id: "constructor" is a reserved name/,
    );
    expect(r.stderr).toMatch(/acme-controls\.yaml:\d+:\d+ error \[invalid-id\] .*"prototype" is a reserved name/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
