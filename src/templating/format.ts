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
  private readonly monthOnly: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;

  constructor(readonly locale: string) {
    const utc = { timeZone: 'UTC' } as const;
    this.long = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'long' });
    this.short = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
    this.dayMonthFormat = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short' });
    this.monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
    this.monthOnly = new Intl.DateTimeFormat(locale, { ...utc, month: 'short' });
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  }

  private static date(d: string): Date {
    return new Date(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
  }

  /** 20 November 2026 */
  longDate(d: string): string {
    return this.long.format(Format.date(d));
  }

  /** 20 Nov 2026 */
  shortDate(d: string): string {
    return this.short.format(Format.date(d));
  }

  /** 20 Nov */
  dayMonth(d: string): string {
    return this.dayMonthFormat.format(Format.date(d));
  }

  /** Nov 2026, from YYYY-MM or a date */
  month(d: string): string {
    return this.monthYear.format(Format.date(d));
  }

  /** Nov */
  monthShort(d: string): string {
    return this.monthOnly.format(Format.date(d));
  }

  /** 1,234.5 */
  number(n: number): string {
    return this.numbers.format(n);
  }

  /** 98.9% or 30 hours */
  withUnit(n: number, unit: string): string {
    return unit === '%' ? `${this.number(n)}%` : `${this.number(n)} ${unit}`;
  }
}

/** "a, b and c" (the joining word comes from the template's wording). */
export function list(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
