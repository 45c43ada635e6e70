import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { scenarioTexts } from '../helpers/tracker.js';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
// Calc is its own package (libreoffice-calc): soffice without it cannot open a workbook.
const calc = soffice && existsSync('/usr/lib/libreoffice/program/libsclo.so');
if (!calc) console.warn('LibreOffice Calc is not installed: the tracker round trip through Calc is skipped');

/** soffice converting a file, with a profile of its own (several tests may run it at once). */
function convert(file: string, to: string, outDir: string): void {
  execFileSync(
    soffice as string,
    ['--headless', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', to, '--outdir', outDir, file],
    { stdio: 'ignore', timeout: 180_000 },
  );
}

describe.runIf(calc)('the tracker workbook through LibreOffice Calc', async () => {
  const data = copyOfExample();
  const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-calc-'));
  const exported = path.join(dir, 'tracker.xlsx');
  await runCli(['tracker', 'export', data, '--out', exported]);
  const saved = path.join(dir, 'saved');
  convert(exported, 'xlsx:Calc MS Excel 2007 XML', saved);
  // Every sheet as shown (token 12: -1, all sheets; token 9: as shown), one CSV file each.
  const csv = path.join(dir, 'csv');
  convert(exported, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', csv);
  const texts = () => ({
    ...scenarioTexts(data),
    ...Object.fromEntries(
      ['risks.yaml', 'decisions.yaml', 'kpis.yaml'].map((f) => [f, readFileSync(path.join(data, f), 'utf8')]),
    ),
  });
  const before = texts();

  it('imports the workbook Calc saved again as the same program, byte for byte', async () => {
    const r = await runCli(['tracker', 'import', path.join(saved, 'tracker.xlsx'), '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no change');
    expect(texts()).toEqual(before);
  }, 120_000);

  it('shows the statuses, dates and numbers as the program holds them', () => {
    expect(readdirSync(csv).filter((f) => f.endsWith('.csv'))).toHaveLength(10);
    const lines = readFileSync(path.join(csv, 'tracker-Sensitive data.csv'), 'utf8').split('\n');
    const row = (id: string) => lines.find((l) => l.includes(`,${id},`) || l.endsWith(`,${id}`)) ?? '';
    // label-m365-data: in progress, 45 %, started 2026-09-21, due 2027-01-29 (en-GB: 29 Jan 2027).
    expect(row('label-m365-data')).toMatch(/,In progress,29 Jan 2027,21 Sept? 2026,,45,/);
    expect(row('discover-sensitive-data')).toMatch(/,Complete,29 May 2026,16 Feb 2026,22 May 2026,,/);
    expect(row('insider-risk-policies')).toContain(',Not applicable,');
    expect(row('insider-risk-policies')).toContain(',Not licensed,');
    const sheet = (name: string) => readFileSync(path.join(csv, `tracker-${name}.csv`), 'utf8');
    expect(sheet('Risks')).toMatch(/,4 - Likely,5 - Critical,Reduce,Henrik de Vries \(COO\),Stable,Open,/);
    expect(sheet('Decisions')).toMatch(/,Priya Raman \(CFO\),4 Dec 2026,Open,/);
    expect(sheet('KPI values')).toMatch(/\nsecure-score,[^\n]*,31 Oct 2026,64,?\n/);
  });
});
