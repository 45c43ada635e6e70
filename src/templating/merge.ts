import { z } from 'zod';

/**
 * The same schema with every key optional, all the way down: a template that
 * extends another writes only what differs. Lists are replaced whole, not merged.
 */
export function deepPartial(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType } })
    .def;
  if (def.type === 'default' && def.innerType) return deepPartial(def.innerType);
  if (def.type === 'object' && def.shape) {
    return z.strictObject(
      Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, deepPartial(v).optional()])),
    );
  }
  return schema;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The child's values over the parent's, mapping by mapping; lists and scalars of the child replace the parent's. */
export function deepMerge(parent: unknown, child: unknown): unknown {
  if (!isPlainObject(parent) || !isPlainObject(child)) return child === undefined ? parent : child;
  const out: Record<string, unknown> = { ...parent };
  for (const [k, v] of Object.entries(child)) out[k] = deepMerge(parent[k], v);
  return out;
}
