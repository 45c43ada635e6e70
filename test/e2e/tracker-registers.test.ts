import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { boardProgram } from '../helpers/board-program.js';
import { runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { editWorkbook, scenarioTexts } from '../helpers/tracker.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-tracker-registers-'));

/** Every file the tracker may edit, as text. */
function programTexts(data: string): { risks: string; decisions: string; kpis: string; [file: string]: string } {
  const read = (f: string) => readFileSync(path.join(data, f), 'utf8');
  return {
    risks: read('risks.yaml'),
    decisions: read('decisions.yaml'),
    kpis: read('kpis.yaml'),
    ...scenarioTexts(data),
  };
}

/** The row of a KPI and date on the KPI values sheet. */
function pointRow(ws: ExcelJS.Worksheet, kpi: string, date: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    const d = row.getCell(3).value;
    if (row.getCell(1).value === kpi && d instanceof Date && d.toISOString().startsWith(date)) found = row;
  });
  if (!found) throw new Error(`no row of ${kpi} on ${date}`);
  return found;
}

/** The row whose Id (the last column but the hidden mark) is `id`. */
function rowById(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  const idColumn = (ws.getRow(1).values as unknown[]).indexOf('Id');
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(idColumn).value === id) found = row;
  });
  if (!found) throw new Error(`no row with Id ${id} on ${ws.name}`);
  return found;
}

