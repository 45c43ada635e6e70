import { createRequire } from 'node:module';
import { exitCodes } from '../cli/exit-codes.js';
import type { SourceLocation } from '../report/problem.js';
import type { Problem } from '../report/problem.js';
import { UserError } from '../report/user-error.js';
import { Format, list } from '../render/format.js';
import type { TemplateText } from './template-folder.js';
import type { SlideKind } from '../schema/deck.js';
import type { ListKey, StringKey, Strings } from '../schema/strings.js';
import type { Template } from './load-template.js';

type Handlebars = typeof import('handlebars');
type Compiled = (context: unknown, options?: object) => string;
type TemplateSpecification = Parameters<Handlebars['template']>[0];

const require = createRequire(import.meta.url);
/** A partial may include others, but not without end: past this depth it is an error, not a stack overflow. */
export const MAX_PARTIAL_DEPTH = 16;
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;
/** What one text may cost: partials included, and characters they produce (far beyond any real report). */
export const RENDER_BUDGET = { partials: 5_000, chars: 64 * 1024 * 1024 } as const;
const KEPT_HELPERS = new Set(['if', 'unless', 'each', 'with', 'helperMissing', 'blockHelperMissing']);

/**
 * A template's words, rendered: the phrases of strings.yaml, the speaker notes
 * and the reports, all Handlebars in strict mode with the project's own
 * helpers only, no prototype access, and partials that cannot recurse forever.
 * Dates and numbers follow the template's locale. Handlebars is loaded on the
 * first phrase that needs it.
 */
export class Wording {
  readonly fmt: Format;
  private hb: Handlebars | undefined;
  private env: ReturnType<Handlebars['create']> | undefined;
  private readonly cache = new Map<string, Compiled>();
  private depth = 0;
  private work = { partials: 0, chars: 0 };

  constructor(private readonly template: Template) {
    this.fmt = new Format(template.locale);
  }

  /** The words a list shows ("a, b and c"). */
  join(items: readonly string[]): string {
    return list(items, this.template.strings.and);
  }

