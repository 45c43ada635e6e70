import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cellsOf, chartRefs, readWorkbook, type Workbook } from '../helpers/chart-workbook.js';
import { makeProgram } from '../helpers/make-program.js';
import { openDeck } from '../helpers/pptx.js';

interface Chart {
  name: string;
  xml: string;
  book: Workbook;
}

/** Builds a deck with the real binary and reads each chart part with its embedded workbook. */
async function chartsOf(dataDir: string): Promise<Chart[]> {
  const out = mkdtempSync(path.join(tmpdir(), 'ztdeck-charts-'));
  const r = await runCli(['build', dataDir, '--out', out, '--format', 'pptx']);
  expect(r.code, r.stderr).toBe(0);
  const deck = await openDeck(readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '')));
  const charts: Chart[] = [];
  for (const name of deck.entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e))) {
    const rels = await deck.part(name.replace('charts/', 'charts/_rels/') + '.rels');
    const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1] ?? 'missing.xlsx';
    const bytes = await deck.zip.file(`ppt/embeddings/${target}`)?.async('uint8array');
    expect(bytes, `${name}: its workbook ${target}`).toBeDefined();
    charts.push({ name, xml: await deck.part(name), book: await readWorkbook(bytes ?? new Uint8Array()) });
  }
  return charts;
}

/** A KPI that starts at 0 and comes back to it, and one whose target is 0. */
const zeroProgram = makeProgram({
  kpis: {
    'phishing-clicks': {
      title: 'Staff who clicked the simulated phishing link',
      unit: '%',
      direction: 'lower',
      target: 0,
      target_date: '2027-06-30',
      source: 'Defender attack simulation',
      scenario: 'secure-remote-hybrid-work',
      series: { '2026-06-30': 0, '2026-07-31': 4, '2026-08-31': 0, '2026-09-30': 2, '2026-10-31': 0 },
    },
    'devices-enrolled': {
      title: 'Devices enrolled in Intune',
      unit: '%',
      direction: 'higher',
      target: 90,
      target_date: '2027-06-30',
      source: 'Intune',
      series: { '2026-07-31': 0, '2026-08-31': 0, '2026-09-30': 35, '2026-10-31': 60 },
    },
  },
});

describe.each([
  ['the example', 'data'],
  ['a program whose KPIs start at 0', zeroProgram],
])('native charts of %s', async (_, dataDir) => {
  const charts = await chartsOf(dataDir);
  const groups = (xml: string) => [...xml.matchAll(/<c:(\w+Chart)>([\s\S]*?)<\/c:\1>/g)];

  it('has charts, line charts among them', () => {
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.filter((c) => c.xml.includes('<c:lineChart>')).length).toBeGreaterThan(0);
  });
  it('writes each line chart as one c:lineChart of several series, the target dashed', () => {
    for (const c of charts.filter((x) => x.xml.includes('<c:lineChart>'))) {
      expect([...c.xml.matchAll(/<c:lineChart>/g)].length, c.name).toBe(1);
      const series = [...c.xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
      expect(series.length, c.name).toBeGreaterThanOrEqual(2);
      if (c.xml.includes('<c:v>Target</c:v>'))
        expect(
          series.find((s) => s.includes('<c:v>Target</c:v>')),
          c.name,
        ).toContain('<a:prstDash val="dash"/>');
    }
  });
  it('writes categories as plain string references, and the dates of a date axis as numbers', () => {
    for (const c of charts) {
      expect(c.xml, c.name).not.toContain('multiLvlStrRef');
      if (c.xml.includes('<c:dateAx>')) expect(c.xml, c.name).toMatch(/<c:cat>\s*<c:numRef>/);
      else if (!c.xml.includes('<c:doughnutChart>')) expect(c.xml, c.name).toMatch(/<c:cat>\s*<c:strRef>/);
    }
    expect(charts.filter((c) => c.xml.includes('<c:dateAx>')).length).toBeGreaterThan(0);
  });
  it('gives each chart group the two ids of the axes it is drawn on', () => {
    for (const c of charts) {
      const axes = [...c.xml.matchAll(/<c:(?:catAx|dateAx|valAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
      for (const [, type, body] of groups(c.xml)) {
        const ids = [...(body ?? '').matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
        if (type === 'doughnutChart' || type === 'pieChart') expect(ids, `${c.name} ${type}`).toEqual([]);
        else expect(ids, `${c.name} ${type}`).toEqual(axes);
      }
    }
  });
  it('holds in the workbook every value the chart caches, at the cell its reference names', () => {
    let checked = 0;
    for (const c of charts) {
      for (const ref of chartRefs(c.xml)) {
        const cells = cellsOf(ref.formula);
        expect(cells.length, `${c.name} ${ref.formula}`).toBe(ref.count);
        cells.forEach((cell, i) => {
          const inBook = c.book.cells.get(cell);
          const cached = ref.points.get(i) ?? '';
          expect(inBook?.value ?? '', `${c.name} ${ref.formula} ${cell}`).toBe(cached);
          if (cached !== '') expect(inBook?.type, `${c.name} ${cell}`).toBe(ref.kind === 'num' ? 'number' : 'string');
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(charts.length * 3);
  });
  it('writes zeros as numbers and leaves gaps blank', () => {
    const zeros = charts.flatMap((c) =>
      chartRefs(c.xml)
        .filter((r) => r.kind === 'num')
        .flatMap((r) => cellsOf(r.formula).filter((_, i) => r.points.get(i) === '0'))
        .map((cell) => c.book.cells.get(cell)),
    );
    for (const z of zeros) expect(z).toEqual({ type: 'number', value: '0' });
    if (dataDir !== 'data') expect(zeros.length).toBeGreaterThanOrEqual(6);
  });
  it('gives each workbook table a valid range', () => {
    for (const c of charts) expect(c.book.tableRef, c.name).toMatch(/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/);
  });
});
