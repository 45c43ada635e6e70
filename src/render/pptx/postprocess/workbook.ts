import type { Parts } from '../../../ooxml/parts.js';

/**
 * A chart's embedded workbook, made to hold what the chart shows. pptxgenjs
 * writes the workbook apart from the chart's caches and gets it wrong: a zero
 * is written as a blank cell (PowerPoint's Edit Data then loses the point), a
 * blank category label shifts every later label's shared string (a thinned-out
 * time axis points past the end of the list), and the table's ref ends with a
 * stray apostrophe (PptxGenJS #1531: Keynote and Quick Look drop the chart).
 * The caches are what the chart draws, so every cell a series or category
 * reference names is written from its cache: a number, a string, or blank
 * where the cache has no point (a gap).
 */
export function syncWorkbook(chartXml: string, book: Parts): void {
  const sheetName = 'xl/worksheets/sheet1.xml';
  const sheetXml = book.text(sheetName);
  if (sheetXml === undefined) return;
  const strings = sharedStrings(book.text('xl/sharedStrings.xml') ?? '');
  const sheet = readSheet(sheetXml, strings);
  const refs = cacheRefs(chartXml);
  const date = dateStyle(
    book,
    refs.map((r) => r.formatCode ?? ''),
  );
  for (const ref of refs) {
    const style = ref.formatCode !== undefined && isDateFormat(ref.formatCode) ? date : undefined;
    ref.cells.forEach((cell, i) => {
      const value = ref.points.get(i);
      setCell(
        sheet,
        cell,
        value === undefined || value === ''
          ? { kind: 'blank' }
          : { kind: ref.kind, text: value, ...(style === undefined ? {} : { style }) },
      );
    });
  }
  const written = writeSheet(sheet);
  book.set(
    sheetName,
    sheetXml.replace(/<sheetData>[\s\S]*?<\/sheetData>|<sheetData\/>/, () => written.sheetData),
  );
  book.set('xl/sharedStrings.xml', written.sharedStrings);
  book.editXml(/^xl\/tables\/[^/]+\.xml$/, (xml) =>
    xml.replace(
      /(<table\b[^>]*\sref=")([^"]*)(")/,
      (_, a: string, ref: string, b: string) => `${a}${ref.replace(/[^A-Z0-9:]/g, '')}${b}`,
    ),
  );
}

/** A cell: blank, or a string or number, with the index of its style (a date's number format) when it has one. */
type Value = { kind: 'blank' } | { kind: 'string' | 'number'; text: string; style?: number };
/** Rows by number, each with its attributes and its cells by column letters. */
type Sheet = Map<number, { attrs: string; cells: Map<string, Value> }>;

interface CacheRef {
  kind: 'string' | 'number';
  /** The number format of a cache other than General (the dates of a date axis), XML-escaped as written. */
  formatCode?: string;
  /** The cells the reference names, in the order of the cache's points. */
  cells: { col: string; row: number }[];
  /** The cache's values by point index (XML-escaped, as written). */
  points: Map<number, string>;
}

/** Every c:strRef and c:numRef of a chart: the cells of its c:f and the points of its cache. */
export function cacheRefs(chartXml: string): CacheRef[] {
  const refs: CacheRef[] = [];
  const pattern =
    /<c:(str|num)Ref>\s*<c:f>([^<]*)<\/c:f>\s*<c:(?:str|num)Cache>([\s\S]*?)<\/c:(?:str|num)Cache>\s*<\/c:\1Ref>/g;
  for (const m of chartXml.matchAll(pattern)) {
    const cells = rangeCells(m[2] ?? '');
    if (!cells) continue;
    const points = new Map(
      [...(m[3] ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)].map(
        (p) => [Number(p[1]), p[2] ?? ''] as const,
      ),
    );
    const format = /<c:formatCode>([^<]*)<\/c:formatCode>/.exec(m[3] ?? '')?.[1]?.trim();
    refs.push({
      kind: m[1] === 'str' ? 'string' : 'number',
      ...(format && format !== 'General' ? { formatCode: format } : {}),
      cells,
      points,
    });
  }
  return refs;
}

