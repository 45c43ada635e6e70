import type { Wording } from '../../templating/wording.js';
import { escapeMarkdownDeep } from '../markdown.js';
import type { ReportContext } from '../../present/report-context.js';

/** summary.json: the report context itself, stable key order, ending with a newline. */
export function renderJson(context: ReportContext): string {
  return `${JSON.stringify(context, null, 2)}\n`;
}

/** summary.md: the template's Markdown, every string of the context Markdown-escaped. */
export function renderMarkdown(context: ReportContext, wording: Wording): string {
  return wording.report('markdown', escapeMarkdownDeep(context));
}
