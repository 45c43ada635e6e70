import type { Catalog, CatalogObjective, CatalogScenario } from '../schema/catalog.js';

export interface IndexedObjective {
  objective: CatalogObjective;
  scenario: CatalogScenario;
  stage: number;
}

/** Lookups over a catalog: scenarios by id, objectives by scenario and id, and which scenarios share an objective id. */
export class CatalogIndex {
  private readonly scenarios = new Map<string, CatalogScenario>();
  private readonly objectives = new Map<string, Map<string, IndexedObjective>>();
  private readonly scenariosByObjective = new Map<string, string[]>();

  constructor(readonly catalog: Catalog) {
    for (const scenario of catalog.scenarios) {
      this.scenarios.set(scenario.id, scenario);
      const byId = new Map<string, IndexedObjective>();
      for (const stage of scenario.stages) {
        for (const objective of stage.objectives) {
          byId.set(objective.id, { objective, scenario, stage: stage.stage });
          this.scenariosByObjective.set(objective.id, [
            ...(this.scenariosByObjective.get(objective.id) ?? []),
            scenario.id,
          ]);
        }
      }
      this.objectives.set(scenario.id, byId);
    }
  }

  get id(): string {
    return this.catalog.id;
  }

  get stageCount(): number {
    return this.catalog.stage_labels.length;
  }

  scenario(id: string): CatalogScenario | undefined {
    return this.scenarios.get(id);
  }

  scenarioIds(): string[] {
    return [...this.scenarios.keys()];
  }

  objective(scenarioId: string, objectiveId: string): IndexedObjective | undefined {
    return this.objectives.get(scenarioId)?.get(objectiveId);
  }

  objectiveIds(scenarioId: string): string[] {
    return [...(this.objectives.get(scenarioId)?.keys() ?? [])];
  }

  /** Every scenario whose catalog has this objective id. */
  scenariosWith(objectiveId: string): string[] {
    return this.scenariosByObjective.get(objectiveId) ?? [];
  }

  objectiveCount(): number {
    let n = 0;
    for (const m of this.objectives.values()) n += m.size;
    return n;
  }
}
