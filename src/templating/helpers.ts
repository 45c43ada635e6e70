import type { Format } from './format.js';

type Helper = (...args: unknown[]) => string;

/**
 * The helpers a template may call, and nothing else: dates and numbers in the
 * template's locale, and plurals. Each answers a value of the wrong type with
 * nothing rather than "undefined" or "NaN" on a slide.
 */
export function templateHelpers(
  fmt: Format,
  words: { notApplicable: string } = { notApplicable: 'n/a' },
): Record<HelperName, Helper> {
  return {
    date: (value, ...rest) =>
      typeof value !== 'string'
        ? ''
        : rest.length > 1 && rest[0] === 'short'
          ? fmt.shortDate(value)
          : fmt.longDate(value),
    month: (value) => (typeof value === 'string' ? fmt.month(value) : ''),
    number: (value) => (typeof value === 'number' ? fmt.number(value) : ''),
    // A percentage of nothing that applies is null: it reads "n/a", never 0 % or 100 %.
    percent: (value) =>
      typeof value === 'number' ? `${fmt.number(value)}%` : value === null ? words.notApplicable : '',
    value: (n, unit) => (typeof n === 'number' ? fmt.withUnit(n, typeof unit === 'string' ? unit : '') : ''),
    plural: (count, one, ...rest) => {
      const n = Number(count);
      const many = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${String(one)}s`;
      return `${fmt.number(n)} ${n === 1 ? String(one) : many}`;
    },
  };
}

export const helperNames = ['date', 'month', 'number', 'percent', 'value', 'plural'] as const;
export type HelperName = (typeof helperNames)[number];
