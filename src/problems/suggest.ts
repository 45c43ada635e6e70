import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to what the user wrote, best first: small edit
 * distance, or one contains the other (strong-auth → strong-authentication).
 */
export function nearest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    const hay = c.toLowerCase();
    const d = distance(needle, hay);
    const limit = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = needle.length >= 4 && (hay.includes(needle) || needle.includes(hay));
    if (d <= limit || contains) scored.push({ c, score: contains ? Math.min(d, 1.5) : d });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

/** ` (did you mean "x"?)` or ` (did you mean "x" or "y"?)`, or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = nearest(input, candidates);
  if (found.length === 0) return '';
  const quoted = found.map((f) => `"${f}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `did you mean ${list}?`;
}

/** A hint that starts with the nearest candidates, when some are near, then says what else to do. */
export function suggestionHint(input: string, candidates: Iterable<string>, otherwise: string): string {
  return [didYouMean(input, candidates), otherwise].filter(Boolean).join(' ');
}
