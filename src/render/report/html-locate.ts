import { problem, type Problem, type SourceLocation } from '../../problems/problem.js';
import type { TemplateText } from '../../templating/template-folder.js';
import { NestedTooDeep, parsePage } from './html-parse.js';
import { clean, type Finding } from './html-rules.js';

/** Every {{…}}: a comment first (it may hold }}), then a triple-stash, then the rest. */
const MUSTACHE = /\{\{!--[\s\S]*?--\}\}|\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g;

/**
 * The template's HTML as it reads with every {{…}} taken out, and for each of
 * its characters the offset in the template: `<scr{{!-- --}}ipt>` reads as
 * the <script> it becomes, and is found where it is written.
 */
function withoutMustaches(source: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let from = 0;
  const keep = (end: number) => {
    text += source.slice(from, end);
    for (let i = from; i < end; i++) at.push(i);
  };
  for (const m of source.matchAll(MUSTACHE)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(source.length);
  at.push(source.length);
  return { text, at };
}

function locationAt(text: TemplateText, offset: number): SourceLocation {
  const start = text.source.lastIndexOf('\n', offset - 1) + 1;
  const end = text.source.indexOf('\n', offset);
  return {
    file: text.file,
    line: text.source.slice(0, offset).split('\n').length,
    column: offset - start + 1,
    lineText: text.source.slice(start, end === -1 ? undefined : end),
  };
}

/** What the template's own text, read with its {{…}} taken out, holds: each finding at its offset in the template. */
function writtenFindings(source: string): Finding[] {
  const plain = withoutMustaches(source);
  try {
    return clean(parsePage(plain.text)).map((f) => ({
      ...f,
      offset: f.offset === undefined ? undefined : plain.at[f.offset],
    }));
  } catch (e) {
    if (e instanceof NestedTooDeep) return [];
    throw e;
  }
}

/**
 * Where in the report template each finding in its page was written: the
 * template's own text is read and cleaned the same way, and the n-th finding
 * of a kind in the page takes the place of the n-th of that kind there (the
 * last one, when a loop wrote it more often). One that only shows once the
 * values are filled in (a {{{value}}}) gets the file alone.
 */
function locate(findings: readonly Finding[], text: TemplateText): SourceLocation[] {
  const places = new Map<string, number[]>();
  for (const w of writtenFindings(text.source))
    if (w.offset !== undefined) places.set(w.what, [...(places.get(w.what) ?? []), w.offset]);
  const located = new Map<number, SourceLocation>();
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.what) ?? 0;
    seen.set(f.what, n + 1);
    const of = places.get(f.what) ?? [];
    const place = of[Math.min(n, of.length - 1)];
    if (place === undefined) return { file: text.file };
    if (!located.has(place)) located.set(place, locationAt(text, place));
    return located.get(place)!;
  });
}

/** A warning for each thing taken out of the page (or left to the policy), once per place in the template. */
export function locatedWarnings(findings: readonly Finding[], text: TemplateText): Problem[] {
  const locations = locate(findings, text);
  const seen = new Map<string, Problem>();
  findings.forEach((f, i) => {
    const location = locations[i] ?? { file: text.file };
    const message = `the report template writes ${f.what}; report.html ${f.why}, so ${
      f.removed ? 'it was left out' : 'it will not work'
    }`;
    const key = `${message}@${location.line ?? 0}:${location.column ?? 0}`;
    if (!seen.has(key))
      seen.set(key, problem('template-unsafe-html', message, { severity: 'warning', hint: f.hint, location }));
  });
  return [...seen.values()];
}
