import { errorAt, type Problem } from '../../problems/problem.js';
import { parseCsv, type CsvTable } from './csv-table.js';
import { jsonOverCap } from './json-caps.js';
import { jsonSyntaxError } from './json-text.js';
import { JsonView } from './json-view.js';
import { decodeInput, positionOf } from './text.js';

/** One file to import, read: JSON (also the JSON inside a Zero Trust Assessment HTML report) or a CSV table. */
export type InputDoc =
  | { kind: 'json'; file: string; name: string; root: JsonView; fromHtml: boolean }
  | { kind: 'csv'; file: string; name: string; table: CsvTable };

export interface InputFile {
  /** As shown in messages. */
  file: string;
  /** The file name alone, for provenance comments. */
  name: string;
  bytes: Uint8Array;
}

/** The Zero Trust Assessment writes `reportData= {...}` into its HTML report (Get-HtmlReport.ps1). */
const HTML_MARKER = 'reportData=';

/** Bytes → a document, or the one problem that stops it (encoding, syntax, size). */
export function readInput(input: InputFile): { doc: InputDoc } | { problem: Problem } {
  const decoded = decodeInput(input.bytes, input.file);
  if ('problem' in decoded) return decoded;
  const text = decoded.text;
  if (text.trim() === '')
    return {
      problem: errorAt(input.file, 'import-syntax', 'the file is empty', 'give the file the tool or the API wrote'),
    };
  const kind = kindOf(input.name, text);
  if (kind === 'csv') {
    const r = parseCsv(text, input.file);
    return 'problem' in r ? r : { doc: { kind: 'csv', file: input.file, name: input.name, table: r.table } };
  }
  let base = 0;
  let json = text;
  if (kind === 'html') {
    const slice = htmlReportJson(text);
    if (!slice) {
      return {
        problem: errorAt(
          input.file,
          'import-syntax',
          'this HTML file holds no Zero Trust Assessment report data (no "reportData=" followed by JSON)',
          'give ZeroTrustAssessmentReport.html as the assessment wrote it, or zt-export/ZeroTrustAssessmentReport.json',
        ),
      };
    }
    [base, json] = [slice.start, text.slice(slice.start, slice.end)];
  }
  const over = jsonOverCap(json);
  if (over)
    return {
      problem: errorAt(
        { file: input.file, ...positionOf(text, base + over.offset) },
        'import-limit',
        over.message,
        over.hint,
      ),
    };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    const { offset, reason, hint } = jsonSyntaxError(json);
    return {
      problem: errorAt(
        { file: input.file, ...positionOf(text, base + offset) },
        'import-syntax',
        `the file is not valid JSON: ${reason}`,
        hint,
      ),
    };
  }
  return {
    doc: {
      kind: 'json',
      file: input.file,
      name: input.name,
      root: new JsonView(value, [], { file: input.file, fileText: text, json, base }),
      fromHtml: kind === 'html',
    },
  };
}

function kindOf(name: string, text: string): 'json' | 'csv' | 'html' {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'html' || ext === 'htm') return 'html';
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'html';
  return 'csv';
}

/** The span of the JSON object after `reportData=`, matched brace for brace outside strings. */
export function htmlReportJson(html: string): { start: number; end: number } | undefined {
  const marker = html.indexOf(HTML_MARKER);
  if (marker < 0) return undefined;
  let i = marker + HTML_MARKER.length;
  while (i < html.length && /\s/.test(html[i] ?? '')) i++;
  if (html[i] !== '{') return undefined;
  const start = i;
  let depth = 0;
  let inString = false;
  for (; i < html.length; i++) {
    const c = html[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { start, end: i + 1 };
    }
  }
  return { start, end: html.length };
}
