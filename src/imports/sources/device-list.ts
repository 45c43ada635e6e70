import type { InputDoc } from '../input/read-input.js';
import { problem, type Problem } from '../../problems/problem.js';
import type { Reading } from '../types.js';
import { jsonRecords, ProblemCap, word } from './common.js';
import { plural } from '../../problems/plural.js';
import { own } from '../../schema/names.js';

/** One device (or user) of a list, whichever file it came from, with a way to point at it. */
export interface ListItem {
  id?: string;
  value: string | number | boolean | undefined;
  problem(message: string, hint: string): Problem;
}

/**
 * The items of list-shaped files (Graph pages, portal CSV exports) as one
 * list: a device that appears in two pages counts once.
 */
export function listItems(
  docs: readonly InputDoc[],
  json: { id: string; field: string },
  csv: { id: string[]; field: string[] },
): ListItem[] {
  const seen = new Set<string>();
  const out: ListItem[] = [];
  const push = (item: ListItem) => {
    if (item.id !== undefined && item.id !== '') {
      if (seen.has(item.id)) return;
      seen.add(item.id);
    }
    out.push(item);
  };
  for (const doc of docs) {
    if (doc.kind === 'json') {
      for (const r of jsonRecords(doc)) {
        const v = r.get(json.field);
        const id = r.get(json.id)?.value;
        push({
          ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}),
          value:
            typeof v?.value === 'string' || typeof v?.value === 'number' || typeof v?.value === 'boolean'
              ? v.value
              : undefined,
          problem: (message, hint) => (v ?? r).problem('invalid-value', message, hint),
        });
      }
      continue;
    }
    const t = doc.table;
    const col = t.column(...csv.field);
    const idCol = t.column(...csv.id);
    if (col === undefined) continue;
    for (const row of t.rows) {
      const id = idCol === undefined ? undefined : row.cells[idCol];
      push({
        ...(id ? { id } : {}),
        value: row.cells[col],
        problem: (message, hint) => t.problem(row, col, 'invalid-value', message, hint),
      });
    }
  }
  return out;
}

/**
 * Counts the items by the state their value names (`states`: word → state;
 * numbers as the API's enum codes). An unknown value is an error naming the
 * values ztdeck knows.
 */
export function countStates<S extends string>(
  items: readonly ListItem[],
  states: Readonly<Record<string, S>>,
  what: string,
  reading: Reading,
): Map<S, number> {
  const counts = new Map<S, number>();
  const cap = new ProblemCap(reading);
  const known = [...new Set(Object.keys(states).filter((k) => !/^\d+$/.test(k)))].join(', ');
  for (const item of items) {
    const key = typeof item.value === 'number' ? String(item.value) : word(String(item.value ?? ''));
    const state = own(states, key);
    if (state === undefined) {
      cap.add(() =>
        item.problem(
          `${JSON.stringify(item.value ?? null)} is not a ${what} ztdeck knows`,
          `the values it reads are ${known}`,
        ),
      );
      continue;
    }
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  cap.finish((hidden) =>
    problem('invalid-value', `${plural(hidden, 'more item has', 'more items have')} a ${what} ztdeck does not know`),
  );
  return counts;
}
