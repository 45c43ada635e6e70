/**
 * The words of an HTML fragment from a tool's file (ScubaGear's `Requirement`),
 * for a title in the import report: every tag is a word boundary, comments and
 * ScubaGear's indicator badges are dropped, entities decoded, white space
 * folded. One pass with indexOf, no backtracking pattern: the text comes from
 * the file and may be anything.
 */
import { own } from '../../schema/names.js';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi;
const TAG_NAME = /^<(\/?)([a-z][a-z0-9]*)/i;
const CLASS = /\bclass\s*=\s*(["'])([^"']*)\1/i;

/**
 * ScubaGear 1.8 appends its policy indicators to each requirement:
 * `<div class='policy-indicators'><a class='indicator indicator-bod' …>BOD 25-01 Requirement</a>…</div>`.
 * They are badges, not words of the requirement.
 */
function isIndicator(tag: string): boolean {
  const classes = CLASS.exec(tag)?.[2]?.split(/\s+/) ?? [];
  return classes.some((c) => c === 'policy-indicators' || c === 'indicator' || c.startsWith('indicator-'));
}

function entity(whole: string, name: string): string {
  const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : NaN;
  if (Number.isNaN(code)) return own(NAMED, name.toLowerCase()) ?? whole;
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

export function htmlText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  // Searches that found nothing are not repeated, so the pass stays linear.
  const lastGt = html.lastIndexOf('>');
  const unclosed = new Set<string>();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    parts.push(html.slice(i, lt));
    // ScubaGear 1.4 ends some requirements with <!--Policy: MS.EXO.16.1v1; Criticality: SHALL -->.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      parts.push(' ');
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = lt < lastGt ? TAG_NAME.exec(html.slice(lt, lt + 32)) : null;
    if (!name) {
      // A "<" that opens no tag is text.
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    parts.push(' ');
    const tagName = (name[2] ?? '').toLowerCase();
    if (name[1] === '' && isIndicator(tag) && !unclosed.has(tagName)) {
      const close = lower.indexOf(`</${tagName}`, i);
      const closeEnd = close < 0 || close >= lastGt ? -1 : html.indexOf('>', close);
      if (closeEnd < 0) unclosed.add(tagName);
      else i = closeEnd + 1;
    }
  }
  if (i < html.length) parts.push(html.slice(i));
  return parts
    .join('')
    .replace(ENTITY, entity)
    .replace(/\s+/g, ' ')
    .replace(/ (?=[.,;:!?)])/g, '')
    .trim();
}
