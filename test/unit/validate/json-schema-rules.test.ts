import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chooseCatalog } from '../../../src/cli/catalog-option.js';
import { validateFolder } from '../../../src/pipeline/validate.js';
import { hasErrors } from '../../../src/problems/problem.js';
import { isUserError } from '../../../src/problems/user-error.js';
import { dataFiles, SCENARIO_DIR, type DataFileKind } from '../../../src/schema/data-files.js';
import { DEFAULT_CATALOG } from '../../../src/schema/program.js';
import { jsonSchemas, schemaFileName } from '../../../src/validate/json-schema.js';
import { fixturesDir, repoRoot } from '../../helpers/cli.js';

/**
 * The JSON Schemas an editor checks the files with, against the mistakes `ztdeck validate`
 * refuses: each invalid fixture whose mistake one file shows must be refused by that
 * file's schema, at the node of the mistake; the valid programs must pass untouched.
 */

/** Invalid fixtures no JSON Schema (draft-07) can refuse, and why. A fixture that becomes catchable fails. */
const NOT_CATCHABLE: Record<string, string> = {
  'ambiguous-risk-reference': 'cross-file: which scenarios are in scope is in program.yaml',
  'dangling-risk-reference': 'cross-file: mitigated_by may name custom objectives of the scenario files',
  'date-after-reporting-date': 'cross-file: the reporting date is in program.yaml',
  'duplicate-scenario-files': 'cross-file: two scenario files name the same scenario',
  'invalid-utf8': 'encoding: an editor decodes the bytes before any schema sees the text',
  'kpi-series-duplicate-date': 'YAML: a duplicate key is refused by the parser, before any schema',
  'kpi-series-unsorted': 'JSON Schema cannot compare the keys of a mapping, nor their order',
  'period-start-after-date': 'JSON Schema cannot compare two dates (strings) with each other',
  'program-missing': 'a missing file has no schema to check',
  'unreadable-scenario-keeps-references': 'YAML syntax',
  'scenario-file-missing': 'cross-file: a scenario in scope has no file',
  'yaml-alias-bomb': 'YAML: the alias limit is the parser’s, before any schema',
  'yaml-bad-indent': 'YAML syntax',
  'yaml-directive': 'YAML: a %YAML directive is read by the parser; the data under it is valid',
  'yaml-duplicate-key': 'YAML: a duplicate key is refused by the parser, before any schema',
  'yaml-multiple-documents': 'YAML: a stream of documents, before any schema',
  'yaml-tab-indent': 'YAML syntax',
  'yaml-unclosed-quote': 'YAML syntax',
  'yaml-unknown-tag': 'YAML: a tag is the parser’s business; the tagged text itself is valid',
};

// Strict, but for the scenario conditions' sub-schemas, which apply to objects without saying "type: object" again.
const ajv = new Ajv({ allErrors: true, strictTypes: false, formats: { date: true } });
ajv.addKeyword('patternErrorMessage');

/** The schemas `ztdeck schema <dir>` writes; a program naming an unknown catalog gets the default, as with --catalog. */
async function schemasFor(dir: string): Promise<Record<DataFileKind, ValidateFunction>> {
  const chosen = await chooseCatalog(undefined, dir).catch((e: unknown) => {
    if (isUserError(e) && e.problems[0]?.code === 'unknown-catalog') return chooseCatalog(DEFAULT_CATALOG, dir);
    throw e;
  });
  const texts = jsonSchemas(chosen.index, chosen.available);
  const compiled = {} as Record<DataFileKind, ValidateFunction>;
  for (const kind of Object.keys(dataFiles) as DataFileKind[])
    compiled[kind] = ajv.compile(JSON.parse(texts.get(schemaFileName(kind)) ?? '') as object);
  return compiled;
}

function kindOf(rel: string): DataFileKind | undefined {
  if (rel.startsWith(`${SCENARIO_DIR}/`)) return 'scenario';
  return (Object.keys(dataFiles) as DataFileKind[]).find((k) => dataFiles[k].path === rel);
}

function yamlFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel))
    .sort()
    .flatMap((name) => {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) return r === SCENARIO_DIR ? yamlFiles(dir, r) : [];
      return /\.ya?ml$/.test(name) ? [r] : [];
    });
}

interface Checked {
  rel: string;
  /** Undefined when the YAML itself does not parse: no schema sees it. */
  errors?: ErrorObject[];
  doc?: Document;
  lines?: LineCounter;
}

/** Parses each data file the YAML 1.2 way, as ztdeck and the YAML language server do, and checks it against its schema. */
async function checkProgram(dir: string): Promise<Checked[]> {
  const schemas = await schemasFor(dir);
  return yamlFiles(dir).flatMap((rel) => {
    const kind = kindOf(rel);
    if (!kind) return [];
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path.join(dir, rel), 'utf8'), {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      lineCounter: lines,
    });
    if (doc.errors.length > 0) return [{ rel }];
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      return [{ rel }];
    }
    const validate = schemas[kind];
    return [{ rel, errors: validate(value) ? [] : [...(validate.errors ?? [])], doc, lines }];
  });
}

