import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../../../src/init/scaffold.js';
import { catalogsFor, validateFolder } from '../../../src/pipeline/validate.js';
import { DEFAULT_CATALOG } from '../../../src/schema/program.js';

describe('scaffold', async () => {
  const catalog = (await catalogsFor()).catalogs.get(DEFAULT_CATALOG)?.index;
  if (!catalog) throw new Error('no built-in catalog');
  const files = scaffold(catalog, { organization: 'R&D "Quoted" Ltd: 0755', date: '2026-11-20' });

  it('writes a program that validates, with every scenario and every objective not started', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-init-'));
    for (const [rel, content] of files) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), content);
    }
    const result = await validateFolder(dir);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.data?.program.organization).toBe('R&D "Quoted" Ltd: 0755');
    expect(result.data?.scenarios.map((s) => s.scenario)).toEqual(catalog.scenarioIds());
    for (const s of result.data?.scenarios ?? [])
      for (const id of catalog.objectiveIds(s.scenario))
        expect(s.objectives[id]?.status ?? 'not-started').toBe('not-started');
  });
});
