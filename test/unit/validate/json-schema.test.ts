import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
import { TEXT_PATTERN } from '../../../src/schema/characters.js';
import { datePattern, isRealDate, link, text } from '../../../src/schema/common.js';
import { templateRef } from '../../../src/schema/template-ref.js';
import { dataFiles } from '../../../src/schema/data-files.js';
import { jsonSchemas } from '../../../src/validate/json-schema.js';
import { repoRoot } from '../../helpers/cli.js';

const catalog = (await catalogsFor()).catalogs.get('microsoft-zero-trust-adoption')!.index;
const schemas = jsonSchemas(catalog);

describe('JSON Schemas for editors', () => {
  it('has one schema per data file kind', () => {
    expect([...schemas.keys()].sort()).toEqual(
      Object.keys(dataFiles)
        .map((k) => `${k}.schema.json`)
        .sort(),
    );
  });
  it('are committed in data/schema exactly as generated (run "npx ztdeck schema" after changing a schema)', () => {
    for (const [name, text] of schemas)
      expect(readFileSync(path.join(repoRoot, 'data', 'schema', name), 'utf8'), name).toBe(text);
  });
  it('complete catalog ids in scenario files', () => {
    const scenario = JSON.parse(schemas.get('scenario.schema.json')!) as {
      properties: Record<string, { enum?: string[]; propertyNames?: { enum?: string[] } }>;
    };
    expect(scenario.properties.scenario?.enum).toHaveLength(5);
    expect(scenario.properties.objectives?.propertyNames?.enum).toContain('strong-authentication');
    expect(scenario.properties.phase?.enum).toContain('adopt');
  });
  it('are referenced by every file of the example', () => {
    const files = [
      'program.yaml',
      'kpis.yaml',
      'risks.yaml',
      'decisions.yaml',
      'highlights.yaml',
      ...readdirSync(path.join(repoRoot, 'data', 'scenarios')).map((f) => `scenarios/${f}`),
    ];
    for (const f of files) {
      const first = readFileSync(path.join(repoRoot, 'data', f), 'utf8').split('\n')[0];
      const kind = f.startsWith('scenarios/') ? '../schema/scenario' : `schema/${f.replace('.yaml', '')}`;
      expect(first, f).toBe(`# yaml-language-server: $schema=${kind}.schema.json`);
    }
  });
});

describe('the patterns the schemas hold say what the zod schemas say', () => {
  it('dates: every day from 1979 to 2100, and malformed ones', () => {
    const pattern = new RegExp(datePattern(), 'u');
    const disagree: string[] = [];
    for (let t = Date.UTC(1979, 11, 1); t <= Date.UTC(2100, 1, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (pattern.test(day) !== isRealDate(day)) disagree.push(day);
    }
    for (const s of [
      '2026-02-29',
      '2028-02-29',
      '2000-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '26-05-31',
      '2026-5-31',
      ' 2026-05-31',
      '2026-05-31\n',
    ])
      if (pattern.test(s) !== isRealDate(s)) disagree.push(s);
    expect(disagree).toEqual([]);
  });
  it('text: blank, control characters and broken surrogates, with or without the u flag', () => {
    const samples = [
      'Ana',
      ' x ',
      '   ',
      '',
      '\t\n',
      'Zürich 🔐 ok',
      'a\u000bb',
      'a\u007f',
      'a\u0085b',
      'x\uD83D',
      '\uDE00x',
      'x\uFFFE',
      'tab\there',
      'line\nbreak',
    ];
    const schema = text(1000);
    for (const flags of ['u', ''])
      for (const s of samples)
        expect(new RegExp(TEXT_PATTERN, flags).test(s), `${JSON.stringify(s)} /${flags}`).toBe(
          schema.safeParse(s).success,
        );
  });
  it('links: what the URL parser takes as https: or mailto:', () => {
    const samples = [
      'https://x.example/a',
      'HTTPS://x.example',
      ' https://x.example',
      'mailto:a@b.example',
      'http://x.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '\\\\share\\x',
      'https:x.example',
      'ftp://x',
    ];
    const pattern = new RegExp(
      nodeOf('scenario', 'properties', 'objectives', 'additionalProperties', 'properties', 'evidence')
        .pattern as string,
      'u',
    );
    for (const s of samples) if (link.safeParse(s).success) expect(pattern.test(s), s).toBe(true);
    for (const s of ['http://x.example', 'javascript:alert(1)', 'file:///etc/passwd'])
      expect(pattern.test(s), s).toBe(false);
  });
});

describe('template: in program.yaml', () => {
  const accepted = ['default', 'dark', 'acme-2', './tpl', '../tpl', '../../shared/tpl', 'templates/acme', '.tpl', './'];
  const refused = {
    '/srv/templates/acme': 'invalid-template-path',
    'C:/templates/acme': 'invalid-template-path',
    'c:\\templates': 'invalid-template-path',
    '\\\\server\\share': 'invalid-template-path',
    'https://example.com/tpl': 'invalid-template-path',
    'file:///srv/tpl': 'invalid-template-path',
    '.\\tpl': 'invalid-template-path',
    'Bad Name': 'invalid-id',
    'a--b': 'invalid-id',
  };
  const codeOf = (ref: string) =>
    (templateRef.safeParse(ref).error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code;
  it('is a name or a path relative to the program folder', () => {
    for (const ref of accepted) expect(codeOf(ref), ref).toBeUndefined();
    for (const [ref, code] of Object.entries(refused)) expect(codeOf(ref), ref).toBe(code);
  });
  it('says the same in the JSON Schema', () => {
    const pattern = new RegExp(nodeOf('program', 'properties', 'template').pattern as string, 'u');
    for (const ref of accepted) expect(pattern.test(ref), ref).toBe(true);
    for (const ref of Object.keys(refused)) expect(pattern.test(ref), ref).toBe(false);
  });
});

function nodeOf(kind: string, ...keys: string[]): Record<string, unknown> {
  let cur: unknown = JSON.parse(schemas.get(`${kind}.schema.json`)!);
  for (const k of keys) cur = (cur as Record<string, unknown>)[k];
  return cur as Record<string, unknown>;
}