/** The lines (first, last) of the node an ajv error is about: the key it names, or the value at its path. */
function linesOf(error: ErrorObject, c: Checked): [number, number] | undefined {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = keys.length === 0 ? c.doc?.contents : c.doc?.getIn(keys, true);
  const named = (error.params as { additionalProperty?: string; propertyName?: string }).additionalProperty;
  const key = named ?? (error.params as { propertyName?: string }).propertyName;
  if (key !== undefined && isMap(node)) node = node.items.find((p) => isNode(p.key) && p.key.toJSON() === key)?.key;
  if (!isNode(node) || !node.range || !c.lines) return undefined;
  return [c.lines.linePos(node.range[0]).line, c.lines.linePos(node.range[1]).line];
}

/** The errors `ztdeck validate` reports, from the fixture's expected.txt. */
function expectedErrors(dir: string): { rel: string; line?: number }[] {
  const heads = readFileSync(path.join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .map((l) => /^(\S+?)(?::(\d+):\d+)? error \[/.exec(l))
    .filter((m) => m !== null);
  return heads.map((m) => ({ rel: m[1] ?? '', ...(m[2] ? { line: Number(m[2]) } : {}) }));
}

interface Verdict {
  /** A schema refuses a file validate refuses, at the node of the mistake. */
  caught: boolean;
  /** Files validate accepts that a schema refuses: a false alarm in the editor. */
  refusedWrongly: string[];
}

async function verdict(dir: string): Promise<Verdict> {
  const expected = expectedErrors(dir);
  const checked = await checkProgram(dir);
  const caught = expected.some((want) => {
    const c = checked.find((f) => f.rel === want.rel);
    if (!c?.errors?.length) return false;
    if (want.line === undefined) return true;
    return c.errors.some((e) => {
      const lines = linesOf(e, c);
      return lines !== undefined && lines[0] <= want.line! && want.line! <= lines[1];
    });
  });
  const refusedWrongly = checked
    .filter((c) => (c.errors?.length ?? 0) > 0 && !expected.some((e) => e.rel === c.rel))
    .map((c) => `${c.rel}: ${ajv.errorsText(c.errors)}`);
  return { caught, refusedWrongly };
}

const invalidDir = path.join(fixturesDir, 'invalid');
const invalid = readdirSync(invalidDir).sort();

describe('the JSON Schemas refuse what validate refuses, where one file shows it', () => {
  it('lists only fixtures that exist', () => {
    expect(Object.keys(NOT_CATCHABLE).filter((name) => !invalid.includes(name))).toEqual([]);
  });
  it.each(invalid)('%s', async (name) => {
    const v = await verdict(path.join(invalidDir, name));
    expect(v.refusedWrongly).toEqual([]);
    if (name in NOT_CATCHABLE) expect(v.caught, 'the schemas now catch it: take it off NOT_CATCHABLE').toBe(false);
    else expect(v.caught, 'no schema refuses the mistake at its place').toBe(true);
  });
});

describe('the JSON Schemas accept every valid program', () => {
  const programs = [
    path.join(repoRoot, 'data'),
    ...readdirSync(path.join(fixturesDir, 'valid')).map((n) => path.join(fixturesDir, 'valid', n)),
  ];
  it.each(programs)('%s', async (dir) => {
    const checked = await checkProgram(dir);
    expect(checked.length).toBeGreaterThan(1);
    for (const c of checked)
      expect(c.errors ? ajv.errorsText(c.errors) : 'YAML does not parse', c.rel).toBe('No errors');
  });
});

describe('the JSON Schemas leave warnings to validate', () => {
  // Objective records validate accepts with a warning at most: an editor must not mark them as errors.
  const records = {
    'complete without a completed date': { status: 'complete' },
    'blocked without blockers': { status: 'blocked' },
    'not started at 0 percent': { status: 'not-started', percent: 0 },
    'complete at 100 percent': { status: 'complete', percent: 100, completed: '2026-05-15' },
    'not applicable for another reason, with notes': { status: 'not-applicable', reason: 'other', notes: 'Sold.' },
    'a date long before the program': { status: 'in-progress', due: '1990-01-01', areas: ['identities'] },
  };
  it.each(Object.entries(records))('%s', async (_, record) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-schema-'));
    cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
    const file = path.join(dir, SCENARIO_DIR, 'secure-remote-hybrid-work.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  passwordless: ${JSON.stringify(record)}\n`);
    expect(hasErrors((await validateFolder(dir)).problems)).toBe(false);
    for (const c of await checkProgram(dir)) expect(ajv.errorsText(c.errors), c.rel).toBe('No errors');
  });
});
