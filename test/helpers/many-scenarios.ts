import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { fixturesDir } from './cli.js';

interface Catalog {
  scenarios: { id: string; title: string; short_title: string; stages: { objectives: { id: string }[] }[] }[];
}

/**
 * The six-stage layout fixture with `count` scenarios in the program's own
 * catalog: copies of its plant scenario with nothing blocked, every third one
 * a copy of its suppliers scenario instead (one objective blocked: a worse
 * health), under new ids. Returns the program folder.
 */
export function manyScenarios(count: number): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-many-')), 'program');
  cpSync(path.join(fixturesDir, 'layout', 'programs', 'six-stages'), dir, { recursive: true });
  const catalogFile = path.join(dir, 'catalogs', 'stages.yaml');
  const catalog = parse(readFileSync(catalogFile, 'utf8')) as Catalog;
  const unblocked = (text: string) =>
    text.replace(/status: blocked\n\s*blockers:\n\s*- .*\n/g, 'status: in-progress\n');
  const bases = ['plant', 'suppliers'].map((id) => {
    const text = readFileSync(path.join(dir, 'scenarios', `${id}.yaml`), 'utf8');
    return {
      id,
      scenario: catalog.scenarios.find((s) => s.id === id) as Catalog['scenarios'][number],
      text: id === 'plant' ? unblocked(text) : text,
    };
  });
  for (const b of bases) rmSync(path.join(dir, 'scenarios', `${b.id}.yaml`));
  const ids = Array.from({ length: count }, (_, i) => `site${i}`);
  const baseOf = (i: number) => bases[i % 3 === 2 ? 1 : 0] as (typeof bases)[number];
  catalog.scenarios = ids.map((id, i) => ({
    ...baseOf(i).scenario,
    id,
    title: `Secure site number ${i} and its operational technology`,
    short_title: `Site ${i}`,
    stages: baseOf(i).scenario.stages.map((st) => ({
      ...st,
      objectives: st.objectives.map((o) => ({ ...o, id: o.id.replace(baseOf(i).id, id) })),
    })),
  }));
  writeFileSync(catalogFile, stringify(catalog));
  ids.forEach((id, i) => {
    const base = baseOf(i);
    const text = base.text.replace(`scenario: ${base.id}`, `scenario: ${id}`).replaceAll(`${base.id}-`, `${id}-`);
    writeFileSync(path.join(dir, 'scenarios', `${id}.yaml`), text);
  });
  const programFile = path.join(dir, 'program.yaml');
  const program = parse(readFileSync(programFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(programFile, stringify({ ...program, scenarios: ids }));
  return dir;
}
