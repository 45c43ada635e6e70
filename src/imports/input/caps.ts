/**
 * How much one file to import may hold, by the kind of file, checked while it
 * is scanned and before it is parsed, so a file of ten million empty records
 * (30 MB, under the size cap) stops in one linear pass instead of being built
 * in memory. The largest real exports stay well inside: a 32 MiB file holds
 * about 26,000 Intune devices or 55,000 Entra users as JSON, and a portal CSV
 * row is a few hundred bytes.
 */
export const importCaps = {
  /** A JSON file, and the JSON inside a Zero Trust Assessment HTML report. */
  json: {
    /** Items of one list, or members of one object. */
    children: 100_000,
    /** Lists and objects inside one another. */
    depth: 512,
  },
  csv: {
    /** Rows after the header. */
    rows: 200_000,
    /** Fields of one row (the header included). */
    columns: 1_000,
  },
} as const;

/** What is said when a file holds more than a cap: split or filter the export. */
export const SPLIT_HINT =
  'save the export in several files (Graph pages with $top and @odata.nextLink, one file per filter or group) or filter it to the records needed, and give them all';

/** A cap as the messages write it: 100,000. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