  /**
   * Compiles the texts the requested outputs use (phrases and partials always;
   * notes for a deck; a report's template for that report), so a mistake is
   * reported before anything is built, not only where it happens to be used.
   */
  checkAll(outputs: { deck?: boolean; html?: boolean; markdown?: boolean } = { deck: true, html: true, markdown: true }): void {
    const walk = (value: unknown, key: string[]): void => {
      if (typeof value === 'string') {
        if (value.includes('{{')) this.compile(`string:${key.join('.')}`, value, () => this.template.stringSources.get(key.join('.'))?.locate(key) ?? { file: 'text/strings.yaml' }, false);
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) walk(v, [...key, k]);
      }
    };
    walk(this.template.strings, []);
    for (const [name, text] of this.template.partials) this.compile(`partial:${name}`, text.source, () => ({ file: text.file }), false);
    if (outputs.deck) for (const text of Object.values(this.template.notes)) this.compile(`file:${text.file}`, text.source, () => ({ file: text.file }), false);
    const { html, markdown } = this.template.reports;
    if (outputs.html) this.compile(`file:${html.file}`, html.source, () => ({ file: html.file }), true);
    if (outputs.markdown) this.compile(`file:${markdown.file}`, markdown.source, () => ({ file: markdown.file }), false);
  }

  /** One phrase of strings.yaml, with its values filled in. */
  t(key: StringKey, context: object = {}): string {
    const source = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], this.template.strings);
    if (typeof source !== 'string') throw new Error(`strings.yaml has no phrase ${key}`);
    if (!source.includes('{{')) return source;
    const sourceFile = this.template.stringSources.get(key);
    const where = (): SourceLocation => sourceFile?.locate(key.split('.')) ?? { file: 'text/strings.yaml' };
    return this.run(`string:${key}`, source, where, false, context);
  }

  list(key: ListKey): string[] {
    return [...(this.template.strings[key] as readonly string[])];
  }

  strings(): Strings {
    return this.template.strings;
  }

  /** The speaker notes of a slide kind (text/notes/<kind>.hbs). */
  notes(kind: SlideKind, context: object): string {
    const text = this.template.notes[kind];
    if (!text) throw new Error(`the template has no notes for ${kind}`);
    return this.file(text, false, context).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  /** report.html (HTML-escaped) or summary.md (the caller Markdown-escapes the context). */
  report(which: 'html' | 'markdown', context: object): string {
    const text = this.template.reports[which];
    return which === 'html' ? this.file(text, true, context) : this.file(text, false, context).replace(/\n{3,}/g, '\n\n');
  }

  private file(text: TemplateText, escapeHtml: boolean, context: object): string {
    return this.run(`file:${text.file}`, text.source, () => ({ file: text.file }), escapeHtml, context);
  }

  private handlebars(): ReturnType<Handlebars['create']> {
    if (this.env) return this.env;
    this.hb ??= require('handlebars') as Handlebars;
    const env = this.hb.create();
    const fmt = this.fmt;
    const helpers: Record<string, (...args: unknown[]) => string> = {
      date: (value, ...rest) => (typeof value !== 'string' ? '' : rest.length > 1 && rest[0] === 'short' ? fmt.shortDate(value) : fmt.longDate(value)),
      month: (value) => (typeof value === 'string' ? fmt.month(value) : ''),
      number: (value) => (typeof value === 'number' ? fmt.number(value) : ''),
      percent: (value) => (typeof value === 'number' ? `${fmt.number(value)}%` : ''),
      value: (n, unit) => (typeof n === 'number' ? fmt.withUnit(n, typeof unit === 'string' ? unit : '') : ''),
      plural: (count, one, ...rest) => {
        const n = Number(count);
        const many = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${String(one)}s`;
        return `${fmt.number(n)} ${n === 1 ? String(one) : many}`;
      },
    };
    // The built-in block helpers stay, and so do the two that answer a block or a call on a plain value
    // ({{#items}}…{{/items}}); without them such a text failed with a JavaScript error instead of a message.
    for (const name of Object.keys(env.helpers)) if (!KEPT_HELPERS.has(name)) env.unregisterHelper(name);
    for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn);
    for (const [name, text] of this.template.partials) {
      env.registerPartial(name, ((context: unknown, options: { data?: unknown }) => {
        if (this.depth >= MAX_PARTIAL_DEPTH) throw new Error(`the partial ${name} includes itself, or partials nest more than ${MAX_PARTIAL_DEPTH} deep`);
        // Depth alone does not bound the work: ten partials each including the next ten times never finish.
        if (++this.work.partials > RENDER_BUDGET.partials) throw new Error(`partials were included more than ${RENDER_BUDGET.partials} times for one text; a partial probably includes others many times over`);
        this.depth++;
        try {
          const out = this.compile(`partial:${name}`, text.source, () => ({ file: text.file }), false)(context, { ...RUNTIME, data: options.data });
          this.work.chars += out.length;
          if (this.work.chars > RENDER_BUDGET.chars) throw new Error(`the text grew past ${RENDER_BUDGET.chars / 1024 / 1024} MiB while its partials were included`);
          return out;
        } finally {
          this.depth--;
        }
      }) as unknown as string);
    }
    this.env = env;
    return env;
  }

  private compile(id: string, source: string, where: () => SourceLocation, escapeHtml: boolean): Compiled {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const env = this.handlebars();
    const known = ['date', 'month', 'number', 'percent', 'value', 'plural'];
    const options = {
      strict: true, knownHelpersOnly: true, noEscape: !escapeHtml,
      knownHelpers: { ...Object.fromEntries(known.map((h) => [h, true])), lookup: false, log: false },
    };
    let compiled: Compiled;
    try {
      const ast = env.parseWithoutProcessing(source);
      refuseUnsafe(ast, where, source);
      // Parsed once (precompile strips the whitespace) and compiled now, not on first use (as Handlebars.compile would):
      // a syntax error or an unknown helper surfaces here, before any output is made.
      // The spec is the code Handlebars generates for a precompiled template.
      const spec = env.precompile(ast, options) as string;
      const fn = env.template(new Function(`return ${spec};`)() as TemplateSpecification);
      compiled = (context, runtime) => fn(context, { ...RUNTIME, ...runtime });
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw templateError(e, where(), source);
    }
    this.cache.set(id, compiled);
    return compiled;
  }

  private run(id: string, source: string, where: () => SourceLocation, escapeHtml: boolean, context: object): string {
    const compiled = this.compile(id, source, where, escapeHtml);
    if (this.depth === 0) this.work = { partials: 0, chars: 0 };
    try {
      const out = compiled(context);
      if (out.length > RENDER_BUDGET.chars) throw new Error(`the text is longer than ${RENDER_BUDGET.chars / 1024 / 1024} MiB once filled in`);
      return out;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw templateError(e, where(), source);
    }
  }
}

/** Names that reach into JavaScript's objects rather than the context's data. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

interface AstNode { type: string; loc?: { start: { line: number; column: number } }; [key: string]: unknown }

/**
 * Refuses, with their place, what no report needs and only an attack uses:
 * paths into prototypes ({{constructor.constructor}}, {{__proto__}}), decorators
 * ({{*n}}) and partials whose name is computed at run time.
 */
function refuseUnsafe(ast: unknown, where: () => SourceLocation, source: string): void {
  const fail = (node: AstNode, message: string) => {
    const at = where();
    const pos = node.loc?.start;
    throw new UserError([{
      code: 'template-error', severity: 'error', message,
      hint: 'use only the values of the documented context',
      location: at.line !== undefined || !pos ? at : { file: at.file, line: pos.line, column: pos.column + 1, lineText: source.split('\n')[pos.line - 1] ?? '' },
    }], exitCodes.invalidInput);
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (!value || typeof value !== 'object') return;
    const node = value as AstNode;
    if (node.type === 'Decorator' || node.type === 'DecoratorBlock') fail(node, 'decorators ({{*...}}) are not allowed in templates');
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && (node.name as AstNode | undefined)?.type !== 'PathExpression') {
      fail(node, 'a partial\'s name must be written out, not computed');
    }
    if (node.type === 'PathExpression') {
      const bad = (node.parts as unknown[] | undefined)?.find((p) => typeof p === 'string' && FORBIDDEN.has(p));
      if (bad) fail(node, `"${String(bad)}" is not a value of the context`);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && typeof child === 'object') visit(child);
  };
  visit(ast);
}

/** A Handlebars error as a located problem: the file (or the key of strings.yaml), with the line and column it names. */
function templateError(e: unknown, at: SourceLocation, source?: string): UserError {
  const message = e instanceof Error ? e.message : String(e);
  const pos = / - (\d+):(\d+)$/.exec(message) ?? /on line (\d+)/.exec(message);
  const line = pos ? Number(pos[1]) : undefined;
  const lineText = line !== undefined ? source?.split('\n')[line - 1] : undefined;
  const location: SourceLocation = at.line !== undefined || !pos
    ? at
    : { file: at.file, line: Number(pos[1]), ...(pos[2] !== undefined ? { column: Number(pos[2]) + 1 } : { column: 1 }), ...(lineText !== undefined ? { lineText } : {}) };
  const first = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '');
  const problem: Problem = {
    code: 'template-error', severity: 'error', message: first.charAt(0).toLowerCase() + first.slice(1),
    hint: 'fix the template; only the documented context and the helpers date, month, number, percent, value and plural are available',
    location,
  };
  return new UserError([problem], exitCodes.invalidInput);
}
