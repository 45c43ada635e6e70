import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { finalizePackage } from '../../../src/render/pptx/postprocess/finalize.js';
import { fixChartGroups } from '../../../src/render/pptx/postprocess/fixes.js';
import { Parts } from '../../../src/ooxml/parts.js';
import { cacheRefs, rangeCells, syncWorkbook } from '../../../src/render/pptx/postprocess/workbook.js';
import { PptxGenJSClass, type ChartData } from '../../../src/render/pptx/pptxgen.js';
import type { Theme } from '../../../src/schema/template.js';
import { loadTemplate } from '../../../src/templating/load-template.js';
import { kpiChart } from '../../../src/charts/specs/kpi.js';
import { kpiModel } from '../../../src/model/kpis.js';
import { nativeChart, serial } from '../../../src/render/pptx/native-chart.js';
import { defaultTemplate } from '../../helpers/program.js';

const pts = (values: readonly string[]) => values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
const categories = (labels: readonly string[]) =>
  `<c:cat><c:multiLvlStrRef><c:f>Sheet1!$A$2:$A$${labels.length + 1}</c:f><c:multiLvlStrCache><c:ptCount val="${labels.length}"/><c:lvl>${pts(labels)}</c:lvl></c:multiLvlStrCache></c:multiLvlStrRef></c:cat>`;
const series = (i: number, col: string, values: readonly string[], dash: string) =>
  `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f><c:strCache><c:ptCount val="1"/>${pts([`S${i}`])}</c:strCache></c:strRef></c:tx><c:spPr><a:ln><a:prstDash val="${dash}"/></a:ln></c:spPr>${categories(['May', 'Jun', 'Jul'])}<c:val><c:numRef><c:f>Sheet1!$${col}$2:$${col}$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>${pts(values)}</c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>`;
const group = (ser: string) =>
  `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:dLbls><c:showVal val="0"/></c:dLbls><c:marker val="1"/><c:axId val="11"/><c:axId val="22"/><c:axId val="33"/></c:lineChart>`;
const axes =
  '<c:catAx><c:axId val="11"/><c:crossAx val="22"/></c:catAx><c:valAx><c:axId val="22"/><c:crossAx val="11"/></c:valAx>';
/** A chart as pptxgenjs writes a measured line (0, a gap, 5) and its dashed target: a group per layer. */
const rawChart = `<c:chartSpace><c:chart><c:plotArea><c:layout/>${group(series(0, 'B', ['0', '', '5'], 'solid'))}${group(series(1, 'C', ['4', '4', '4'], 'dash'))}${axes}</c:plotArea></c:chart></c:chartSpace>`;

function fixedChart(xml: string): string {
  const parts = new Parts();
  parts.set('ppt/charts/chart1.xml', xml);
  fixChartGroups(parts);
  return parts.text('ppt/charts/chart1.xml') ?? '';
}

const count = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].length;

