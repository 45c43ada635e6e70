import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Decision } from '../schema/decisions.js';
import type { Kpi } from '../schema/kpis.js';
import type { ProgramFile } from '../schema/program.js';
import type { Risk } from '../schema/risks.js';
import type { ScenarioFile } from '../schema/scenario.js';

/** `scenario-id/objective-id`: how an objective is named across files. */
export type ObjectiveKey = `${string}/${string}`;

export function objectiveKey(scenarioId: string, objectiveId: string): ObjectiveKey {
  return `${scenarioId}/${objectiveId}`;
}

/**
 * A program that passed validation: plain data (no file positions), the
 * catalog it uses, and every cross-file reference already resolved to an
 * ObjectiveKey. This is what the model is built from.
 */
export interface ProgramData {
  catalog: CatalogIndex;
  program: ProgramFile;
  /** Scenario files of the scenarios in scope, in the program's order. */
  scenarios: ScenarioFile[];
  kpis: Record<string, Kpi>;
  risks: Record<string, Risk & { mitigatedBy: ObjectiveKey[] }>;
  decisions: Record<string, Decision & { relatedKeys: ObjectiveKey[] }>;
  highlights: string[];
}
