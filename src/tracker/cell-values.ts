import type { Status } from '../schema/status.js';
import type { TrackerLook } from './columns.js';
import type { ColumnKey } from './columns.js';
import type { TrackerRow } from './sheets.js';

export type CellValue = string | number | Date | null;

/** A YYYY-MM-DD date as the Date of its UTC midnight, which a spreadsheet stores as that day's serial. */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The text of the Blocker / reason column: the reason of a not-applicable objective, else the blockers, a line each. */
export function blockerText(record: TrackerRow['record'], look: TrackerLook): string {
  if (record.status === 'not-applicable' && record.reason) return look.reasonLabels[record.reason] ?? record.reason;
  return (record.blockers ?? []).join('\n');
}

/** What a row's cell shows, from the YAML: an absent optional field is an empty cell. */
export function cellValue(row: TrackerRow, key: ColumnKey, look: TrackerLook): CellValue {
  const r = row.record;
  const status: Status = r.status ?? 'not-started';
  switch (key) {
    case 'stage':
      return row.stage;
    case 'title':
      return row.title;
    case 'includes':
      return row.includes || null;
    case 'status':
      return look.statusLabels[status];
    case 'due':
    case 'started':
    case 'completed': {
      const d = r[key];
      return d ? excelDate(d) : null;
    }
    case 'percent':
      return r.percent ?? null;
    case 'blockers':
      return blockerText(r, look) || null;
    case 'id':
      return row.id;
    default:
      return r[key] ?? null;
  }
}
