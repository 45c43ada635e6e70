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

/**
 * With a catalog, ids become enumerations, so an editor completes scenario,
 * phase and objective ids (the union over scenarios: one schema serves every scenario file).
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
  if (kind === 'scenario') {
    enumOf(nodeAt(schema, 'properties', 'scenario'), scenarioIds);
    enumOf(
      nodeAt(schema, 'properties', 'phase'),
      c.lifecycle_phases.map((p) => p.id),
    );
    enumOf(nodeAt(schema, 'properties', 'objectives', 'propertyNames'), objectiveIds);
  }
}

/**
 * JSON Schemas for editors (the YAML language server), generated from the same
 * zod schemas that validate the data, so the two cannot drift.
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
