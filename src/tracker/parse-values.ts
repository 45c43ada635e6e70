import { isRealDate } from '../schema/common.js';
import { notApplicableReasons, statusIds, statuses, type NotApplicableReason, type Status } from '../schema/status.js';
import type { TrackerLook } from './columns.js';
import type { ReadValue } from './read-workbook.js';

/** A cell read as the field it holds, or why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (why: string): Parsed<never> => ({ ok: false, why });
const words = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A status as people type it: the template's label, another shipped wording, or the id, in any case. */
export function parseStatus(v: ReadValue, look: TrackerLook): Parsed<Status> {
  const text = words(String(v ?? ''));
  const wordings = [look.statusLabels, ...(look.otherLabels ?? [])];
  for (const s of statusIds) {
    const names = [s, s.replace(/-/g, ' '), statuses[s].label, ...wordings.map((w) => w[s])];
    if (names.some((n) => words(n) === text)) return ok(s);
  }
  return bad(
    `"${String(v ?? '')}" is not a status; use one of ${statusIds.map((s) => look.statusLabels[s]).join(', ')}`,
  );
}

/** Why a not-applicable objective does not apply: the label or the id, in any case. */
export function parseReason(v: ReadValue, look: TrackerLook): Parsed<NotApplicableReason> {
  const text = words(String(v ?? ''));
  for (const [id, label] of Object.entries(notApplicableReasons) as [NotApplicableReason, string][])
    if ([id, label, look.reasonLabels[id] ?? label].some((n) => words(n) === text)) return ok(id);
  return bad(
    `"${String(v ?? '')}" is not a reason an objective does not apply; use one of ${Object.values(look.reasonLabels).join(', ')}`,
  );
}

const DAY_MS = 86_400_000;

/** A spreadsheet serial day as YYYY-MM-DD (the 1904 date system counts from 1904-01-01). */
export function serialDate(serial: number, date1904: boolean): string {
  return dayOf((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
}

/** The day of a time (a date with a time of day is that day), a second's float error forgiven. */
function dayOf(ms: number): string {
  return new Date(Math.floor((ms + 1000) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** A date as people type it: a spreadsheet date, a serial, ISO text, or text in the locale (20/11/2026, 20 Nov 2026). */
export function parseDate(v: ReadValue, locale: string, date1904: boolean): Parsed<string> {
  const checked = (iso: string | undefined) =>
    iso && isRealDate(iso) ? ok(iso) : bad(`"${String(v)}" is not a date; write it as a date, or as YYYY-MM-DD`);
  if (v instanceof Date) return checked(dayOf(v.getTime()));
  if (typeof v === 'number') return checked(serialDate(v, date1904));
  const text = String(v ?? '').trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checked(ymd(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  return checked(localeDate(text, locale));
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The order of day, month and year in the locale's numeric dates (dmy in en-GB, mdy in en-US). */
function numericOrder(locale: string): ('day' | 'month' | 'year')[] {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 10, 20)))
    .map((p) => p.type)
    .filter((t): t is 'day' | 'month' | 'year' => t === 'day' || t === 'month' || t === 'year');
}

/** The locale's month names, long and short, lower case, 1-based. */
function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month });
    for (let m = 0; m < 12; m++) names.set(words(f.format(new Date(Date.UTC(2026, m, 1)))).replace(/\.$/, ''), m + 1);
  }
  return names;
}

function localeDate(text: string, locale: string): string | undefined {
  const parts = text.split(/[\s/.,-]+/).filter(Boolean);
  if (parts.length !== 3) return undefined;
  const months = monthNames(locale);
  const named = parts.findIndex((p) => months.has(words(p).replace(/\.$/, '')));
  if (named >= 0) {
    const month = months.get(words(parts[named] ?? '').replace(/\.$/, '')) ?? 0;
    const [a, b] = parts.filter((_, i) => i !== named).map(Number);
    if (a === undefined || b === undefined) return undefined;
    return a > 31 ? ymd(a, month, b) : ymd(b, month, a);
  }
  const order = numericOrder(locale);
  const at = (t: 'day' | 'month' | 'year') => Number(parts[order.indexOf(t)]);
  return ymd(at('year'), at('month'), at('day'));
}

/** A percentage as people type it: 40, 0.4 (a cell formatted as %), "40 %" or "40%", whole from 0 to 100. */
export function parsePercent(v: ReadValue): Parsed<number> {
  const text = typeof v === 'number' ? '' : String(v ?? '').trim();
  const withSign = /%$/.test(text);
  const n = typeof v === 'number' ? v : Number(text.replace(/%$/, '').trim().replace(',', '.'));
  if (!Number.isFinite(n) || (typeof v !== 'number' && text.replace(/%$/, '').trim() === ''))
    return bad(`"${String(v)}" is not a percentage; write a number from 0 to 100`);
  const value = !withSign && n > 0 && n < 1 ? n * 100 : n;
  const whole = Math.round(value);
  if (whole < 0 || whole > 100) return bad(`${String(v)} is not a percentage from 0 to 100`);
  return ok(whole);
}

/** A stage number, for an objective people add: 2, "2" or "Stage 2". */
export function parseStage(v: ReadValue, stages: number): Parsed<number> {
  const n = typeof v === 'number' ? v : Number(/(\d+)\s*$/.exec(String(v ?? '').trim())?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= stages
    ? ok(n)
    : bad(`"${String(v ?? '')}" is not a stage; write a number from 1 to ${stages}`);
}

/** One of a closed set as people type it: the template's word or the id, in any case. */
export function parseChoice(v: ReadValue, choices: Record<string, string>, what: string): Parsed<string> {
  const text = words(String(v ?? ''));
  for (const [id, word] of Object.entries(choices))
    if ([id, id.replace(/[-_]/g, ' '), word].some((n) => words(n) === text)) return ok(id);
  return bad(`"${String(v ?? '')}" is not a ${what}; use one of ${Object.values(choices).join(', ')}`);
}

/** A rating from 1 to 5 as people type it: 4, "4", "4 - Likely" or the template's word (Likely). */
export function parseRating(v: ReadValue, scale: Record<string, string>, what: string): Parsed<number> {
  const lead = typeof v === 'number' ? v : Number(/^\s*(\d+)(\s|-|$)/.exec(String(v ?? ''))?.[1] ?? NaN);
  if (Number.isInteger(lead) && lead >= 1 && lead <= 5) return ok(lead);
  const named = parseChoice(v, scale, what);
  if (named.ok) return ok(Number(named.value));
  const shown = Object.entries(scale).map(([n, w]) => `${n} - ${w}`);
  return bad(`"${String(v ?? '')}" is not a ${what}; use 1 to 5${shown.length ? ` (${shown.join(', ')})` : ''}`);
}
