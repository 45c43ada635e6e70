import { z } from 'zod';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { dataFiles, type DataFileKind } from '../schema/data-files.js';

/** File name of the JSON Schema for one kind of data file. */
export function schemaFileName(kind: DataFileKind): string {
  return `${kind}.schema.json`;
}

type JsonObject = Record<string, unknown>;

function nodeAt(o: unknown, ...keys: string[]): JsonObject | undefined {
  let cur = o;
  for (const k of keys) cur = (cur as JsonObject | undefined)?.[k];
  return cur as JsonObject | undefined;
}

/** A JSON Schema that refuses any value: draft-07 forbids an empty enum. */
function oneOf(values: string[]): JsonObject | false {
  return values.length > 0 ? { enum: values } : false;
}

/**
 * With a catalog, ids become enumerations, so an editor completes them, and the
 * catalog's rules that one file can break are checked as the file is edited: the
 * number of stages, the functional areas, each scenario's own objectives and
 * tracks, custom objective ids that are not catalog ids. What needs other files
 * (the reporting date, the scenarios in scope) is left to ztdeck validate.
 */
function withCatalog(kind: DataFileKind, schema: JsonObject, catalog: CatalogIndex, catalogIds: string[]): void {
  const c = catalog.catalog;
  const scenarioIds = catalog.scenarioIds();
  const objectiveIds = [...new Set(scenarioIds.flatMap((s) => catalog.objectiveIds(s)))].sort();
  const enumOf = (target: JsonObject | undefined, values: string[]) => {
    if (target && values.length > 0) target.enum = values;
  };
  if (kind === 'program') {
    enumOf(nodeAt(schema, 'properties', 'scenarios', 'items'), scenarioIds);
    enumOf(nodeAt(schema, 'properties', 'catalog'), catalogIds);
  }
  if (kind === 'kpis')
    enumOf(nodeAt(schema, 'properties', 'kpis', 'additionalProperties', 'properties', 'scenario'), scenarioIds);
  if (kind !== 'scenario') return;

  const stages = (target: JsonObject | undefined) => {
    if (target) target.maximum = catalog.stageCount;
  };
  const areaIds = c.functional_areas.map((a) => a.id);
  enumOf(nodeAt(schema, 'properties', 'scenario'), scenarioIds);
  enumOf(
    nodeAt(schema, 'properties', 'phase'),
    c.lifecycle_phases.map((p) => p.id),
  );
  enumOf(nodeAt(schema, 'properties', 'objectives', 'propertyNames'), objectiveIds);
  stages(nodeAt(schema, 'properties', 'focus_stage'));
  stages(nodeAt(schema, 'properties', 'tracks', 'additionalProperties', 'properties', 'focus_stage'));
  stages(nodeAt(schema, 'properties', 'custom_objectives', 'additionalProperties', 'properties', 'stage'));
  for (const records of ['objectives', 'custom_objectives'])
    enumOf(nodeAt(schema, 'properties', records, 'additionalProperties', 'properties', 'areas', 'items'), areaIds);
  const customIds = nodeAt(schema, 'properties', 'custom_objectives', 'propertyNames');
  if (customIds && objectiveIds.length > 0) customIds.not = { enum: objectiveIds };

  // What depends on the scenario the file is about: one condition per scenario of the catalog.
  schema.allOf = [
    ...((schema.allOf as unknown[] | undefined) ?? []),
    ...scenarioIds.map((id) => {
      const trackIds = (catalog.scenario(id)?.tracks ?? []).map((t) => t.id);
      return {
        if: { properties: { scenario: { const: id } }, required: ['scenario'] },
        then: {
          properties: {
            objectives: { propertyNames: oneOf(catalog.objectiveIds(id)) },
            tracks: trackIds.length > 0 ? { propertyNames: { enum: trackIds } } : { maxProperties: 0 },
            custom_objectives: {
              additionalProperties:
                trackIds.length > 0
                  ? { properties: { track: { enum: trackIds } }, required: ['track'] }
                  : { properties: { track: false } },
            },
          },
        },
      };
    }),
  ];
}

/**
 * JSON Schemas for editors (the YAML language server, draft-07), generated from
 * the same zod schemas that validate the data, so the two cannot drift. With the
 * program's catalog they also hold its ids and the rules that depend on it;
 * `catalogIds` are the catalogs program.yaml may name.
 */
export function jsonSchemas(
  catalog?: CatalogIndex,
  catalogIds: string[] = catalog ? [catalog.id] : [],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of Object.keys(dataFiles) as DataFileKind[]) {
    const entry = dataFiles[kind];
    const schema = z.toJSONSchema(entry.schema, {
      target: 'draft-7',
      io: 'input',
      unrepresentable: 'any',
    }) as JsonObject;
    if (catalog) withCatalog(kind, schema, catalog, [...catalogIds].sort());
    const doc = {
      ...schema,
      title: entry.title,
      description: `ztdeck ${entry.path}${catalog ? ` (catalog ${catalog.id})` : ''}`,
    };
    out.set(schemaFileName(kind), `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}
