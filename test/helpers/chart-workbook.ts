import JSZip from 'jszip';
import { decode } from './pptx.js';

/** A chart's reference (c:f) and the values its cache holds, by point index ('' for a point not there). */
export interface ChartRef {
  kind: 'str' | 'num';
  formula: string;
  count: number;
  points: Map<number, string>;
}

/** Every c:strRef and c:numRef of a chart part, read from its XML. */
export function chartRefs(xml: string): ChartRef[] {
  return [...xml.matchAll(/<c:(str|num)Ref>([\s\S]*?)<\/c:\1Ref>/g)].map((m) => {
    const body = m[2] ?? '';
    return {
      kind: m[1] as 'str' | 'num',
      formula: /<c:f>([^<]*)<\/c:f>/.exec(body)?.[1] ?? '',
      count: Number(/<c:ptCount val="(\d+)"\/>/.exec(body)?.[1] ?? 0),
      points: new Map(
        [...body.matchAll(/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)].map(
          (p) => [Number(p[1]), decode(p[2] ?? '')] as const,
        ),
      ),
    };
  });
}

export interface Workbook {
  /** Each written cell by its A1 name: a number as written, a shared string's text, '' when blank. */
  cells: Map<string, { type: 'number' | 'string' | 'blank'; value: string }>;
  tableRef: string;
}

/** Reads the first sheet and the table of an embedded workbook as Excel would. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const strings = [...(await part('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    decode([...(si[1] ?? '').matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const cells: Workbook['cells'] = new Map();
  for (const c of (await part('xl/worksheets/sheet1.xml')).matchAll(
    /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
  )) {
    const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? '')?.[1];
    const shared = /\st="s"/.test(c[2] ?? '');
    if (v === undefined || v === '') cells.set(c[1] ?? '', { type: 'blank', value: '' });
    else if (shared) cells.set(c[1] ?? '', { type: 'string', value: strings[Number(v)] ?? `<no shared string ${v}>` });
    else cells.set(c[1] ?? '', { type: 'number', value: v });
  }
  return { cells, tableRef: /<table\b[^>]*\sref="([^"]*)"/.exec(await part('xl/tables/table1.xml'))?.[1] ?? '' };
}

/** The A1 names of the cells of Sheet1!$B$2:$B$9 (or one cell), row by row. */
export function cellsOf(formula: string): string[] {
  const m = /^Sheet1!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a Sheet1 range: ${formula}`);
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const name = (n: number): string =>
    (n > 26 ? name(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  const [c1, r1, c2, r2] = [col(m[1] ?? ''), Number(m[2]), col(m[3] ?? m[1] ?? ''), Number(m[4] ?? m[2])];
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${name(c)}${r}`);
  return out;
}