describe('ztdeck tracker export: the Risks and Decisions sheets', async () => {
  const data = copyOfExample();
  const out = path.join(tmp(), 'tracker.xlsx');
  const r = await runCli(['tracker', 'export', data, '--out', out]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const risks = book.getWorksheet('Risks')!;
  const decisions = book.getWorksheet('Decisions')!;

  it('lists every risk with its columns, the Id locked, a frozen header, a filter and protection', () => {
    expect(r.code, r.stderr).toBe(0);
    expect((risks.getRow(1).values as unknown[]).slice(1, 12)).toEqual([
      'Risk',
      'Likelihood',
      'Impact',
      'Treatment',
      'Owner',
      'Trend',
      'Status',
      'Impact area',
      'Mitigated by',
      'Description',
      'Id',
    ]);
    const yamlIds = [...readFileSync(path.join(data, 'risks.yaml'), 'utf8').matchAll(/^ {2}([a-z0-9-]+):$/gm)];
    expect(risks.actualRowCount - 1).toBe(yamlIds.length);
    const row = rowById(risks, 'ransomware-wms');
    expect(row.getCell(2).value).toBe('4 - Likely');
    expect(row.getCell(4).value).toBe('Reduce');
    // Locked is a cell's default: a locked cell has no protection of its own.
    expect(row.getCell(11).protection?.locked ?? true).toBe(true);
    expect(row.getCell(5).protection?.locked).toBe(false);
    expect(risks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(risks.autoFilter).toBeTruthy();
    expect((risks as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(risks.getColumn(1).width).toBeGreaterThan(risks.getColumn(11).width! / 2);
  });

  it("offers drop-downs in the template's wording for likelihood, impact, treatment, trend and status", () => {
    const list = (ws: ExcelJS.Worksheet, cell: string) => ws.getCell(cell).dataValidation?.formulae?.[0];
    expect(list(risks, 'B2')).toBe('"1 - Rare,2 - Unlikely,3 - Possible,4 - Likely,5 - Almost certain"');
    expect(list(risks, 'C50')).toBe('"1 - Minor,2 - Moderate,3 - Major,4 - Severe,5 - Critical"');
    expect(list(risks, 'D2')).toBe('"Avoid,Reduce,Share,Retain"');
    expect(list(risks, 'F2')).toBe('"Increasing,Stable,Decreasing"');
    expect(list(risks, 'G2')).toBe('"Open,Closed"');
    expect(list(decisions, 'D2')).toBe('"Open,Decided,Deferred"');
  });

  it('writes a decision with its question, who decides, a real date and its status', () => {
    expect((decisions.getRow(1).values as unknown[]).slice(1, 10)).toEqual([
      'Decision',
      'Asked of',
      'Needed by',
      'Status',
      'Outcome',
      'Recommendation',
      'Context',
      'Related objectives',
      'Id',
    ]);
    const row = rowById(decisions, 'purview-licences');
    expect(row.getCell(2).value).toBe('Priya Raman (CFO)');
    expect(row.getCell(3).value).toEqual(new Date('2026-12-04T00:00:00Z'));
    expect(row.getCell(3).numFmt).toMatch(/d/);
    expect(row.getCell(4).value).toBe('Open');
    expect(row.getCell(9).protection?.locked ?? true).toBe(true);
  });
});

describe('ztdeck tracker import of Risks and Decisions', async () => {
  const data = copyOfExample();
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const before = programTexts(data);

  it('changes nothing, byte for byte, when nothing was edited', async () => {
    const r = await runCli(['tracker', 'import', exported, '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no change');
    expect(programTexts(data)).toEqual(before);
  });

  it('refuses a likelihood that is not one and an impossible date, at their cells, and writes nothing', async () => {
    const bad = await editWorkbook(exported, path.join(tmp(), 'bad.xlsx'), (book) => {
      rowById(book.getWorksheet('Risks')!, 'ransomware-wms').getCell(2).value = 'Very likely';
      rowById(book.getWorksheet('Decisions')!, 'purview-licences').getCell(3).value = '2026-02-30';
      rowById(book.getWorksheet('Risks')!, 'attack-undetected-out-of-hours').getCell(6).value = 'sideways';
    });
    const r = await runCli(['tracker', 'import', bad, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/Risks!B2 error \[tracker-cell\] "Very likely" is not a likelihood; use 1 to 5/);
    expect(r.stderr).toMatch(/Risks!F3 error \[tracker-cell\] "sideways" is not a trend; use one of Increasing/);
    expect(r.stderr).toMatch(/Decisions!C2 error \[tracker-cell\] "2026-02-30" is not a date/);
    expect(programTexts(data)).toEqual(before);
  });

  it('lands edits on the right risks and decisions only, comments kept, and adds a new risk row', async () => {
    const edited = await editWorkbook(exported, path.join(tmp(), 'edited.xlsx'), (book) => {
      const risks = book.getWorksheet('Risks')!;
      const ransomware = rowById(risks, 'ransomware-wms');
      ransomware.getCell(7).value = '  closed ';
      ransomware.getCell(5).value = 'Anna Berg (COO)';
      risks.addRow(['Supplier VPN accounts are reused by attackers', 3, 'Major', 'reduce', 'Ola Nordmann', 'STABLE']);
      const purview = rowById(book.getWorksheet('Decisions')!, 'purview-licences');
      purview.getCell(4).value = 'Decided';
      purview.getCell(5).value = 'Funded for office users from January 2027';
      purview.getCell(3).value = '2026-12-11';
    });
    const r = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('new risk supplier-vpn-accounts-are-reused-by-attackers (Risks!');
    const after = programTexts(data);
    expect(after.risks).toContain(
      '    owner: Anna Berg (COO)\n    trend: stable      # increasing, stable or decreasing\n    status: closed\n',
    );
    expect(after.risks).toContain('    likelihood: 4      # 1 rare .. 5 almost certain\n');
    expect(after.risks).toMatch(
      /\n {2}supplier-vpn-accounts-are-reused-by-attackers:\n {4}title: Supplier VPN accounts are reused by attackers\n {4}likelihood: 3\n {4}impact: 3\n {4}treatment: reduce\n {4}owner: Ola Nordmann\n {4}trend: stable\n/,
    );
    // Only the edited risk's lines change, and the new risk is added.
    const added = /\n {2}supplier-vpn-accounts-are-reused-by-attackers:\n(?: {4}.*\n)+/.exec(after.risks)?.[0] ?? '';
    expect(after.risks.replace(added, '\n')).toBe(
      before.risks.replace(
        '    owner: Henrik de Vries (COO)\n    trend: stable      # increasing, stable or decreasing\n    status: open\n',
        '    owner: Anna Berg (COO)\n    trend: stable      # increasing, stable or decreasing\n    status: closed\n',
      ),
    );
    expect(after.decisions).toContain(
      '    needed_by: 2026-12-11\n    status: decided   # open, decided or deferred\n    outcome: Funded for office users from January 2027\n',
    );
    expect(after.decisions.split('\n').filter((l) => !before.decisions.split('\n').includes(l))).toHaveLength(3);
    expect(scenarioTexts(data)).toEqual(scenarioTexts(copyOfExample()));
  });
});

describe('ztdeck tracker on a large program with risks, decisions and KPIs', async () => {
  const data = boardProgram({ objectives: 300, risks: 150, decisions: 80, kpis: 30, seed: 7 });
  const out = path.join(tmp(), 'large.xlsx');
  const exported = await runCli(['tracker', 'export', data, '--out', out]);
  const before = programTexts(data);
  const r = await runCli(['tracker', 'import', out, '--data', data]);

  it('exports every risk, decision and KPI value and imports them back without a change', async () => {
    expect(exported.code, exported.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Risks')!.actualRowCount).toBe(151);
    expect(book.getWorksheet('Decisions')!.actualRowCount).toBe(81);
    expect(book.getWorksheet('KPI values')!.actualRowCount).toBeGreaterThan(30);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no change');
    expect(programTexts(data)).toEqual(before);
  });
});

describe('ztdeck tracker: the KPI values sheet', async () => {
  const data = copyOfExample();
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const before = programTexts(data);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exported);
  const ws = book.getWorksheet('KPI values')!;

  it('has a row per KPI and date: the KPI and its title locked, a real date, the value a number', () => {
    expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['KPI', 'KPI title', 'Date', 'Value']);
    const points = [...before.kpis.matchAll(/^ {6}\d{4}-\d\d-\d\d: /gm)].length;
    expect(ws.actualRowCount - 1).toBe(points);
    const row = pointRow(ws, 'secure-score', '2026-10-31');
    expect(row.getCell(4).value).toBe(64);
    expect(row.getCell(1).protection?.locked ?? true).toBe(true);
    expect(row.getCell(2).protection?.locked ?? true).toBe(true);
    expect(row.getCell(4).protection?.locked).toBe(false);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('refuses a value that is not a number and a KPI that does not exist, at their cells, and writes nothing', async () => {
    const bad = await editWorkbook(exported, path.join(tmp(), 'bad-kpis.xlsx'), (b) => {
      const sheet = b.getWorksheet('KPI values')!;
      pointRow(sheet, 'secure-score', '2026-10-31').getCell(4).value = 'lots';
      sheet.addRow(['no-such-kpi', null, '2026-11-20', 5]);
    });
    const r = await runCli(['tracker', 'import', bad, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/KPI values!D\d+ error \[tracker-cell\] "lots" is not a number/);
    expect(r.stderr).toMatch(/KPI values!A\d+ error \[tracker-cell\] "no-such-kpi" is not a KPI of this program/);
    expect(programTexts(data)).toEqual(before);
  });

  it('changes the value edited and adds the point of a new row in date order, comments kept', async () => {
    const edited = await editWorkbook(exported, path.join(tmp(), 'kpis.xlsx'), (b) => {
      const sheet = b.getWorksheet('KPI values')!;
      pointRow(sheet, 'secure-score', '2026-10-31').getCell(4).value = '65';
      sheet.addRow(['secure-score', null, '2026-11-01', '65,5']);
    });
    const r = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    const after = programTexts(data);
    expect(after.kpis).toBe(
      before.kpis.replace(
        '      2026-10-31: 64\n      2026-11-15: 66\n',
        '      2026-10-31: 65\n      2026-11-01: 65.5\n      2026-11-15: 66\n',
      ),
    );
    expect(after.kpis).toContain('    series:             # date: value, oldest first\n');
    expect({ ...after, kpis: '' }).toEqual({ ...before, kpis: '' });
  });
});

describe('ztdeck tracker import of a new risk into a program without risks.yaml', async () => {
  const data = copyOfExample();
  rmSync(path.join(data, 'risks.yaml'));
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);

  it('writes risks.yaml with the new risk', async () => {
    const edited = await editWorkbook(exported, path.join(tmp(), 'new-risk.xlsx'), (b) => {
      b.getWorksheet('Risks')!.addRow(['Phishing of the drivers', 4, 3, 'Reduce', 'Ingrid Halvorsen', 'Stable']);
    });
    const r = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(data, 'risks.yaml'), 'utf8')).toBe(
      'risks:\n  phishing-of-the-drivers:\n    title: Phishing of the drivers\n    likelihood: 4\n    impact: 3\n    treatment: reduce\n    owner: Ingrid Halvorsen\n    trend: stable\n',
    );
  });
});
