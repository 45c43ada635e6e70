import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { objectiveKey, type ObjectiveKey } from './program-data.js';
import { didYouMean } from '../problems/suggest.js';

export type RefResult =
  | { ok: true; key: ObjectiveKey }
  | {
      ok: false;
      code: 'unknown-objective' | 'ambiguous-reference' | 'unknown-reference';
      message: string;
      hint: string;
    };

/**
 * Resolves what a user writes to point at an objective ("backup-critical-data"
 * or "prevent-reduce-business-damage-breach/backup-critical-data") among the
 * scenarios in scope, catalog and custom objectives alike.
 */
export class ObjectiveRefs {
  private readonly byId = new Map<string, ObjectiveKey[]>();
  private readonly all = new Set<ObjectiveKey>();

  constructor(catalog: CatalogIndex, scope: readonly string[], files: ReadonlyMap<string, ScenarioFile>) {
    for (const scenarioId of scope) {
      const ids = [...catalog.objectiveIds(scenarioId), ...Object.keys(files.get(scenarioId)?.custom_objectives ?? {})];
      for (const id of ids) {
        const key = objectiveKey(scenarioId, id);
        this.all.add(key);
        this.byId.set(id, [...(this.byId.get(id) ?? []), key]);
      }
    }
  }

  resolve(ref: string): RefResult {
    const slash = ref.indexOf('/');
    if (slash >= 0) {
      const key = ref as ObjectiveKey;
      if (this.all.has(key)) return { ok: true, key };
      const [scenario, id] = [ref.slice(0, slash), ref.slice(slash + 1)];
      const inScope = [...this.all]
        .filter((k) => k.startsWith(`${scenario}/`))
        .map((k) => k.slice(scenario.length + 1));
      if (inScope.length === 0) {
        return {
          ok: false,
          code: 'unknown-reference',
          message: `"${ref}" names the scenario "${scenario}", which is not in scope`,
          hint: 'use a scenario listed in program.yaml, or add it there',
        };
      }
      return {
        ok: false,
        code: 'unknown-objective',
        message: `scenario ${scenario} has no objective "${id}"`,
        hint: [didYouMean(id, inScope), `ztdeck catalog ${scenario} lists its objectives`].filter(Boolean).join(' '),
      };
    }
    const keys = this.byId.get(ref) ?? [];
    if (keys.length === 1 && keys[0]) return { ok: true, key: keys[0] };
    if (keys.length > 1) {
      return {
        ok: false,
        code: 'ambiguous-reference',
        message: `"${ref}" is an objective of ${keys.length} scenarios in scope`,
        hint: `write the scenario too: ${keys.join(' or ')}`,
      };
    }
    return {
      ok: false,
      code: 'unknown-objective',
      message: `"${ref}" is not an objective of any scenario in scope`,
      hint: [didYouMean(ref, this.byId.keys()), 'ztdeck catalog <scenario-id> lists the objective ids']
        .filter(Boolean)
        .join(' '),
    };
  }
}
