import type { CatalogIndex } from '../catalog/catalog-index.js';
import { progressOf } from './progress.js';
import type { AreaModel, ScenarioModel } from './types.js';

/** Progress per functional area across the scenarios in scope (objectives without an area are left out). */
export function areaModels(catalog: CatalogIndex, scenarios: readonly ScenarioModel[]): AreaModel[] {
  return catalog.catalog.functional_areas.map((a) => ({
    id: a.id,
    title: a.title,
    progress: progressOf(scenarios.flatMap((s) => s.objectives.filter((o) => o.areas.includes(a.id)))),
    byScenario: scenarios
      .map((s) => ({ scenarioId: s.id, progress: progressOf(s.objectives.filter((o) => o.areas.includes(a.id))) }))
      .filter((x) => x.progress.total > 0),
  }));
}
