import { CsvError, parse } from 'csv-parse/sync';
import { errorAt, type Problem, type Severity } from '../../problems/problem.js';
import type { ProblemCode } from '../../problems/problem-codes.js';
import { csvOverCap } from './csv-caps.js';
import { positionOf } from './text.js';

export interface CsvRow {
  cells: string[];
  /** The line the row ends on, for messages. */
  line: number;
}

/** A header name as compared: lower case, letters and digits only ("Onboarding status" = "OnboardingStatus"). */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A CSV file read with its header: columns found by name whatever their case and spacing. */
export class CsvTable {
  /** Each header name as compared → the columns that have it (more than one: the name is ambiguous). */
  private readonly index = new Map<string, number[]>();
  /** Columns a reader asked for that the header has twice: the import stops on them. */
  readonly problems: Problem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly file: string,
    readonly text: string,
    readonly header: string[],
    readonly rows: CsvRow[],
    /** The header's line (2 after an Excel `sep=` line). */
    readonly headerLine = 1,
  ) {
    header.forEach((h, i) => this.index.set(headerKey(h), [...(this.index.get(headerKey(h)) ?? []), i]));
  }

  /** Whether the header has one of `names` (for detection: nothing is reported). */
  has(...names: string[]): boolean {
    return names.some((n) => this.index.has(headerKey(n)));
  }

  /**
   * The column of the first of `names` the header has. A name two columns
   * answer to is reported (once), naming both: which one holds the values
   * cannot be told, and taking the first would import the wrong one silently.
   */
  column(...names: string[]): number | undefined {
    for (const n of names) {
      const key = headerKey(n);
      const found = this.index.get(key);
      if (found === undefined) continue;
      if (found.length > 1 && !this.reported.has(key)) {
        this.reported.add(key);
        this.problems.push(this.ambiguous(found));
      }
      return found[0];
    }
    return undefined;
  }

  private ambiguous(columns: readonly number[]): Problem {
    const named = columns.map((i) => `"${this.header[i] ?? ''}" (column ${i + 1})`);
    return errorAt(
      { file: this.file, line: this.headerLine },
      'import-syntax',
      `header: the columns ${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''} have the same name, so ztdeck cannot tell which one holds the values`,
      'remove or rename the extra column; the export writes each column once',
    );
  }

  problem(
    row: CsvRow | undefined,
    column: number | undefined,
    code: ProblemCode,
    message: string,
    hint?: string,
    severity: Severity = 'error',
  ): Problem {
    const line = row?.line ?? this.headerLine;
    const where = row ? `row ${this.rows.indexOf(row) + 1}` : 'header';
    const col = column === undefined ? '' : `, column "${this.header[column] ?? column + 1}"`;
    return {
      code,
      severity,
      message: `${where}${col}: ${message}`,
      ...(hint ? { hint } : {}),
      location: { file: this.file, line },
    };
  }
}

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (is the file cut short?)',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'this row has a different number of fields from the header',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field is not doubled',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing quote of a field',
};

/**
 * RFC 4180 CSV through csv-parse: quoted fields with commas, doubled quotes
 * and line breaks; a UTF-8 BOM; `;` or tab as the separator when the header
 * uses them (Excel in many locales), or as an Excel `sep=` line says.
 */
export function parseCsv(text: string, file: string): { table: CsvTable } | { problem: Problem } {
  let body = text;
  let from = 1;
  const sep = /^sep=(.)\r?\n/.exec(body);
  if (sep) {
    body = body.slice(sep[0].length);
    from = 2;
  }
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter =
    sep?.[1] ??
    [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const over = csvOverCap(body, delimiter);
  if (over) {
    const at = { file, ...positionOf(text, nthLineOffset(text, over.line + from - 1)) };
    return { problem: errorAt(at, 'import-limit', over.message, over.hint) };
  }
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(body, { bom: true, delimiter, info: true, skip_empty_lines: true }) as unknown as typeof parsed;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = (typeof e.lines === 'number' ? e.lines : 1) + from - 1;
    const lineStart = nthLineOffset(text, line);
    return {
      problem: errorAt(
        { file, ...positionOf(text, lineStart) },
        'import-syntax',
        `the CSV cannot be read: ${CSV_REASONS[e.code] ?? e.code}`,
        'give the file as the portal or the tool saved it; a file opened and saved again in a spreadsheet may have lost its quoting',
      ),
    };
  }
  const [head, ...rest] = parsed;
  if (!head)
    return { problem: errorAt(file, 'import-syntax', 'the CSV file is empty', 'give the file the export wrote') };
  const rows = rest.map((r) => ({ cells: r.record.map((c) => c.replace(/\r$/, '')), line: r.info.lines + from - 1 }));
  return {
    table: new CsvTable(
      file,
      text,
      head.record.map((h) => h.trim()),
      rows,
      head.info.lines + from - 1,
    ),
  };
}

function nthLineOffset(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset;
}
