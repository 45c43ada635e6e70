import type { CatalogIndex } from '../catalog/catalog-index.js';
import { objectiveKey, type ObjectiveKey } from './program-data.js';
import { suggestionHint } from '../problems/suggest.js';

export type RefResult =
  | { ok: true; key: ObjectiveKey }
  | {
      ok: false;
      undecided?: undefined;
      code: 'unknown-objective' | 'ambiguous-reference' | 'unknown-reference';
      message: string;
      hint: string;
    }
  /** Not found, but a scenario file that could not be read may hold it: no mistake is reported. */
  | { ok: false; undecided: true };

/** What a scenario file says of its custom objectives, for references to them. */
export interface CustomObjectives {
  custom_objectives?: Readonly<Record<string, unknown>>;
}

/**
 * Resolves what a user writes to point at an objective ("backup-critical-data"
 * or "prevent-reduce-business-damage-breach/backup-critical-data") among the
 * scenarios in scope, catalog and custom objectives alike.
 */
export class ObjectiveRefs {
  private readonly byId = new Map<string, ObjectiveKey[]>();
  private readonly all = new Set<ObjectiveKey>();

  /** `complete`: false when a scenario file in scope could not be read, so a reference found nowhere is no mistake yet. */
  constructor(
    catalog: CatalogIndex,
    scope: readonly string[],
    files: ReadonlyMap<string, CustomObjectives>,
    private readonly complete = true,
  ) {
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
    const found = this.find(ref);
    return found.ok || this.complete || found.code === 'ambiguous-reference' ? found : { ok: false, undecided: true };
  }

  private find(ref: string): Exclude<RefResult, { undecided: true }> {
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
        hint: suggestionHint(id, inScope, `ztdeck catalog ${scenario} lists its objectives`),
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
      hint: suggestionHint(ref, this.byId.keys(), 'ztdeck catalog <scenario-id> lists the objective ids'),
    };
  }
}

/**
 * The custom objectives of every scenario file as written, by scenario: a
 * file with a mistake still names its objectives, so a reference to one of
 * them is no mistake. `complete` is false when a file does not say which
 * scenario it is of, or its custom_objectives is not a mapping.
 */
export function writtenCustomObjectives(values: readonly unknown[]): {
  files: Map<string, CustomObjectives>;
  complete: boolean;
} {
  const files = new Map<string, CustomObjectives>();
  let complete = true;
  for (const value of values) {
    const { scenario, custom_objectives: custom } = (value ?? {}) as {
      scenario?: unknown;
      custom_objectives?: unknown;
    };
    const mapping = custom !== null && typeof custom === 'object' && !Array.isArray(custom);
    if (typeof scenario !== 'string' || (custom !== undefined && custom !== null && !mapping)) {
      complete = false;
      continue;
    }
    const before = files.get(scenario)?.custom_objectives ?? {};
    files.set(scenario, { custom_objectives: { ...before, ...(mapping ? (custom as Record<string, unknown>) : {}) } });
  }
  return { files, complete };
}