describe('fixChartGroups', () => {
  const fixed = fixedChart(rawChart);
  const chartGroup = /<c:lineChart>[\s\S]*?<\/c:lineChart>/.exec(fixed)?.[0] ?? '';

  it('starts from a chart with a group per line, multi-level categories and a third axis id', () => {
    expect(count(rawChart, /<c:lineChart>/g)).toBe(2);
    expect(rawChart).toContain('<c:multiLvlStrRef>');
    expect(rawChart).toContain('<c:axId val="33"/>');
  });
  it('writes one c:lineChart holding both series in order, each with its own dash', () => {
    expect(count(fixed, /<c:lineChart>/g)).toBe(1);
    expect([...chartGroup.matchAll(/<c:ser><c:idx val="(\d)"\/>/g)].map((m) => m[1])).toEqual(['0', '1']);
    expect([...chartGroup.matchAll(/<a:prstDash val="(\w+)"\/>/g)].map((m) => m[1])).toEqual(['solid', 'dash']);
    expect(chartGroup).toMatch(
      /<\/c:ser><c:dLbls>[\s\S]*<c:marker val="1"\/><c:axId val="11"\/><c:axId val="22"\/><\/c:lineChart>$/,
    );
  });
  it('keeps only the ids of the axes the plot area has', () => {
    expect(count(chartGroup, /<c:axId /g)).toBe(2);
    expect(fixed).not.toContain('val="33"');
    expect(fixed).toContain(axes);
  });
  it('writes single-level categories as a c:strRef with the same cache', () => {
    expect(fixed).not.toContain('multiLvl');
    expect(fixed).toContain(
      `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/>${pts(['May', 'Jun', 'Jul'])}</c:strCache></c:strRef></c:cat>`,
    );
  });
  it('leaves multi-level categories of two levels alone', () => {
    const twoLevels =
      '<c:plotArea><c:cat><c:multiLvlStrRef><c:f>Sheet1!$A$2:$B$3</c:f><c:multiLvlStrCache><c:ptCount val="2"/><c:lvl><c:pt idx="0"><c:v>a</c:v></c:pt></c:lvl><c:lvl><c:pt idx="0"><c:v>b</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef></c:cat></c:plotArea>';
    expect(fixedChart(twoLevels)).toBe(twoLevels);
  });
  it('drops the empty point of a gap and keeps the zero', () => {
    const measured = cacheRefs(fixed).find((r) => r.kind === 'number' && r.cells[0]?.col === 'B');
    expect([...(measured?.points ?? new Map<number, string>())]).toEqual([
      [0, '0'],
      [2, '5'],
    ]);
  });
  it('changes nothing the second time', () => {
    expect(fixedChart(fixed)).toBe(fixed);
  });
});

describe('rangeCells', () => {
  it('lists the cells of a column, a row and a single cell', () => {
    expect(rangeCells('Sheet1!$B$2:$B$4')).toEqual([
      { col: 'B', row: 2 },
      { col: 'B', row: 3 },
      { col: 'B', row: 4 },
    ]);
    expect(rangeCells("'My sheet'!$Y$1:$AB$1")?.map((c) => c.col)).toEqual(['Y', 'Z', 'AA', 'AB']);
    expect(rangeCells('Sheet1!$C$1')).toEqual([{ col: 'C', row: 1 }]);
    expect(rangeCells('Table1[#All]')).toBeUndefined();
  });
});

/** A workbook as pptxgenjs writes one for rawChart: the zero blank, the table's ref with an apostrophe. */
function rawBook(): Parts {
  const book = new Parts();
  const cell = (r: string, v: string, s = false) => `<c r="${r}"${s ? ' t="s"' : ''}><v>${v}</v></c>`;
  book.set(
    'xl/worksheets/sheet1.xml',
    `<worksheet><dimension ref="A1:C4"/><sheetData><row r="1" spans="1:3">${cell('A1', '0', true)}${cell('B1', '1', true)}${cell('C1', '2', true)}</row><row r="2" spans="1:3">${cell('A2', '3', true)}${cell('B2', '')}${cell('C2', '4')}</row><row r="3" spans="1:3">${cell('A3', '4', true)}${cell('B3', '')}${cell('C3', '4')}</row><row r="4" spans="1:3">${cell('A4', '5', true)}${cell('B4', '5')}${cell('C4', '4')}</row></sheetData><pageMargins/></worksheet>`,
  );
  book.set(
    'xl/sharedStrings.xml',
    '<sst count="6" uniqueCount="6"><si><t xml:space="preserve"></t></si><si><t>S0</t></si><si><t>S1</t></si><si><t>May</t></si><si><t>Jun</t></si><si><t>Jul</t></si></sst>',
  );
  book.set('xl/tables/table1.xml', `<table id="1" name="Table1" ref="A1:C4'" totalsRowShown="0"></table>`);
  return book;
}

