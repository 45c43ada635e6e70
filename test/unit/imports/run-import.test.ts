import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
import { readYamlFile } from '../../../src/data/read-yaml-file.js';
import { reportText } from '../../../src/imports/report/report-text.js';
import { runImport, type ImportRequest } from '../../../src/imports/run-import.js';
import { repoRoot } from '../../helpers/cli.js';
import { importFixture, inputFile, inputText } from '../../helpers/imports.js';
import { validData } from '../../helpers/program.js';

const data = await validData(path.join(repoRoot, 'data'));
const text = readFileSync(path.join(repoRoot, 'data', 'kpis.yaml'), 'utf8');
const catalogs = [...(await catalogsFor()).catalogs.values()].map((c) => c.index);
const request = (files: string[], extra: Partial<ImportRequest> = {}): ImportRequest => ({
  files: files.map((f) => inputFile(f)),
  kpi: [],
  replace: false,
  program: data,
  catalogs,
  kpis: { file: 'data/kpis.yaml', text },
  ...extra,
});
const history = [
  'variants/secure-score-history-page-1.json',
  'variants/secure-score-history-page-2.json',
  'variants/secure-score-control-profiles-excluded.json',
];

describe('an import in memory', () => {
  it('adds the history of both series and creates the adjusted KPI; a second import changes nothing', () => {
    // The example's secure-score names Exposure Management as its source: --source accepts the tool.
    const r = runImport(request(history, { acceptSource: true }));
    expect(r.problems).toEqual([]);
    expect(
      r.changes.map((c) => [c.kpi, Boolean(c.create), c.points.map((p) => `${p.action} ${p.date} ${p.value}`)]),
    ).toEqual([
      [
        'secure-score',
        false,
        [
          'unchanged 2026-09-30 62',
          'added 2026-10-15 63.2',
          'unchanged 2026-10-31 64',
          'added 2026-11-14 64.8',
          'unchanged 2026-11-15 66',
        ],
      ],
      [
        'secure-score-adjusted',
        true,
        [
          'added 2026-09-30 63.4',
          'added 2026-10-15 64.5',
          'added 2026-10-31 65.3',
          'added 2026-11-14 65.9',
          'added 2026-11-15 67.2',
        ],
      ],
    ]);
    expect(r.excludedControls.map((c) => c.id)).toEqual(['BlockLegacyAuthentication', 'scid_2001']);
    expect(r.files.map((f) => f.source)).toEqual(['secure-score', 'secure-score', 'secure-score']);
    const again = runImport({ ...request(history), kpis: { file: 'data/kpis.yaml', text: r.after } });
    expect(again.problems).toEqual([]);
    expect(again.after).toBe(again.before);
  });
  it('says in the report which left-out controls a snapshot did not list, and subtracts nothing for them there', () => {
    const r = runImport(
      request(
        ['variants/secure-score-beta-control-added.json', 'variants/secure-score-control-profiles-excluded.json'],
        {
          kpi: ['secure-score-adjusted'],
        },
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.changes.map((c) => c.points.map((p) => `${p.date} ${p.value}`))).toEqual([
      ['2026-09-30 63.4', '2026-10-15 65', '2026-11-15 67.2'],
    ]);
    expect(reportText(r, 'data/kpis.yaml')).toContain(
      [
        '  scid_2001: Turn on Microsoft Defender Antivirus PUA protection in block mode',
        '    resolved through a third party (ThirdParty), 9 points, since 2026-08-20: "Third-party EDR on servers"',
        '    not listed in 2 snapshots: 2026-09-30, 2026-10-15: nothing subtracted for it there',
      ].join('\n'),
    );
  });
  it('keeps one value a month with --every month', () => {
    const r = runImport(request(history, { every: 'month' }));
    expect(r.changes[0]?.points.map((p) => p.date)).toEqual(['2026-09-30', '2026-10-31', '2026-11-15']);
  });
  it('reads several sources in one run, --as-of dating the files without dates', () => {
    const r = runImport(
      request(
        [
          'samples/graph-secureScores.synthetic.json',
          'samples/graph-deviceCompliancePolicyDeviceStateSummary.synthetic.json',
        ],
        { asOf: '2026-11-16', acceptSource: true },
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.changes.map((c) => [c.kpi, c.points.map((p) => `${p.date} ${p.value}`)])).toEqual([
      ['secure-score', ['2026-11-14 64.8', '2026-11-15 66']],
      ['compliant-devices', ['2026-11-16 90.2']],
    ]);
    expect(r.notes[0]).toBe('Dated 2026-11-16 by --as-of: compliant-devices.');
  });
  it('starts kpis.yaml when the program has none', () => {
    const r = runImport(request(['samples/mde-exposureScore.synthetic.json'], { kpis: { file: 'data/kpis.yaml' } }));
    expect(r.before).toBe('');
    expect(r.after).toMatch(
      /^# Program KPIs \(created by ztdeck import\)[^\n]*\nkpis:\n {2}exposure-score:\n {4}title: Defender exposure score\n/,
    );
    expect(r.after).toContain('    # target:   set the target once agreed');
    expect(r.after).not.toMatch(/^ +target:/m);
  });
  it('changes nothing and says why on bad input', () => {
    const cases: [string[], Partial<ImportRequest>, string][] = [
      [['variants/secure-score-truncated.json'], {}, 'import-syntax'],
      [['variants/unknown-shape.json'], {}, 'import-unknown-shape'],
      [['variants/secure-score-mixed-tenants.json'], {}, 'import-mixed-tenants'],
      [['variants/secure-score-above-max.json'], {}, 'out-of-range'],
      [['samples/graph-managedDevices.synthetic.json'], {}, 'import-no-date'],
      [
        ['samples/graph-secureScores.synthetic.json'],
        { kpi: ['secure-score=mean-time-to-recover'] },
        'import-conflict',
      ],
      [
        ['variants/secure-score-history-pages.json'],
        { kpis: { file: 'data/kpis.yaml', text: text.replace('2026-10-31: 64\n', '2026-10-31: 63\n') } },
        'import-conflict',
      ],
      [
        ['samples/graph-secureScores.synthetic.json'],
        {
          program: {
            ...data,
            program: { ...data.program, reporting: { ...data.program.reporting, date: '2026-11-01' } },
          },
        },
        'date-order',
      ],
    ];
    for (const [files, extra, code] of cases) {
      const r = runImport(request(files, extra));
      expect(
        r.problems.filter((p) => p.severity === 'error').map((p) => p.code),
        files[0],
      ).toContain(code);
      expect(r.after, files[0]).toBe(r.before);
    }
  });
  it('refuses a CSV that names a column it reads twice, naming both; a column it does not read may repeat', () => {
    const csv = (header: string) => `sep=,\n${header}\nd1,Compliant,Noncompliant,x\nd2,Compliant,Compliant,y\n`;
    const twice = runImport({
      ...request([], { asOf: '2026-11-16' }),
      files: [inputText('devices.csv', csv('Device ID,Compliance,COMPLIANCE,Notes'))],
    });
    expect(twice.problems).toEqual([
      {
        code: 'import-syntax',
        severity: 'error',
        message:
          'header: the columns "Compliance" (column 2) and "COMPLIANCE" (column 3) have the same name, so ztdeck cannot tell which one holds the values',
        hint: 'remove or rename the extra column; the export writes each column once',
        location: { file: 'devices.csv', line: 2 },
      },
    ]);
    expect(twice.after).toBe(twice.before);
    const unread = runImport({
      ...request([], { asOf: '2026-11-16', acceptSource: true }),
      files: [inputText('devices.csv', csv('Device ID,Compliance,Notes,notes'))],
    });
    expect(unread.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(unread.changes.map((c) => [c.kpi, c.points.map((p) => p.value)])).toEqual([['compliant-devices', [100]]]);
  });
  it('refuses a stamp whose offset no clock shows, at the stamp', () => {
    const json = readFileSync(importFixture('samples/graph-secureScores.synthetic.json'), 'utf8');
    const r = runImport({
      ...request([]),
      files: [inputText('secureScores.json', json.replace('"2026-11-15T06:12:40Z"', '"2026-11-15T06:12:40-99:99"'))],
    });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'invalid-date',
        message: '$.value[0].createdDateTime: "2026-11-15T06:12:40-99:99" is not a date and time ztdeck reads',
        location: expect.objectContaining({ file: 'secureScores.json', line: 8 }) as object,
      }),
    ]);
    expect(r.after).toBe(r.before);
  });
  it('picks one tenant with --tenant', () => {
    const r = runImport(
      request(['variants/secure-score-mixed-tenants.json'], {
        tenant: '11111111-2222-3333-4444-555555555555',
        kpi: ['secure-score=other-tenant-score'],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.changes[0]?.points.map((p) => p.value)).toEqual([48]);
  });
  it("reports objective hints from the program's mapping, leaving scenarios alone", async () => {
    const mapping = (await readYamlFile(importFixture('mapping.yaml'))).yaml!;
    const r = runImport(request(['variants/scubagear-bom.json'], { mapping }));
    expect(r.hints?.objectives.map((o) => [o.objective, o.hint])).toEqual([
      ['secure-remote-hybrid-work/passwordless', 'its test fails'],
      ['secure-remote-hybrid-work/strong-authentication', 'the tests agree with complete'],
    ]);
    expect(r.hints?.notInRuns).toEqual([]);
  });
  it('reports a test id of the mapping that the run does not hold, with its line', async () => {
    const mapping = (await readYamlFile(importFixture('mapping.yaml'))).yaml!;
    const r = runImport(request(['variants/zta-0.18-report.json'], { mapping }));
    expect(r.problems).toEqual([]);
    expect(r.hints?.notInRuns).toEqual([{ tool: 'zta', id: '24000', line: 6 }]);
  });
});
