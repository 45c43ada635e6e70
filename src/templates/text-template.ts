import { exitCodes } from '../cli/exit-codes.js';
import type { Problem } from '../report/problem.js';
import { UserError } from '../report/user-error.js';
import { longDate, number, plural, shortDate, withUnit } from '../render/format.js';

/** How a template's output is escaped: HTML for web pages, Markdown-escaped data for Markdown. */
export type Escaping = 'html' | 'markdown';

const helpers = {
  /** {{date reportingDate}} → 20 November 2026; {{date due "short"}} → 20 Nov 2026 */
  date: (value: unknown, ...rest: unknown[]) => {
    if (typeof value !== 'string') return '';
    return rest.length > 1 && rest[0] === 'short' ? shortDate(value) : longDate(value);
  },
  /** {{number 1234.5}} → 1,234.5 */
  number: (value: unknown) => (typeof value === 'number' ? number(value) : ''),
  /** {{percent 40}} → 40% */
  percent: (value: unknown) => (typeof value === 'number' ? `${value}%` : ''),
  /** {{value 98.9 "%"}} → 98.9%; {{value 30 "hours"}} → 30 hours */
  value: (n: unknown, unit: unknown) => (typeof n === 'number' ? withUnit(n, typeof unit === 'string' ? unit : '') : ''),
  /** {{plural 3 "objective"}} → 3 objectives */
  plural: (count: unknown, word: unknown) => plural(Number(count), String(word)),
} as const;

export const templateHelpers = Object.keys(helpers);

/** Markdown-escapes every string of a context (data never becomes formatting, links, tables or HTML). */
export function escapeMarkdownDeep<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\\`*_[\]<>|#~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/\r?\n/g, ' ') as T;
  if (Array.isArray(value)) return value.map(escapeMarkdownDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeMarkdownDeep(v)])) as T;
  return value;
}

function located(e: unknown, file: string): Problem {
  const message = e instanceof Error ? e.message : String(e);
  const at = / - (\d+):(\d+)$/.exec(message) ?? /on line (\d+)/.exec(message);
  return {
    code: 'template-error', severity: 'error',
    message: message.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '').split('\n')[0] ?? message,
    hint: `fix the template; only the documented context and the helpers ${Object.keys(helpers).join(', ')} are available`,
    location: { file, ...(at ? { line: Number(at[1]), ...(at[2] ? { column: Number(at[2]) + 1 } : {}) } : {}) },
  };
}

/**
 * Compiles a Handlebars text template safely: strict (a missing value is an
 * error), known helpers only, no prototype access. Handlebars is loaded only
 * when a report is rendered.
 */
export async function compileTemplate(source: string, file: string, escaping: Escaping): Promise<(context: object) => string> {
  const { default: Handlebars } = await import('handlebars');
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as (...args: unknown[]) => string);
  let template: HandlebarsTemplateDelegate;
  try {
    template = env.compile(source, {
      strict: true, knownHelpersOnly: true, noEscape: escaping === 'markdown',
      knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])),
    });
  } catch (e) {
    throw new UserError([located(e, file)], exitCodes.invalidInput);
  }
  return (context: object) => {
    try {
      return template(escaping === 'markdown' ? escapeMarkdownDeep(context) : context, {
        allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false,
      });
    } catch (e) {
      throw new UserError([located(e, file)], exitCodes.invalidInput);
    }
  };
}
