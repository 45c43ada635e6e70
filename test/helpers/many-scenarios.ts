import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { fixturesDir } from './cli.js';

interface Catalog {
  scenarios: { id: string; title: string; short_title: string; stages: { objectives: { id: string }[] }[] }[];
}

/**
 * The six-stage layout fixture with `count` scenarios: its plant scenario
 * copied under new ids (objectives and statuses alike), in the program's own
 * catalog. Returns the program folder.
 */
export function manyScenarios(count: number): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-many-')), 'program');
  cpSync(path.join(fixturesDir, 'layout', 'programs', 'six-stages'), dir, { recursive: true });
  const catalogFile = path.join(dir, 'catalogs', 'stages.yaml');
  const catalog = parse(readFileSync(catalogFile, 'utf8')) as Catalog;
  const plant = catalog.scenarios.find((s) => s.id === 'plant');
  const scenarioText = readFileSync(path.join(dir, 'scenarios', 'plant.yaml'), 'utf8');
  for (const old of ['plant', 'suppliers']) rmSync(path.join(dir, 'scenarios', `${old}.yaml`));
  const ids = Array.from({ length: count }, (_, i) => `plant${i}`);
  catalog.scenarios = ids.map((id, i) => ({
    ...(plant as Catalog['scenarios'][number]),
    id,
    title: `Secure production plant number ${i} and its operational technology`,
    short_title: `Plant ${i}`,
    stages: (plant?.stages ?? []).map((st) => ({
      ...st,
      objectives: st.objectives.map((o) => ({ ...o, id: o.id.replace('plant', id) })),
    })),
  }));
  writeFileSync(catalogFile, stringify(catalog));
  for (const id of ids)
    writeFileSync(
      path.join(dir, 'scenarios', `${id}.yaml`),
      scenarioText.replace('scenario: plant', `scenario: ${id}`).replace(/plant-/g, `${id}-`),
    );
  const programFile = path.join(dir, 'program.yaml');
  const program = parse(readFileSync(programFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(programFile, stringify({ ...program, scenarios: ids }));
  return dir;
}
