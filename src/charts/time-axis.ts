import type { DateLabelKind, Format } from '../templating/format.js';

/**
 * A time axis: dates placed by how far apart they are, so three years look
 * like three years and not like one step. The same axis is a date axis in
 * PowerPoint and a linear scale over day numbers in the PNG: the ticks, their
 * labels and the range are decided here, once, so the two show the same.
 */
export interface TimeAxis {
  /** Each category's day (days since 1970-01-01), in the order of the spec's labels. */
  days: number[];
  /** The axis runs from `min` (on a tick) to `max` (the last date), in days. */
  min: number;
  max: number;
  /** Ticks every `step` days, months or years from `min`: what PowerPoint's majorUnit and majorTimeUnit say. */
  unit: TimeUnit;
  step: number;
  ticks: { day: number; label: string }[];
  /** The tick labels' number format for PowerPoint, in the locale's order (d mmm yyyy). */
  formatCode: string;
}

export type TimeUnit = 'days' | 'months' | 'years';

const DAY_MS = 86_400_000;

/** Steps a reader counts in, finest first. */
const STEPS: readonly (readonly [TimeUnit, number])[] = [
  ['days', 1],
  ['days', 2],
  ['days', 7],
  ['days', 14],
  ['months', 1],
  ['months', 2],
  ['months', 3],
  ['months', 6],
  ['years', 1],
  ['years', 2],
  ['years', 5],
  ['years', 10],
  ['years', 20],
  ['years', 50],
  ['years', 100],
];

/** YYYY-MM-DD → days since 1970-01-01. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Days since 1970-01-01 → YYYY-MM-DD. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function add(day: number, unit: TimeUnit, n: number): number {
  if (unit === 'days') return day + n;
  const d = new Date(day * DAY_MS);
  const months = unit === 'months' ? n : 12 * n;
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / DAY_MS);
}

/** The start of the day, month or year a day falls in: where the ticks start. */
function floorTo(day: number, unit: TimeUnit): number {
  if (unit === 'days') return day;
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), unit === 'months' ? d.getUTCMonth() : 0, 1) / DAY_MS);
}

function labelKind(unit: TimeUnit, withYear: boolean): DateLabelKind {
  if (unit === 'years') return 'year';
  if (unit === 'months') return withYear ? 'month' : 'monthShort';
  return withYear ? 'shortDate' : 'dayMonth';
}

/**
 * The axis of some dates (in order): the finest step that gives at most six
 * ticks (seven when the labels need no year), each label with its year
 * whenever a date or a tick is not in the reporting year, so a value of 2019
 * never reads as this year's, and no two labels alike.
 */
export function timeAxis(dates: readonly string[], reportingDate: string, fmt: Format): TimeAxis {
  const days = dates.map(dayNumber);
  const last = Math.max(...days);
  // One date alone gets the day before it, so the axis has a length.
  const first = Math.min(Math.min(...days), last - 1);
  const year = reportingDate.slice(0, 4);
  let chosen: TimeAxis | undefined;
  for (const [unit, step] of STEPS) {
    const min = floorTo(first, unit);
    const tickDays: number[] = [];
    for (let d = min; d <= last && tickDays.length <= 8; d = add(d, unit, step)) tickDays.push(d);
    const withYear = [...dates, ...tickDays.map(dateOfDay)].some((d) => d.slice(0, 4) !== year);
    if (tickDays.length > (withYear ? 6 : 7) && !(unit === 'years' && step === 100)) continue;
    const kind = labelKind(unit, withYear);
    chosen = {
      days,
      min,
      max: last,
      unit,
      step,
      ticks: tickDays.map((day) => ({ day, label: fmt.dateLabel(dateOfDay(day), kind) })),
      formatCode: fmt.dateFormatCode(kind),
    };
    break;
  }
  if (!chosen) throw new Error('no time axis step fits');
  return chosen;
}
