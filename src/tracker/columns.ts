import type { Status } from '../schema/status.js';

/** What a scenario sheet's column holds. */
export type ColumnKey =
  | 'stage'
  | 'title'
  | 'includes'
  | 'owner'
  | 'status'
  | 'due'
  | 'started'
  | 'completed'
  | 'percent'
  | 'blockers'
  | 'notes'
  | 'id';

export interface Column {
  key: ColumnKey;
  header: string;
  /** Narrowest and widest width, in characters. */
  width: [number, number];
  /** The catalog's: locked on catalog rows (a custom objective's stage and title stay editable). */
  catalog?: boolean;
  date?: boolean;
}

/**
 * Microsoft's tracker columns first (Stage, Objective, Includes, Owner,
 * Status), then ztdeck's; the Id last, narrow and locked: rows are matched
 * by it, never by their position.
 */
export const columns: readonly Column[] = [
  { key: 'stage', header: 'Stage', width: [7, 7], catalog: true },
  { key: 'title', header: 'Objective', width: [24, 60], catalog: true },
  { key: 'includes', header: 'Includes', width: [12, 30], catalog: true },
  { key: 'owner', header: 'Owner', width: [12, 28] },
  { key: 'status', header: 'Status', width: [14, 18] },
  { key: 'due', header: 'Due', width: [12, 14], date: true },
  { key: 'started', header: 'Started', width: [12, 14], date: true },
  { key: 'completed', header: 'Completed', width: [12, 14], date: true },
  { key: 'percent', header: '% complete', width: [11, 11] },
  { key: 'blockers', header: 'Blocker / reason not applicable', width: [20, 50] },
  { key: 'notes', header: 'Notes', width: [30, 70] },
  { key: 'id', header: 'Id', width: [8, 8], catalog: true },
];

/** The hidden column whose header cell holds the sheet's mark. */
export const MARK_COLUMN = columns.length + 1;
export const MARK_PREFIX = 'ztdeck:';

/** Rows below the data kept editable and validated, for the objectives people add. */
export const SPARE_ROWS = 200;

/** The words of a tracker: the template's status labels and colours, its locale. */
export interface TrackerLook {
  locale: string;
  /** Number format of a date cell in the locale (Format.dateFormatCode). */
  dateFormat: string;
  statusLabels: Record<Status, string>;
  /** Six hex digits. */
  statusColors: Record<Status, string>;
  /** Status labels of the other shipped templates' locales, read too. */
  otherLabels?: Record<Status, string>[];
  reasonLabels: Record<string, string>;
  /** The template's words of the registers' closed sets (likelihood and impact by 1 to 5, treatment, trends, statuses). */
  words?: Record<string, Record<string, string>>;
}

/** A1 name of a column number (1 = A). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