/** The cells of a reference such as Sheet1!$B$2:$B$9, row by row; undefined for what is not a cell range. */
export function rangeCells(formula: string): { col: string; row: number }[] | undefined {
  const m = /^(?:[^!]*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(formula.trim());
  if (!m) return undefined;
  const [c1, r1] = [columnNumber(m[1] ?? 'A'), Number(m[2])];
  const [c2, r2] = [m[3] ? columnNumber(m[3]) : c1, m[4] ? Number(m[4]) : r1];
  const cells: { col: string; row: number }[] = [];
  for (let row = Math.min(r1, r2); row <= Math.max(r1, r2); row++)
    for (let col = Math.min(c1, c2); col <= Math.max(c1, c2); col++) cells.push({ col: columnName(col), row });
  return cells;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function columnName(n: number): string {
  let name = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) name = String.fromCharCode(65 + ((x - 1) % 26)) + name;
  return name;
}

/** The shared strings' texts (XML-escaped, as written), by index. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? '').matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''),
  );
}

function readSheet(xml: string, strings: readonly string[]): Sheet {
  const sheet: Sheet = new Map();
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const attrs = (row[1] ?? '').replace(/\s*\/$/, '');
    const cells = new Map<string, Value>();
    for (const c of (row[2] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? '')?.[1] ?? '';
      const shared = /\st="s"/.test(c[2] ?? '');
      cells.set(
        c[1] ?? '',
        v === ''
          ? { kind: 'blank' }
          : shared
            ? { kind: 'string', text: strings[Number(v)] ?? '' }
            : { kind: 'number', text: v },
      );
    }
    sheet.set(Number(/\sr="(\d+)"/.exec(attrs)?.[1]), { attrs, cells });
  }
  return sheet;
}

function setCell(sheet: Sheet, cell: { col: string; row: number }, value: Value): void {
  const row = sheet.get(cell.row) ?? { attrs: ` r="${cell.row}"`, cells: new Map<string, Value>() };
  sheet.set(cell.row, row);
  row.cells.set(cell.col, value);
}

/** The sheet's rows and cells in order, and the shared strings they use, numbered in the order first met. */
function writeSheet(sheet: Sheet): { sheetData: string; sharedStrings: string } {
  const index = new Map<string, number>();
  let count = 0;
  const rows = [...sheet.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, row]) => {
      const cells = [...row.cells.entries()]
        .sort(([a], [b]) => columnNumber(a) - columnNumber(b))
        .map(([col, value]) => {
          const r = `${col}${n}`;
          if (value.kind === 'blank') return `<c r="${r}"/>`;
          const style = value.style === undefined ? '' : ` s="${value.style}"`;
          if (value.kind === 'number') return `<c r="${r}"${style}><v>${value.text}</v></c>`;
          count++;
          if (!index.has(value.text)) index.set(value.text, index.size);
          return `<c r="${r}" t="s"><v>${index.get(value.text)}</v></c>`;
        });
      return `<row${row.attrs}>${cells.join('')}</row>`;
    });
  const items = [...index.keys()].map(
    (t) => `<si><t${t !== t.trim() || t === '' ? ' xml:space="preserve"' : ''}>${t}</t></si>`,
  );
  return {
    sheetData: `<sheetData>${rows.join('')}</sheetData>`,
    sharedStrings: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${index.size}">${items.join('')}</sst>`,
  };
}

/** Whether a number format writes dates (d, m, y outside quotes and brackets, no digit placeholders). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]|"[^"]*"|&quot;.*?&quot;/g, '');
  return /[dmy]/i.test(bare) && !/[0#?]/.test(bare);
}

/**
 * A cell style for the dates of a date axis, so they read as dates in Edit
 * Data, not as serial numbers: the built-in short date format (14, which
 * Excel shows in the reader's own order), whatever the axis labels show (its
 * own format, not linked to the cells). pptxgenjs writes a workbook with no
 * cell formats at all: the default one and the date one are added. The date
 * style's index, or undefined when no cache holds dates or the workbook
 * already has cell formats.
 */
function dateStyle(book: Parts, formats: readonly string[]): number | undefined {
  const name = 'xl/styles.xml';
  const xml = book.text(name);
  if (!xml || !formats.some(isDateFormat) || /<cellXfs\b/.test(xml) || !xml.includes('</borders>')) return undefined;
  const xf = (numFmt: number, extra = '') => `<xf numFmtId="${numFmt}" fontId="0" fillId="0" borderId="0"${extra}/>`;
  book.set(
    name,
    xml.replace(
      '</borders>',
      `</borders><cellStyleXfs count="1">${xf(0)}</cellStyleXfs><cellXfs count="2">${xf(0, ' xfId="0"')}${xf(14, ' xfId="0" applyNumberFormat="1"')}</cellXfs>`,
    ),
  );
  return 1;
}
