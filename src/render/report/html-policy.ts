import { defaultTreeAdapter as tree, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import type { Problem } from '../../problems/problem.js';
import type { TemplateText } from '../../templating/template-folder.js';
import { locatedWarnings } from './html-locate.js';
import { checkAsABrowserReadsIt, cleanUntilStable, parts } from './html-read.js';

type Element = DefaultTreeAdapterMap['element'];

/**
 * What report.html may do: show its own inline styles and data: images, and
 * nothing else — no script runs, nothing loads from elsewhere, no form sends,
 * whatever a third-party template writes. Plain links (evidence) still open on a click.
 */
export const REPORT_CSP =
  "default-src 'none'; script-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;

/** The page and what was taken out of it or will not work in it, each a warning at its place in the template. */
export interface SafeReport {
  html: string;
  warnings: Problem[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const child = (parent: { childNodes: DefaultTreeAdapterMap['childNode'][] }, tag: string) =>
  parent.childNodes.find((n): n is Element => tree.isElementNode(n) && n.tagName === tag);
const textOf = (node: DefaultTreeAdapterMap['node']): string =>
  tree.isTextNode(node) ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const attributes = (e: Element) =>
  e.attrs.map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${escapeAttribute(a.value)}"`).join('');

/**
 * report.html from what the report template wrote. ztdeck writes the page
 * itself — doctype, <html>, a <head> whose first element is the
 * Content-Security-Policy, the charset, the viewport and the title — and takes
 * from the template, parsed as a browser parses it, only its title, its
 * <style> elements and a few <meta name> in the head, and its body, cleaned
 * (see clean). So a template can write a whole page or just the body's
 * content, and nothing it writes (a <head> in a comment or a title, a
 * refresh, a script split by a Handlebars comment) runs or leaves the page.
 */
export function safeReport(
  rendered: string,
  options: { lang: string; title: string; dir?: string },
  text: TemplateText,
): SafeReport {
  const { document, findings } = cleanUntilStable(rendered, text);
  const { html, head, body } = parts(document);
  const lang = html.attrs.find((a) => a.name === 'lang')?.value ?? options.lang;
  // The template's own lang and dir win: it may be written for another language than the program's.
  const dir = html.attrs.find((a) => a.name === 'dir')?.value ?? options.dir;
  const title = child(head, 'title');
  const kept = head.childNodes.filter((n) => tree.isElementNode(n) && (n.tagName === 'style' || n.tagName === 'meta'));
  const page = [
    '<!doctype html>',
    `<html lang="${escapeAttribute(lang)}"${dir ? ` dir="${escapeAttribute(dir)}"` : ''}>`,
    '<head>',
    CSP_META,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="ztdeck">',
    `<title>${escapeText((title ? textOf(title) : options.title).trim())}</title>`,
    ...kept.map((n) => serializeOuter(n)),
    '</head>',
    `<body${body ? attributes(body) : ''}>${body ? serialize(body) : ''}</body>`,
    '</html>',
    '',
  ].join('\n');
  checkAsABrowserReadsIt(page, REPORT_CSP, text);
  return { html: page, warnings: locatedWarnings(findings, text) };
}
