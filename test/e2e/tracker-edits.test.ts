import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { editWorkbook, rowOf, scenarioTexts } from '../helpers/tracker.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-tracker-'));
const SENSITIVE = 'identify-protect-sensitive-business-data.yaml';

/** The data rows of a sheet in reverse order, as a sort by a column would move them. */
function reverseRows(ws: ExcelJS.Worksheet): void {
  const values: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) values.push(Array.from({ length: 13 }, (_, c) => row.getCell(c + 1).value));
  });
  values.reverse().forEach((v, i) => {
    const row = ws.getRow(i + 2);
    v.forEach((value, c) => (row.getCell(c + 1).value = value));
  });
}

describe('ztdeck tracker import of edits made in a spreadsheet', async () => {
  const data = copyOfExample();
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const before = scenarioTexts(data);
  const edited = await editWorkbook(exported, path.join(tmp(), 'edited.xlsx'), (book) => {
    const ws = book.getWorksheet('Sensitive data')!;
    rowOf(ws, 'label-m365-data').getCell(4).value = 'Pieter Janssens';
    const auto = rowOf(ws, 'automatic-labeling');
    auto.getCell(5).value = '  in PROGRESS ';
    auto.getCell(7).value = '02/11/2026';
    auto.getCell(9).value = '15 %';
    rowOf(ws, 'extend-dlp-m365').getCell(6).value = new Date('2027-06-30T00:00:00Z');
    rowOf(ws, 'secure-teams').getCell(9).value = 0.6;
    ws.addRow([3, 'Label the customs archive', null, 'Fatima Zahra El Amrani', 'In progress', '2027-03-31']);
    reverseRows(ws);
  });
  const dry = await runCli(['tracker', 'import', edited, '--data', data, '--dry-run']);
  const afterDry = scenarioTexts(data);
  const r = await runCli(['tracker', 'import', edited, '--data', data]);
  const after = scenarioTexts(data);
  const text = after[SENSITIVE] ?? '';

  it('prints the diff with --dry-run and writes nothing', () => {
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('+    owner: Pieter Janssens');
    expect(dry.stdout).toContain('nothing written');
    expect(afterDry).toEqual(before);
  });

  it('lands each edit on its objective, whatever the order of the rows', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(text).toMatch(/label-m365-data: .*\n(?: {4}.*\n)*? {4}owner: Pieter Janssens\n/);
    expect(text).toMatch(
      /automatic-labeling: .*\n {4}status: in-progress\n {4}percent: 15\n {4}started: 2026-11-02\n {4}due: 2027-05-28\n/,
    );
    expect(text).toMatch(
      /extend-dlp-m365: +# Extend DLP policies across Microsoft 365 services\n {4}status: not-started\n {4}due: 2027-06-30\n/,
    );
    expect(text).toMatch(/secure-teams: .*\n {4}status: at-risk\n {4}percent: 60\n/);
  });

  it('adds a new row as a custom objective with an id made from its title, and says so', () => {
    expect(text).toMatch(
      /\n {2}label-the-customs-archive:\n {4}title: Label the customs archive\n {4}stage: 3\n {4}status: in-progress\n {4}owner: Fatima Zahra El Amrani\n {4}due: 2027-03-31\n/,
    );
    expect(r.stdout).toContain(
      'new custom objective identify-protect-sensitive-business-data/label-the-customs-archive',
    );
  });

  it('keeps every comment and leaves the other files and fields alone', () => {
    const comments = (s: string) => s.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(text)).toEqual(comments(before[SENSITIVE] ?? ''));
    expect(text).toContain('    owner: Elif Yılmaz\n    started: 2026-10-05'); // basic-dlp untouched
    for (const [name, t] of Object.entries(before)) if (name !== SENSITIVE) expect(after[name], name).toBe(t);
  });

  it('leaves a program that validates, and a second import of the same workbook changes nothing', async () => {
    expect((await runCli(['validate', data])).code).toBe(0);
    const again = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(again.code, again.stderr).toBe(0);
    expect(scenarioTexts(data)[SENSITIVE]).not.toContain('label-the-customs-archive-2');
  });
});

