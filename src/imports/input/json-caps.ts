import { count as n, importCaps, SPLIT_HINT } from './caps.js';
import { jsonPathText, type JsonPath } from './json-text.js';

/** Where and why a JSON text holds more than ztdeck reads. */
export interface OverCap {
  offset: number;
  message: string;
  hint: string;
}

const [QUOTE, COMMA, BACKSLASH] = [0x22, 0x2c, 0x5c];
const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

/**
 * One pass over the text before JSON.parse builds anything: counts the items
 * of each open list (members of each open object) and the nesting, with no
 * recursion and memory bounded by the depth cap. It does not check the
 * syntax (JSON.parse does, after); on a cap it stops at once, with the
 * offset of the list or object and its path.
 */
export function jsonOverCap(
  text: string,
  caps: { children: number; depth: number } = importCaps.json,
): OverCap | undefined {
  const size = caps.depth + 2;
  const [isObject, counts, starts] = [new Uint8Array(size), new Float64Array(size), new Float64Array(size)];
  // Per open object: where its current key is, and whether the next text value is a key.
  const [keyStart, keyEnd, wantKey] = [new Float64Array(size), new Float64Array(size), new Uint8Array(size)];
  const path = (upTo: number): JsonPath => {
    const segments: (string | number)[] = [];
    for (let d = 1; d < upTo; d++)
      segments.push(isObject[d] ? (JSON.parse(text.slice(keyStart[d], keyEnd[d])) as string) : (counts[d] ?? 0));
    return segments;
  };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth > 0 && wantKey[depth]) [keyStart[depth], keyEnd[depth], wantKey[depth]] = [i, end + 1, 0];
      i = end;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      if (++depth > caps.depth) {
        return {
          offset: i,
          message: `the JSON nests deeper than ${caps.depth} levels (lists and objects inside one another)`,
          hint: 'no tool writes JSON this deep: give the file the tool or the API wrote',
        };
      }
      [isObject[depth], counts[depth], starts[depth]] = [c === OPEN_OBJECT ? 1 : 0, 0, i];
      wantKey[depth] = isObject[depth] ?? 0;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      if (depth > 0) depth--;
    } else if (c === COMMA && depth > 0) {
      wantKey[depth] = isObject[depth] ?? 0;
      // n commas separate n + 1 children: the cap is passed at the cap-th comma.
      const count = (counts[depth] ?? 0) + 1;
      counts[depth] = count;
      if (count >= caps.children) {
        const [what, unit] = isObject[depth] ? ['object', 'members'] : ['list', 'items'];
        return {
          offset: starts[depth] ?? 0,
          message: `${jsonPathText(path(depth))}: this ${what} holds more than ${n(caps.children)} ${unit}, the most ztdeck reads in one ${what} of a file to import`,
          hint: SPLIT_HINT,
        };
      }
    }
  }
  return undefined;
}

/** The offset of the quote that closes the string opening at `start` (the text's length when none does). */
function stringEnd(text: string, start: number): number {
  for (let j = text.indexOf('"', start + 1); j >= 0; j = text.indexOf('"', j + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return j;
  }
  return text.length;
}