/** Each cell's value as a reader of the workbook sees it: a number, a shared string, or '' when blank. */
function cells(book: Parts): Map<string, string> {
  const strings = [...(book.text('xl/sharedStrings.xml') ?? '').matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map(
    (m) => m[1] ?? '',
  );
  const out = new Map<string, string>();
  for (const c of (book.text('xl/worksheets/sheet1.xml') ?? '').matchAll(
    /<c r="(\w+)"( t="s")?(?:\/>|><v>([^<]*)<\/v><\/c>)/g,
  ))
    out.set(c[1] ?? '', c[2] ? (strings[Number(c[3])] ?? 'MISSING') : (c[3] ?? ''));
  return out;
}

describe('syncWorkbook', () => {
  const book = rawBook();
  syncWorkbook(fixedChart(rawChart), book);
  const values = cells(book);

  it('writes a zero the chart shows as a number, and leaves a gap blank', () => {
    expect(cells(rawBook()).get('B2')).toBe('');
    expect(values.get('B2')).toBe('0');
    expect(book.text('xl/worksheets/sheet1.xml')).toContain('<c r="B2"><v>0</v></c>');
    expect(book.text('xl/worksheets/sheet1.xml')).toContain('<c r="B3"/>');
    expect(values.get('B4')).toBe('5');
  });
  it('keeps the labels and series names', () => {
    expect(['A1', 'B1', 'C1', 'A2', 'A3', 'A4'].map((c) => values.get(c))).toEqual([
      '',
      'S0',
      'S1',
      'May',
      'Jun',
      'Jul',
    ]);
    expect(book.text('xl/sharedStrings.xml')).toMatch(/count="6" uniqueCount="6"/);
  });
  it('removes the apostrophe from the table ref', () => {
    expect(book.text('xl/tables/table1.xml')).toContain('ref="A1:C4"');
  });
  it('keeps the rest of the sheet', () => {
    expect(book.text('xl/worksheets/sheet1.xml')).toMatch(
      /^<worksheet><dimension ref="A1:C4"\/><sheetData><row r="1" spans="1:3">.*<\/sheetData><pageMargins\/><\/worksheet>$/,
    );
  });
});

describe('finalizePackage on a pptxgenjs chart with zeros, a gap and blank labels', async () => {
  const theme = (await loadTemplate('default')).template!.theme as Theme;
  const pptx = new PptxGenJSClass();
  const labels = ['Jan', '', 'Mar', '', 'May'];
  const layer = (data: ChartData, dash: 'solid' | 'dash') => ({
    type: 'line' as const,
    data: [data],
    options: { lineDash: dash, chartColors: ['112233'] },
  });
  pptx
    .addSlide()
    .addChart(
      [
        layer({ name: 'Measured', labels, values: [0, 2, null as unknown as number, 0, 7] }, 'solid'),
        layer({ name: 'Target', labels, values: [5, 5, 5, 5, 5] }, 'dash'),
      ],
      { x: 1, y: 1, w: 6, h: 4 } as unknown as unknown[],
    );
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const deck = Parts.read(await finalizePackage(raw, { date: '2026-11-20', company: 'ACME', theme }));
  const chart = deck.text('ppt/charts/chart1.xml') ?? '';
  const book = Parts.read(deck.bytes('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx') ?? new Uint8Array());

  it('gives every cell a reference names the value of the cache', () => {
    const values = cells(book);
    let checked = 0;
    for (const ref of cacheRefs(chart))
      ref.cells.forEach((c, i) => {
        expect(values.get(`${c.col}${c.row}`), `${c.col}${c.row}`).toBe(ref.points.get(i) ?? '');
        checked++;
      });
    expect(checked).toBe(2 + 2 * 5 + 2 * 5);
    expect(['B2', 'B3', 'B4', 'B5', 'B6'].map((c) => values.get(c))).toEqual(['0', '2', '', '0', '7']);
  });
  it('writes one line chart and a valid table ref', () => {
    expect(count(chart, /<c:lineChart>/g)).toBe(1);
    expect(book.text('xl/tables/table1.xml')).toMatch(/ref="A1:C6"/);
  });
  it('writes the workbook the same way twice', async () => {
    const again = await finalizePackage(raw, { date: '2026-11-20', company: 'ACME', theme });
    const zip = await JSZip.loadAsync(again);
    const bytes = await zip.file('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx')?.async('uint8array');
    expect(
      Buffer.from(bytes ?? []).equals(Buffer.from(deck.bytes('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx') ?? [])),
    ).toBe(true);
  });
});

describe('finalizePackage on a date axis (a KPI over the years)', async () => {
  const { theme, wording } = await defaultTemplate();
  const kpi = kpiModel(
    'k',
    { title: 'K', unit: '%', direction: 'higher', target: 75, series: { '2019-03-19': 54.2, '2026-11-15': 66 } },
    { start: '2026-10-23', date: '2026-11-20' },
  );
  const spec = kpiChart(kpi, theme, wording, '2026-11-20');
  const native = nativeChart(spec);
  const pptx = new PptxGenJSClass();
  pptx.addSlide().addChart(native.layers, { x: 1, y: 1, w: 6, h: 4, ...native.options } as unknown as unknown[]);
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const deck = Parts.read(await finalizePackage(raw, { date: '2026-11-20', company: 'ACME', theme }));
  const chart = deck.text('ppt/charts/chart1.xml') ?? '';
  const axis = /<c:dateAx>[\s\S]*?<\/c:dateAx>/.exec(chart)?.[0] ?? '';
  const book = Parts.read(deck.bytes('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx') ?? new Uint8Array());

  it('is a c:dateAx whose elements are those of the schema, in its order', () => {
    expect(chart).not.toContain('<c:catAx>');
    const order = [
      'axId',
      'scaling',
      'delete',
      'axPos',
      'majorGridlines',
      'minorGridlines',
      'title',
      'numFmt',
      'majorTickMark',
      'minorTickMark',
      'tickLblPos',
      'spPr',
      'txPr',
      'crossAx',
      'crosses',
      'crossesAt',
      'auto',
      'lblOffset',
      'baseTimeUnit',
      'majorUnit',
      'majorTimeUnit',
      'minorUnit',
      'minorTimeUnit',
      'extLst',
    ];
    const body = axis.replace(/^<c:dateAx>|<\/c:dateAx>$/g, '');
    const children: string[] = [];
    let depth = 0;
    for (const m of body.matchAll(/<(\/?)c:(\w+)[^>]*?(\/?)>/g)) {
      if (m[1]) depth--;
      else {
        if (depth === 0) children.push(m[2] ?? '');
        if (!m[3]) depth++;
      }
    }
    expect(children.filter((c) => !order.includes(c))).toEqual([]);
    const positions = children.map((c) => order.indexOf(c));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(children).toEqual(expect.arrayContaining(['baseTimeUnit', 'majorUnit', 'majorTimeUnit']));
  });
  it('keeps its own label format and stays a date axis', () => {
    expect(axis).toContain(`<c:numFmt formatCode="${spec.timeAxis!.formatCode}" sourceLinked="0"/>`);
    expect(axis).toContain('<c:auto val="0"/>');
    expect(axis).toContain(`<c:min val="${serial(spec.timeAxis!.min)}"/>`);
  });
  it('holds the dates as numbers, in the chart and in Edit Data, where they read as dates', () => {
    const [categories] = cacheRefs(chart).filter((r) => r.kind === 'number' && r.cells[0]?.col === 'A');
    expect([...(categories?.points.values() ?? [])]).toEqual(spec.timeAxis!.days.map((d) => String(serial(d))));
    const sheet = book.text('xl/worksheets/sheet1.xml') ?? '';
    const a2 = /<c r="A2" s="(\d+)"><v>(\d+)<\/v><\/c>/.exec(sheet);
    expect(a2?.[2]).toBe(String(serial(spec.timeAxis!.days[0]!)));
    const xfs = [...(book.text('xl/styles.xml') ?? '').matchAll(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/g)][0]?.[1] ?? '';
    const xf = [...xfs.matchAll(/<xf numFmtId="(\d+)"/g)][Number(a2?.[1])]?.[1];
    expect(xf).toBe('14');
  });
});
