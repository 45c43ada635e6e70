import { decimalsOf } from '../model/numbers.js';

/**
 * How dates and numbers read, in a template's locale (Intl, so en-GB writes
 * 20 November 2026 and de-DE 20. November 2026). Dates are YYYY-MM-DD strings
 * and are formatted in UTC, so no time zone can move a day.
 */
export class Format {
  private readonly long: Intl.DateTimeFormat;
  private readonly short: Intl.DateTimeFormat;
  private readonly dayMonthFormat: Intl.DateTimeFormat;
  private readonly monthYear: Intl.DateTimeFormat;
  private readonly yearFormat: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;
  private readonly compactNumbers: Intl.NumberFormat;
  private readonly byDecimals = new Map<number, Intl.NumberFormat>();
  /** Short month names, one abbreviation style (see monthNames). */
  private readonly months: string[];

  constructor(readonly locale: string) {
    const utc = { timeZone: 'UTC' } as const;
    this.long = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'long' });
    this.short = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
    this.dayMonthFormat = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short' });
    this.monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
    this.yearFormat = new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric' });
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    this.compactNumbers = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
    this.months = monthNames(locale);
  }

  private static date(d: string): Date {
    return new Date(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
  }

  /** A date formatted with its short month name replaced by the deck's one style. */
  private withMonth(format: Intl.DateTimeFormat, d: string): string {
    const date = Format.date(d);
    return format
      .formatToParts(date)
      .map((p) => (p.type === 'month' ? (this.months[date.getUTCMonth()] ?? p.value) : p.value))
      .join('');
  }

  /** 20 November 2026 */
  longDate(d: string): string {
    return this.long.format(Format.date(d));
  }

  /** 20 Nov 2026 */
  shortDate(d: string): string {
    return this.withMonth(this.short, d);
  }

  /** 20 Nov */
  dayMonth(d: string): string {
    return this.withMonth(this.dayMonthFormat, d);
  }

  /** Nov 2026, from YYYY-MM or a date */
  month(d: string): string {
    return this.withMonth(this.monthYear, d);
  }

  /** Nov */
  monthShort(d: string): string {
    return this.months[Format.date(d).getUTCMonth()] ?? '';
  }

  /** 2026 */
  year(d: string): string {
    return this.yearFormat.format(Format.date(d));
  }

  /** A date as `kind` writes it: 20 Nov, 20 Nov 2026, Nov, Nov 2026 or 2026. */
  dateLabel(d: string, kind: DateLabelKind): string {
    return this[kind](d);
  }

  /**
   * The spreadsheet number format that writes a date as `kind` does here (a
   * native chart's date axis): the parts in the locale's order and with its
   * separators (d mmm yyyy in en-GB, mmm d, yyyy in en-US, d. mmm yyyy in
   * de-DE), and the locale's id where it is known, so PowerPoint names the
   * months in the deck's language rather than its own.
   */
  dateFormatCode(kind: DateLabelKind): string {
    const format = {
      dayMonth: this.dayMonthFormat,
      shortDate: this.short,
      monthShort: new Intl.DateTimeFormat(this.locale, { timeZone: 'UTC', month: 'short' }),
      month: this.monthYear,
      year: this.yearFormat,
    }[kind];
    const code = format
      .formatToParts(new Date(Date.UTC(2026, 10, 20)))
      .map((p) =>
        p.type === 'day'
          ? 'd'
          : p.type === 'month'
            ? /^\d+$/.test(p.value)
              ? 'm'
              : 'mmm'
            : p.type === 'year'
              ? 'yyyy'
              : quoted(p.value),
      )
      .join('');
    const lcid = localeIds[this.locale] ?? localeIds[this.locale.split('-')[0] ?? ''];
    return lcid ? `[$-${lcid}]${code}` : code;
  }

  /** 1,234.5 */
  number(n: number): string {
    return this.numbers.format(n);
  }

  /** A number with exactly `decimals` decimals (up to 6). */
  fixed(n: number, decimals: number): string {
    const d = Math.max(0, Math.min(6, decimals));
    let f = this.byDecimals.get(d);
    if (!f) {
      f = new Intl.NumberFormat(this.locale, { minimumFractionDigits: d, maximumFractionDigits: d });
      this.byDecimals.set(d, f);
    }
    return f.format(n);
  }

  /** 1.65bn, 1 Mio.: the locale's short form of a large number, where space is short. */
  compact(n: number): string {
    return this.compactNumbers.format(n);
  }

  /** 98.9% or 30 hours */
  withUnit(n: number, unit: string): string {
    return unitOf(this.number(n), unit);
  }

  /**
   * A measured value, as true to its target as its digits allow: never shown
   * equal to a target it differs from, nor on the other side of it, and never
   * 100 % or 0 % when it is not (99.99 % stays 99.99 %, 0.05001 % against a
   * target of 0.05 % is not "0.1 %").
   */
  measure(value: number, unit: string, target?: number): string {
    return unitOf(this.fixed(value, measureDecimals(value, unit, target)), unit);
  }

  /** A target as written (up to 6 decimals), so 0.05 is not shown as 0.1. */
  target(value: number, unit: string): string {
    return unitOf(this.fixed(value, Math.min(6, decimalsOf(value))), unit);
  }
}

