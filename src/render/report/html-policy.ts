import type { Problem } from '../../problems/problem.js';
import type { TemplateText } from '../../templating/template-folder.js';

/**
 * What report.html may do: show its own inline styles and data: images, and
 * nothing else — no script runs and nothing loads from elsewhere, whatever a
 * third-party template writes. Plain links (evidence) still open on a click.
 */
export const REPORT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;

/** The page with the policy as the first thing in its head (a policy only applies to what follows it). */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${META}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${at ? '\n' : ''}<head>${META}</head>\n${html.slice(at)}`;
}

/** What a report template asks for that the policy will block: a warning each, so its author learns why it does not work. */
const BLOCKED: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (onclick=...)'],
  [/\b(src|srcset|poster|data)\s*=\s*["']?\s*(https?:)?\/\//i, 'a resource loaded from another site'],
  [/<link\b[^>]*\bhref\s*=\s*["']?\s*(https?:)?\/\//i, 'a stylesheet or font loaded from another site'],
  [/@import\b|url\(\s*["']?\s*(https?:)?\/\//i, 'a CSS import or url() from another site'],
  [/<(iframe|object|embed|base)\b/i, 'an <iframe>, <object>, <embed> or <base> element'],
];

export function htmlTemplateWarnings(text: TemplateText): Problem[] {
  const problems: Problem[] = [];
  for (const [pattern, what] of BLOCKED) {
    const m = pattern.exec(text.source);
    if (!m) continue;
    const line = text.source.slice(0, m.index).split('\n').length;
    problems.push({
      code: 'template-unsafe-html',
      severity: 'warning',
      message: `the report template holds ${what}; report.html forbids scripts and remote loads, so it will not work`,
      hint: 'keep report.html self-contained: inline CSS, data: images, no scripts',
      location: { file: text.file, line, column: m.index - text.source.lastIndexOf('\n', m.index - 1) },
    });
  }
  return problems;
}
