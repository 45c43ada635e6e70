import { describe, expect, it } from 'vitest';
import { CatalogIndex } from '../../../src/catalog/catalog-index.js';
import { scenarioObjectives } from '../../../src/model/objectives.js';
import type { Catalog } from '../../../src/schema/catalog.js';
import type { ScenarioFile } from '../../../src/schema/scenario.js';

/**
 * The schemas refuse ids such as constructor; the model does not rely on it:
 * an objective the scenario file does not record is not started, whatever its
 * id, never the record its prototype holds under that name.
 */
describe('the model looks records up by their own keys only', () => {
  it('an objective named after a prototype member, not recorded, is not started', () => {
    const ids = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'recorded'];
    const catalog = {
      id: 'c',
      stage_labels: ['One'],
      scenarios: [{ id: 's', title: 'S', stages: [{ stage: 1, objectives: ids.map((id) => ({ id, title: id })) }] }],
    } as unknown as Catalog;
    const file = {
      scenario: 's',
      focus_stage: 1,
      objectives: { recorded: { status: 'complete' } },
      custom_objectives: {},
    } as unknown as ScenarioFile;
    const objectives = scenarioObjectives(new CatalogIndex(catalog), file, { start: '2026-01-01', date: '2026-02-01' });
    expect(objectives.map((o) => [o.id, o.status])).toEqual([
      ['constructor', 'not-started'],
      ['toString', 'not-started'],
      ['valueOf', 'not-started'],
      ['hasOwnProperty', 'not-started'],
      ['recorded', 'complete'],
    ]);
  });
});
