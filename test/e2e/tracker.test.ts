import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { makeProgram } from '../helpers/make-program.js';
import { editWorkbook, rowOf, scenarioTexts } from '../helpers/tracker.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-tracker-'));
const SENSITIVE = 'identify-protect-sensitive-business-data.yaml';

describe('ztdeck tracker export of the example', async () => {
  const data = copyOfExample();
  const out = path.join(tmp(), 'tracker.xlsx');
  const first = await runCli(['tracker', 'export', data, '--out', out]);
  const again = path.join(tmp(), 'again.xlsx');
  await runCli(['tracker', 'export', data, '--out', again]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);

  it('writes a sheet per scenario, a sheet per track of the breach scenario, and the About sheet', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'About',
      'Security posture',
      'Remote and hybrid work',
      'Sensitive data',
      'Breach - infrastructure',
      'Breach - threat protection',
      'Regulatory compliance',
      'Risks',
      'Decisions',
      'KPI values',
    ]);
  });

  it("puts Microsoft's columns first and the Id last, with a frozen header and a filter", () => {
    const ws = book.getWorksheet('Sensitive data')!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 13)).toEqual([
      'Stage',
      'Objective',
      'Includes',
      'Owner',
      'Status',
      'Due',
      'Started',
      'Completed',
      '% complete',
      'Blocker / reason not applicable',
      'Notes',
      'Id',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('writes dates as dates in the locale format, percentages as numbers, statuses in the template wording', () => {
    const ws = book.getWorksheet('Sensitive data')!;
    const row = rowOf(ws, 'label-m365-data');
    expect(row.getCell(5).value).toBe('In progress');
    expect(row.getCell(6).value).toEqual(new Date('2027-01-29T00:00:00Z'));
    expect(row.getCell(6).numFmt).toMatch(/d mmm yyyy/);
    expect(row.getCell(9).value).toBe(45);
    expect(rowOf(ws, 'insider-risk-policies').getCell(10).value).toBe('Not licensed');
    expect(rowOf(ws, 'basic-dlp').getCell(10).value).toMatch(/^DLP for Teams chat.*\nThe works council/s);
  });

  it('locks the catalog columns and protects the sheet without a password', () => {
    const ws = book.getWorksheet('Sensitive data')!;
    const row = rowOf(ws, 'label-m365-data');
    // Locked is a cell's default: a locked cell has no protection of its own.
    expect(row.getCell(2).protection?.locked ?? true).toBe(true);
    expect(row.getCell(12).protection?.locked ?? true).toBe(true);
    expect(row.getCell(4).protection?.locked).toBe(false);
    const custom = rowOf(ws, 'af-classify-customs-manifests');
    expect(custom.getCell(2).protection?.locked).toBe(false);
    const xml = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(xml).toMatchObject({ sheet: true });
    expect(xml).not.toHaveProperty('hashValue');
  });

  it('gives the same bytes for the same data', () => {
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it('refuses an invalid program as build does, and writes nothing', async () => {
    const bad = copyOfExample();
    const p = path.join(bad, 'scenarios', SENSITIVE);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(p, readFileSync(p, 'utf8').replace('status: in-progress', 'status: donee'));
    const target = path.join(tmp(), 'bad.xlsx');
    const r = await runCli(['tracker', 'export', bad, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(SENSITIVE);
    expect(() => readFileSync(target)).toThrow();
  });
});

describe('ztdeck tracker import of the workbook as exported', async () => {
  const data = copyOfExample();
  const out = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', out]);
  const before = scenarioTexts(data);
  const r = await runCli(['tracker', 'import', out, '--data', data]);

  it('changes nothing, byte for byte', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no change');
    expect(scenarioTexts(data)).toEqual(before);
  });

  it('reads a workbook saved in the 1904 date system, and one without its Id column, as the same', async () => {
    const in1904 = await editWorkbook(out, path.join(tmp(), '1904.xlsx'), (b) => {
      b.properties.date1904 = true;
    });
    const noId = await editWorkbook(out, path.join(tmp(), 'no-id.xlsx'), (b) => {
      for (const ws of b.worksheets.slice(1)) ws.spliceColumns(12, 1);
    });
    for (const file of [in1904, noId]) {
      const x = await runCli(['tracker', 'import', file, '--data', data]);
      expect(x.code, x.stderr).toBe(0);
      expect(x.stdout).toContain('no change');
    }
    expect(scenarioTexts(data)).toEqual(before);
  });
});

describe('ztdeck tracker on a large program', async () => {
  // Every scenario of the built-in catalog with 300 custom objectives of each status, and quoting-hostile text.
  const statuses = ['not-started', 'in-progress', 'at-risk', 'blocked', 'complete'] as const;
  const custom = (track?: string) =>
    Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => {
        const status = statuses[i % statuses.length] ?? 'in-progress';
        return [
          `own-${i}`,
          {
            title: `Own objective ${i}: "quoted", #hash, 'single' & more`,
            stage: (i % 4) + 1,
            ...(track ? { track: i % 2 ? 'infrastructure' : 'threat-protection' } : {}),
            status,
            owner: `Owner ${i % 17}`,
            due: `2027-0${(i % 9) + 1}-15`,
            ...(status === 'complete' ? { completed: '2026-10-01' } : {}),
            ...(status === 'blocked' ? { blockers: ['Waiting: a, b', 'Second line'] } : {}),
            ...(status === 'in-progress' ? { percent: i % 100, started: '2026-09-01' } : {}),
          },
        ];
      }),
    );
  const data = makeProgram({
    scenarios: {
      'rapidly-modernize-security-posture': { custom_objectives: custom() },
      'secure-remote-hybrid-work': { custom_objectives: custom() },
      'identify-protect-sensitive-business-data': { custom_objectives: custom() },
      'prevent-reduce-business-damage-breach': { custom_objectives: custom('tracks') },
      'meet-regulatory-compliance-requirements': { custom_objectives: custom() },
    },
  });
  const out = path.join(tmp(), 'large.xlsx');
  const exported = await runCli(['tracker', 'export', data, '--out', out]);
  const before = scenarioTexts(data);
  const r = await runCli(['tracker', 'import', out, '--data', data]);

  it('exports every objective and imports the workbook back without a change', async () => {
    expect(exported.code, exported.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows = book.worksheets.slice(1).reduce((n, ws) => n + ws.actualRowCount - 1, 0);
    expect(rows).toBeGreaterThan(1500);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no change');
    expect(scenarioTexts(data)).toEqual(before);
  });

  it('warns of a deleted row and keeps its objective', async () => {
    const edited = await editWorkbook(out, path.join(tmp(), 'deleted.xlsx'), (b) => {
      const ws = b.getWorksheet('Remote and hybrid work')!;
      ws.spliceRows(rowOf(ws, 'own-7').number, 1);
    });
    const x = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(x.code, x.stderr).toBe(0);
    expect(x.stderr).toMatch(
      /Remote and hybrid work warning \[tracker-row-missing\] the row of own-7 .* is missing; the objective is kept/,
    );
    expect(scenarioTexts(data)).toEqual(before);
  });
});
