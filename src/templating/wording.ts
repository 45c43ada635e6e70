import type { SourceLocation } from '../problems/problem.js';
import type { SlideKind } from '../schema/deck.js';
import type { ListKey, StringKey, Strings } from '../schema/strings.js';
import { Format, list } from './format.js';
import { templateHelpers } from './helpers.js';
import type { Template } from './load-template.js';
import { HandlebarsSandbox, type SandboxText } from './sandbox.js';
import type { TemplateText } from './template-folder.js';

/**
 * A template's words, rendered: the phrases of strings.yaml, the speaker
 * notes and the reports, each a Handlebars text run in the sandbox, with
 * dates and numbers in the template's locale.
 */
export class Wording {
  readonly fmt: Format;
  private readonly sandbox: HandlebarsSandbox;

  constructor(private readonly template: Template) {
    this.fmt = new Format(template.locale);
    this.sandbox = new HandlebarsSandbox(
      templateHelpers(this.fmt, { notApplicable: template.strings.not_applicable_percent }),
      template.partials,
    );
  }

  /** A percentage, or the template's "n/a" where nothing applies (never 0 % or 100 %). */
  percent(value: number | null): string {
    return value === null ? this.t('not_applicable_percent') : `${this.fmt.number(value)}%`;
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
  checkAll(
    outputs: { deck?: boolean; html?: boolean; markdown?: boolean } = { deck: true, html: true, markdown: true },
  ): void {
    const walk = (value: unknown, key: string[]): void => {
      if (typeof value === 'string') {
        if (value.includes('{{')) this.sandbox.check(this.phrase(key.join('.'), value));
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) walk(v, [...key, k]);
      }
    };
    walk(this.template.strings, []);
    this.sandbox.checkPartials();
    if (outputs.deck) for (const text of Object.values(this.template.notes)) this.sandbox.check(fileText(text, false));
    if (outputs.html) this.sandbox.check(fileText(this.template.reports.html, true));
    if (outputs.markdown) this.sandbox.check(fileText(this.template.reports.markdown, false));
  }

  /** One phrase of strings.yaml, with its values filled in. */
  t(key: StringKey, context: object = {}): string {
    const source = key
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], this.template.strings);
    if (typeof source !== 'string') throw new Error(`strings.yaml has no phrase ${key}`);
    return source.includes('{{') ? this.sandbox.run(this.phrase(key, source), context) : source;
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
    return this.sandbox
      .run(fileText(text, false), context)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  /** report.html (HTML-escaped) or summary.md (the caller Markdown-escapes the context). */
  report(which: 'html' | 'markdown', context: object): string {
    const out = this.sandbox.run(fileText(this.template.reports[which], which === 'html'), context);
    return which === 'html' ? out : out.replace(/\n{3,}/g, '\n\n');
  }

  private phrase(key: string, source: string): SandboxText {
    const file = this.template.stringSources.get(key);
    const where = (): SourceLocation => file?.locate(key.split('.')) ?? { file: 'text/strings.yaml' };
    return { id: `string:${key}`, source, where, escapeHtml: false };
  }
}

function fileText(text: TemplateText, escapeHtml: boolean): SandboxText {
  return { id: `file:${text.file}`, source: text.source, where: () => ({ file: text.file }), escapeHtml };
}
