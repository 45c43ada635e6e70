import { z } from 'zod';
import type { ProblemCode } from '../problems/problem-codes.js';
import { hasControlCharacter, TEXT_PATTERN } from './characters.js';
import { RESERVED_NAMES } from './names.js';

/**
 * Building blocks shared by every data file. Refinements carry their problem
 * code and hint in `params`, so the error report can say what to do.
 */
export interface IssueParams {
  code: ProblemCode;
  hint?: string;
}

/** Text a slide can show: not blank, bounded, no control characters or broken surrogates. */
export function text(max: number) {
  return (
    z
      .string()
      // An empty text is one mistake: "is empty" only, not "is blank" as well.
      .min(1, { abort: true })
      .max(max)
      .refine((s) => s.trim().length > 0, {
        params: { code: 'invalid-text', hint: 'write some text, or remove the key' } satisfies IssueParams,
        message: 'is blank',
      })
      .refine((s) => !hasControlCharacter(s) && s.isWellFormed(), {
        params: {
          code: 'control-character',
          hint: 'remove the escape sequence (such as \\x0b or \\uD83D) from the quoted text',
        } satisfies IssueParams,
        message: 'holds a control character or a broken surrogate pair',
      })
      .meta({
        pattern: TEXT_PATTERN,
        patternErrorMessage: 'must not be blank, nor hold a control character or a broken surrogate pair',
      })
  );
}

/** Lower-case words joined by hyphens: the form of every id in ztdeck. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(64)
  // As a key, the YAML reader already refuses it; as a value, it could never be recorded under its own key.
  .refine((s) => !RESERVED_NAMES.has(s), {
    params: { code: 'invalid-id', hint: 'choose another id: constructor and prototype are reserved names' },
    message: 'is a reserved name',
  });

const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years ztdeck handles: a .pptx is a zip, whose entry dates (the deck's
 * dates) cannot go before 1980 or, in the zip writers, past 2099.
 */
export const YEARS = { first: 1980, last: 2099 } as const;

/** True when `s` is YYYY-MM-DD and names a real day (no 30 February) in the years ztdeck handles. */
export function isRealDate(s: string): boolean {
  const m = DATE_FORM.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    y >= YEARS.first &&
    y <= YEARS.last
  );
}

/** How far before the reporting date a date is still believable for a program's record. */
const PLAUSIBLE_YEARS = 10;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The earliest date a program's record plausibly holds: 2000-01-01, or ten
 * years before the reporting date if that is later. Earlier dates are most
 * often a spreadsheet's empty date (1970-01-01, 1900-01-01); validation warns
 * about them and the planned-versus-actual axis leaves them out of its span.
 */
export function earliestPlausibleDate(reportingDate: string): string {
  const tenYearsBefore = `${Number(reportingDate.slice(0, 4)) - PLAUSIBLE_YEARS}${reportingDate.slice(4)}`;
  return tenYearsBefore > '2000-01-01' ? tenYearsBefore : '2000-01-01';
}

/**
 * The real days from YEARS.first to YEARS.last as a regular expression, for
 * JSON Schema (editors): every month's length, 29 February in leap years only.
 */
export function datePattern(first: number = YEARS.first, last: number = YEARS.last): string {
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const leap = years.filter((y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  const day = {
    31: '(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])',
    30: '(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)',
    28: '02-(?:0[1-9]|1[0-9]|2[0-8])',
  };
  return `^(?:${yearsPattern(years)}-(?:${day[31]}|${day[30]}|${day[28]})|${yearsPattern(leap)}-02-29)$`;
}

/** A set of four-digit years as a short alternation: one term per decade, its last digits as a class. */
function yearsPattern(years: number[]): string {
  const byDecade = new Map<string, string>();
  for (const y of years) {
    const decade = String(y).slice(0, 3);
    byDecade.set(decade, (byDecade.get(decade) ?? '') + String(y).slice(3));
  }
  const digits = (d: string) => (d === '0123456789' ? '[0-9]' : d.length === 1 ? d : `[${d}]`);
  return `(?:${[...byDecade].map(([decade, d]) => decade + digits(d)).join('|')})`;
}

const DATE_HINT = `write a real date from ${YEARS.first} to ${YEARS.last} as YYYY-MM-DD, for example 2026-05-31`;

/** A calendar date. YAML 1.2 keeps 2026-05-31 as text, so dates stay strings and compare as strings. */
export const isoDate = z
  .string()
  .refine(isRealDate, {
    params: { code: 'invalid-date', hint: DATE_HINT } satisfies IssueParams,
    message: `is not a real date from ${YEARS.first} to ${YEARS.last} in the form YYYY-MM-DD`,
  })
  .meta({ format: 'date', pattern: datePattern(), patternErrorMessage: DATE_HINT });

/**
 * The largest size of a measured value or target (a KPI): a trillion, far past
 * any count of devices, events or hours, and well inside what charts draw and
 * a spreadsheet keeps exactly.
 */
export const MAX_MEASURE = 1e12;
export const measure = z.number().min(-MAX_MEASURE).max(MAX_MEASURE);

/** A link shown in reports: web or mail only, never file:, javascript: or a share path. */
export const link = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' || u.protocol === 'mailto:';
      } catch {
        return false;
      }
    },
    {
      params: {
        code: 'invalid-link',
        hint: 'use an https:// address (or mailto:); file paths and other schemes are not allowed',
      } satisfies IssueParams,
      message: 'is not an https: or mailto: link',
    },
  )
  // The scheme as the URL parser reads it: any case, after leading spaces or controls (which it strips).
  .meta({
    pattern: '^[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]|[Mm][Aa][Ii][Ll][Tt][Oo]):',
    patternErrorMessage: 'use an https:// address (or mailto:); file paths and other schemes are not allowed',
  });

export const percent = z.number().int().min(0).max(100);
export const rating = z.number().int().min(1).max(5);
/** The catalog decides how many stages there are; the check against it comes with the catalog. */
export const stageNumber = z.number().int().min(1);

/**
 * Caps how many entries a mapping (kpis, risks, decisions...) may hold, with
 * a message that says so; the cap also reaches the JSON Schema for editors.
 * Limits keep a deck to a size PowerPoint opens and a build to bounded memory.
 */
export function atMost<T extends z.ZodType<Record<string, unknown>>>(record: T, max: number, what: string) {
  return record
    .superRefine((value, ctx) => {
      const n = Object.keys(value).length;
      if (n > max) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `holds ${n} ${what}; at most ${max} are allowed`,
          params: {
            code: 'out-of-range',
            hint: `keep the ${what} the steering committee needs (at most ${max})`,
          } satisfies IssueParams,
        });
      }
    })
    .meta({ maxProperties: max });
}

/** The lists of a program and their caps (the README's limits table is checked against this). */
export const LIMITS = {
  kpis: 60,
  kpiPoints: 500,
  risks: 200,
  decisions: 100,
  customObjectives: 400,
} as const;