/** The ways a date is written on a chart's time axis (methods of Format). */
export type DateLabelKind = 'dayMonth' | 'shortDate' | 'monthShort' | 'month' | 'year';

/** A literal of a number format: spaces as they are, anything else in quotes. */
function quoted(text: string): string {
  return /^ *$/.test(text) ? text : `"${text.replace(/"/g, '')}"`;
}

/** Windows locale ids (hex) of the locales templates use most, for a number format's [$-id]. */
const localeIds: Readonly<Record<string, string>> = {
  en: '409',
  'en-US': '409',
  'en-GB': '809',
  'en-AU': 'C09',
  'en-CA': '1009',
  'en-IE': '1809',
  'en-NZ': '1409',
  de: '407',
  'de-DE': '407',
  'de-AT': 'C07',
  'de-CH': '807',
  fr: '40C',
  'fr-FR': '40C',
  'fr-CA': 'C0C',
  'fr-BE': '80C',
  'fr-CH': '100C',
  es: 'C0A',
  'es-ES': 'C0A',
  'es-MX': '80A',
  it: '410',
  'it-IT': '410',
  nl: '413',
  'nl-NL': '413',
  'nl-BE': '813',
  pt: '816',
  'pt-PT': '816',
  'pt-BR': '416',
  sv: '41D',
  'sv-SE': '41D',
  da: '406',
  'da-DK': '406',
  nb: '414',
  'nb-NO': '414',
  fi: '40B',
  'fi-FI': '40B',
  pl: '415',
  'pl-PL': '415',
  ja: '411',
  'ja-JP': '411',
};

/** 98.9% or 30 hours: the unit after the number, a per cent sign without a space. */
export function unitOf(number: string, unit: string): string {
  return unit === '%' ? `${number}%` : unit ? `${number} ${unit}` : number;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
const side = (a: number, b: number) => Math.sign(a - b);

/**
 * The fewest decimals (none for a whole number, else one at least) that keep
 * a value on its side of its target and of 0 % and 100 %, with a rounding
 * error under half its distance to each: the gap a reader sees is the gap.
 */
export function measureDecimals(value: number, unit: string, target?: number): number {
  const bounds = [...(target !== undefined ? [target] : []), ...(unit === '%' ? [0, 100] : [])];
  for (let d = Number.isInteger(value) ? 0 : 1; d < 6; d++) {
    const shown = round(value, d);
    const honest = (b: number) =>
      side(shown, b) === side(value, b) && (value === b || Math.abs(shown - value) < Math.abs(value - b) / 2);
    if (bounds.every(honest)) return d;
  }
  return 6;
}

/**
 * Short month names in one abbreviation style: where a locale abbreviates
 * nearly every month to the same length and one or two longer (en-GB "Sept"
 * beside "Jun"), those are cut to that length too.
 */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' });
  const names = Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2026, i, 1))));
  const lengths = new Map<number, number>();
  for (const n of names) lengths.set(n.length, (lengths.get(n.length) ?? 0) + 1);
  const [common, count] = [...lengths].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 10 || !names.every((n) => /^\p{L}+$/u.test(n))) return names;
  return names.map((n) => (n.length > common ? n.slice(0, common) : n));
}

/** "a, b and c" (the joining word comes from the template's wording). */
export function list(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
