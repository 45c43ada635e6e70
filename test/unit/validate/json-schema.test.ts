import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
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