describe('ztdeck tracker import refuses what it cannot take, located, and writes nothing', async () => {
  const data = copyOfExample();
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const before = scenarioTexts(data);
  const bad = await editWorkbook(exported, path.join(tmp(), 'bad.xlsx'), (book) => {
    const ws = book.getWorksheet('Sensitive data')!;
    ws.name = 'Our data'; // renamed: found by its hidden mark
    const label = rowOf(ws, 'label-m365-data');
    label.getCell(5).value = 'Donee';
    label.getCell(6).value = '31/02/2027';
    rowOf(ws, 'secure-teams').getCell(9).value = 140;
    rowOf(ws, 'label-protection').getCell(8).value = '2026-11-15';
    ws.addRow([9, 'An objective in no stage']);
  });
  const r = await runCli(['tracker', 'import', bad, '--data', data]);
  const json = await runCli(['tracker', 'import', bad, '--data', data, '--format', 'json']);

  it('reports every problem at once at its Sheet!Cell, exit 1', () => {
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(
      /Our data!E\d+ error \[tracker-cell\] "Donee" is not a status; use one of Not started, In progress/,
    );
    expect(r.stderr).toMatch(/Our data!F\d+ error \[tracker-cell\] "31\/02\/2027" is not a date/);
    expect(r.stderr).toMatch(/Our data!I\d+ error \[tracker-cell\] 140 is not a percentage/);
    expect(r.stderr).toMatch(
      /Our data!H\d+ error \[tracker-cell\] label-protection: a completed date needs status complete/,
    );
    expect(r.stderr).toMatch(/Our data!A\d+ error \[tracker-cell\] "9" is not a stage/);
    expect(r.stderr.match(/is not a stage/g)).toHaveLength(1);
  });

  it('gives the problems as JSON with --format json', () => {
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { written: boolean; problems: { location: { file: string } }[] };
    expect(doc.written).toBe(false);
    expect(doc.problems.length).toBeGreaterThanOrEqual(5);
  });

  it('writes nothing', () => {
    expect(scenarioTexts(data)).toEqual(before);
  });

  it('refuses a file that is not a workbook, an encrypted one, a renamed sheet without its mark', async () => {
    const { truncateSync } = await import('node:fs');
    const dir = tmp();
    const notBook = path.join(dir, 'notes.xlsx');
    writeFileSync(notBook, 'Owner,Status\n');
    const encrypted = path.join(dir, 'locked.xlsx');
    writeFileSync(
      encrypted,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const huge = path.join(dir, 'huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024);
    const unmarked = await editWorkbook(exported, path.join(dir, 'unmarked.xlsx'), (book) => {
      const ws = book.getWorksheet('Sensitive data')!;
      ws.name = 'Our data';
      ws.getRow(1).getCell(13).value = null;
    });
    const cases: [string, RegExp][] = [
      [notBook, /is not an Excel workbook/],
      [encrypted, /is encrypted \(saved with a password to open\)/],
      [huge, /the workbook is 21\.0 MiB; the limit is 20\.0 MiB/],
      [unmarked, /Our data!A1 error \[tracker-sheet\] sheet "Our data" is not a scenario of this program/],
    ];
    for (const [file, message] of cases) {
      const x = await runCli(['tracker', 'import', file, '--data', data]);
      expect(x.code, file).toBe(1);
      expect(x.stderr).toMatch(message);
      expect(x.stderr).not.toMatch(STACK_LINE);
    }
    expect(scenarioTexts(data)).toEqual(before);
    expect(readFileSync(exported).length).toBeGreaterThan(0);
  });
});

describe('ztdeck tracker import of workbooks other programs saved, into files of other shapes', async () => {
  it('keeps a byte-order mark and Windows line breaks in a scenario file it edits', async () => {
    const data = copyOfExample();
    const file = path.join(data, 'scenarios', SENSITIVE);
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    const exported = path.join(tmp(), 'tracker.xlsx');
    await runCli(['tracker', 'export', data, '--out', exported]);
    const edited = await editWorkbook(exported, path.join(tmp(), 'edited.xlsx'), (book) => {
      rowOf(book.getWorksheet('Sensitive data')!, 'label-m365-data').getCell(4).value = 'Pieter Janssens';
    });
    const r = await runCli(['tracker', 'import', edited, '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(text).toContain('    owner: Pieter Janssens\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reads inline strings (as Google Sheets writes them) as it reads shared ones', async () => {
    const data = copyOfExample();
    const exported = path.join(tmp(), 'tracker.xlsx');
    await runCli(['tracker', 'export', data, '--out', exported]);
    const edited = await editWorkbook(exported, path.join(tmp(), 'edited.xlsx'), (book) => {
      rowOf(book.getWorksheet('Sensitive data')!, 'automatic-labeling').getCell(5).value = 'Blocked';
      rowOf(book.getWorksheet('Sensitive data')!, 'automatic-labeling').getCell(10).value = 'No licence yet';
    });
    const parts = unzipSync(readFileSync(edited));
    const shared = [...strFromU8(parts['xl/sharedStrings.xml']!).matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ''),
    );
    let inlined = 0;
    for (const name of Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      const xml = strFromU8(parts[name]!).replace(
        /<c r="([A-Z]+\d+)"([^>]*?) t="s"><v>(\d+)<\/v><\/c>/g,
        (_, r, a, i) => {
          inlined++;
          return `<c r="${r}"${a} t="inlineStr"><is><t xml:space="preserve">${shared[Number(i)] ?? ''}</t></is></c>`;
        },
      );
      parts[name] = strToU8(xml);
    }
    expect(inlined).toBeGreaterThan(100);
    const google = path.join(tmp(), 'google.xlsx');
    writeFileSync(google, zipSync(parts));
    const r = await runCli(['tracker', 'import', google, '--data', data, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /objective identify-protect-sensitive-business-data\/automatic-labeling \(Sensitive data!\d+\): status blocked, blockers No licence yet\n/,
    );
    expect(r.stdout.match(/^objective /gm)).toHaveLength(1);
  });
});

describe('ztdeck tracker import of not-applicable objectives and of what only the whole program can check', async () => {
  const data = copyOfExample();
  const exported = path.join(tmp(), 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const make = (started: string) =>
    editWorkbook(exported, path.join(tmp(), `na-${started.replace(/\//g, '')}.xlsx`), (book) => {
      const ws = book.getWorksheet('Sensitive data')!;
      const insider = rowOf(ws, 'insider-risk-policies');
      insider.getCell(5).value = 'in progress';
      insider.getCell(7).value = started;
      const saas = rowOf(ws, 'saas-labels-dlp');
      saas.getCell(5).value = 'Not applicable';
      saas.getCell(10).value = 'outside the scope of the business';
    });
  const late = await runCli(['tracker', 'import', await make('01/12/2026'), '--data', data]);
  const before = scenarioTexts(data);
  const ok = await runCli(['tracker', 'import', await make('01/11/2026'), '--data', data]);
  const text = scenarioTexts(data)[SENSITIVE] ?? '';

  it('locates a problem only the whole program finds (a start after the reporting date) at its cell', () => {
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(
      /Sensitive data!G\d+ error \[date-order\] started \(2026-12-01\) is after the reporting date/,
    );
    expect(before[SENSITIVE]).toBe(readFileSync(path.join(repoRoot, 'data', 'scenarios', SENSITIVE), 'utf8'));
  });

  it('reads a reason not applicable by its words, and drops the reason of an objective that applies again', () => {
    expect(ok.code, ok.stderr).toBe(0);
    expect(text).toMatch(
      / {2}insider-risk-policies: .*\n {4}status: in-progress\n {4}started: 2026-11-01\n {4}notes: The Insider/,
    );
    expect(text).toMatch(/ {2}saas-labels-dlp: +# Extend labels .*\n {4}status: not-applicable\n {4}reason: scope\n/);
  });
});
