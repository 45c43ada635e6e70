/**
 * Names that reach into JavaScript's objects rather than the data: a plain
 * object answers them with its prototype's members. The YAML reader refuses
 * them as keys and the id schema as ids, so no name the user writes can be
 * one; lookups by such a name still go through `own` (or a Map).
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What a record holds under a name the user wrote (an id in a file, a name on
 * the command line): its own entry, never a member of its prototype
 * (constructor, toString, hasOwnProperty...).
 */
export function own<V>(record: Readonly<Partial<Record<string, V>>> | undefined, name: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}
