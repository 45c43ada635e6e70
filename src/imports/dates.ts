import { isRealDate } from '../schema/common.js';

/** A moment read from a file: the calendar date it names, and the instant (to order two readings of one day). */
export interface Stamp {
  date: string;
  instant: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MS_JSON = /^\/Date\((-?\d{1,15})([+-]\d{4})?\)\/$/;

/**
 * A timestamp → its date. The rule: the calendar date in the stamp's own
 * offset, which is the date as written: the UTC date for `Z` stamps (Graph,
 * ScubaGear), the local date for PowerShell's local times (`+10:00`, Zero
 * Trust Assessment, Maester); a stamp without offset (Intune CSV) is read as
 * UTC. Windows PowerShell 5.1's `"\/Date(ms)\/"` is a UTC instant (or the
 * offset it carries). Never the file's modification time.
 */
export function parseStamp(s: string): Stamp | undefined {
  const ms = MS_JSON.exec(s.trim());
  if (ms) {
    const instant = Number(ms[1]);
    const off = ms[2] ? offsetMinutes(ms[2]) : 0;
    if (off === undefined) return undefined;
    const date = new Date(instant + off * 60_000).toISOString().slice(0, 10);
    return isRealDate(date) ? { date, instant } : undefined;
  }
  const m = ISO.exec(s.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isRealDate(date)) return undefined;
  const [h, mi, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || sec > 60) return undefined;
  const frac = Number(`0.${m[7] ?? '0'}`);
  const offset = m[8] && m[8].toUpperCase() !== 'Z' ? offsetMinutes(m[8]) : 0;
  if (offset === undefined) return undefined;
  const instant =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, mi, sec) + Math.round(frac * 1000) - offset * 60_000;
  return { date, instant };
}

/** The widest offset in use (Kiribati, +14:00); ISO 8601 allows nothing past ±23:59 and no zone is past ±14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** `+10:00`, `-0530` → minutes east of UTC; undefined for what no clock shows (`-99:99`, `+25:00`, `+14:30`). */
function offsetMinutes(zone: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return undefined;
  const [hours, minutes] = [Number(m[2]), Number(m[3])];
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET_MINUTES) return undefined;
  return m[1] === '-' ? -total : total;
}

export const periods = ['month', 'week', 'day'] as const;
export type Period = (typeof periods)[number];

/** The last day of the period a date falls in: month end, Sunday (weeks run Monday to Sunday, ISO 8601), or the day. */
export function periodEnd(date: string, every: Period): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (every === 'day') return date;
  if (every === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const t = new Date(Date.UTC(y, m - 1, d));
  const toSunday = (7 - t.getUTCDay()) % 7;
  return new Date(t.getTime() + toSunday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Keeps, for each period, the last point on or before its end: the series
 * then has the granularity of the program's other KPIs (one value a month in
 * the example). Points keep their own dates. Input in date order.
 */
export function reduceToPeriods<T extends { date: string }>(points: readonly T[], every: Period): T[] {
  const last = new Map<string, T>();
  for (const p of points) last.set(periodEnd(p.date, every), p);
  return [...last.values()];
}
