/**
 * How dates and numbers read on slides. One place, so the templates issue can
 * make it follow the template's locale.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** 20 Nov 2026 */
export function shortDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 20 November 2026 */
export function longDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS_LONG[m - 1]} ${y}`;
}

/** Nov 2026, from YYYY-MM */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export function percent(n: number): string {
  return `${n}%`;
}

/** A number with at most one decimal, thousands grouped: 1,234.5 */
export function number(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  const [int, dec] = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '−' : ''}${grouped}${dec ? `.${dec}` : ''}`;
}

/** A value with its unit: "98.9%", "30 hours". */
export function withUnit(n: number, unit: string): string {
  return unit === '%' ? `${number(n)}%` : `${number(n)} ${unit}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
