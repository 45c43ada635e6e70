import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';
import { importFixture } from '../helpers/imports.js';
import { openDeck } from '../helpers/pptx.js';

const history = [
  'variants/secure-score-history-page-1.json',
  'variants/secure-score-history-page-2.json',
  'variants/secure-score-control-profiles-excluded.json',
].map(importFixture);
const SOURCE_LINE = '    source: Microsoft Defender portal, Exposure Management';

describe('ztdeck import secure-score into a copy of the example', async () => {
  const data = copyOfExample();
  const kpisPath = path.join(data, 'kpis.yaml');
  const original = readFileSync(kpisPath, 'utf8');

  // The example's secure-score names Exposure Management as its source: --source accepts Graph's.
  const dry = await runCli(['import', 'secure-score', ...history, '--data', data, '--dry-run', '--source']);
  const afterDry = readFileSync(kpisPath, 'utf8');
  const first = await runCli(['import', 'secure-score', ...history, '--data', data, '--source']);
  const imported = readFileSync(kpisPath, 'utf8');
  const mtime = statSync(kpisPath).mtimeMs;
  const second = await runCli(['import', ...history, '--data', data]);

  it('--dry-run prints the change as a diff and writes nothing', () => {
    expect(dry.code, dry.stderr).toBe(0);
    expect(afterDry).toBe(original);
    expect(dry.stdout).toContain(`--- a/kpis.yaml\n+++ b/kpis.yaml\n`);
    expect(dry.stdout).toContain(
      '+      2026-10-15: 63.2   # import secure-score: 395 of 625 points, 2026-10-15T06:00:00Z (secure-score-history-page-2.json)\n',
    );
    expect(dry.stderr).toMatch(
      /^Dry run, nothing written: .*kpis\.yaml would get 7 points added, 3 unchanged, 0 replaced, 1 KPI created \(set their targets\), 1 source updated\n$/,
    );
  });
  it('adds the history in date order and keeps every comment and untouched line byte for byte', () => {
    expect(first.code, first.stderr).toBe(0);
    const before = original.split('\n');
    const after = imported.split('\n');
    // Without the imported lines and the new KPI at the end, the file is the original but for one source: line.
    const kept = after.filter((l) => !l.includes('# import secure-score:')).slice(0, before.length);
    expect(kept).toEqual(
      before.map((l) =>
        l === SOURCE_LINE ? '    source: Microsoft Secure Score (Microsoft Graph security/secureScores)' : l,
      ),
    );
    for (const comment of before.filter((l) => l.includes('#'))) expect(after).toContain(comment);
    expect(imported).toContain(
      [
        '      2026-09-30: 62',
        '      2026-10-15: 63.2   # import secure-score: 395 of 625 points, 2026-10-15T06:00:00Z (secure-score-history-page-2.json)',
        '      2026-10-31: 64',
        '      2026-11-14: 64.8   # import secure-score: 405 of 625 points, 2026-11-14T06:00:00Z (secure-score-history-page-1.json)',
        '      2026-11-15: 66',
        '',
      ].join('\n'),
    );
    // the new KPI goes after the last one, separated by a blank line as the others are
    expect(imported).toMatch(
      / {6}2026-11-15: 6\.2\n\n {2}secure-score-adjusted:\n {4}title: "Microsoft Secure Score, adjusted: controls not to be implemented left out"\n/,
    );
    expect(imported).toContain(
      '      2026-11-15: 67.2   # import secure-score: 408.3 of 608 points, 2 controls left out, 2026-11-15T06:00:00Z (secure-score-history-page-1.json)\n',
    );
  });
  it('reports the controls left out of the adjusted score with their reason', () => {
    expect(first.stdout).toContain(
      'Controls left out of secure-score-adjusted (2): they count in neither the points achieved nor the maximum\n  BlockLegacyAuthentication: Enable policy to block legacy authentication\n    risk accepted (Ignored), 8 points, since 2026-09-02: "Handhelds need legacy auth until the 2027 refresh (capacity)"\n',
    );
    expect(first.stdout).toContain(
      '  secure-score-adjusted (new): Microsoft Secure Score, adjusted: controls not to be implemented left out; %, higher is better, scenario rapidly-modernize-security-posture\n    no target: set it in',
    );
  });
  it('leaves a program that validates', async () => {
    const v = await runCli(['validate', data]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain('9 KPIs');
  });
  it('changes nothing when the same files are imported again (detected without naming the source)', () => {
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(kpisPath, 'utf8')).toBe(imported);
    expect(statSync(kpisPath).mtimeMs).toBe(mtime);
    expect(second.stderr).toMatch(
      /^Nothing to change: .*kpis\.yaml already holds these values \(10 points unchanged\)\n$/,
    );
  });
  it("shows the imported points and their source on the deck's KPI slides", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ztdeck-import-deck-'));
    const b = await runCli(['build', data, '--out', out, '--format', 'pptx']);
    expect(b.code, b.stderr).toBe(0);
    const deck = await openDeck(readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '')));
    const kpiSlides = deck.slides.filter((s) => s.title.startsWith('Key performance indicators'));
    const text = kpiSlides.map((s) => s.text).join(' ');
    expect(text).toContain('Source: Microsoft Secure Score (Microsoft Graph security/secureScores)');
    expect(text).toContain('Microsoft Secure Score, adjusted: controls not to be implemented left out');
    expect(text).toContain(
      'Source: Microsoft Secure Score (Graph) without the controls marked risk accepted or third party',
    );
    const charts = await Promise.all(
      deck.entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e)).map((e) => deck.part(e)),
    );
    const raw = charts.find((c) => c.includes('<c:v>Microsoft Secure Score (Exposure Management)</c:v>')) ?? '';
    const values = [...raw.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    // The dates on a date axis, as spreadsheet dates: 15 Oct and 14 Nov 2026.
    expect(values).toEqual(expect.arrayContaining(['46310', '46340', '63.2', '64.8']));
    const adjusted =
      charts.find((c) =>
        c.includes('<c:v>Microsoft Secure Score, adjusted: controls not to be implemented left out</c:v>'),
      ) ?? '';
    expect([...adjusted.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(
      expect.arrayContaining(['63.4', '64.5', '65.3', '65.9', '67.2']),
    );
  });
});

describe('ztdeck import refuses bad input: exit 1, kpis.yaml untouched, no stack trace', async () => {
  const data = copyOfExample();
  const kpisPath = path.join(data, 'kpis.yaml');
  const original = readFileSync(kpisPath, 'utf8');
  const big = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-big-')), 'secureScores.json');
  writeFileSync(big, Buffer.alloc(32 * 1024 * 1024 + 1, 0x20));
  const many = path.join(path.dirname(big), 'secureScores-many.json');
  writeFileSync(many, `{\n  "value": [${'{},'.repeat(1_999_999)}{}]\n}\n`);
  const cases: [string, string[], RegExp][] = [
    [
      'a cut-short file',
      [importFixture('variants/secure-score-truncated.json')],
      /secure-score-truncated\.json:18:\d+ error \[import-syntax\] the file is not valid JSON: the file ends in the middle of the JSON/,
    ],
    [
      'an unknown shape',
      [importFixture('variants/unknown-shape.json')],
      /unknown-shape\.json error \[import-unknown-shape\] ztdeck cannot tell which tool wrote this file: it is a JSON object with the keys report, generated\n {2}hint: expected one of: secure-score Graph GET \/security\/secureScores/,
    ],
    [
      'several tenants',
      [importFixture('variants/secure-score-mixed-tenants.json')],
      /error \[import-mixed-tenants\] the files hold data of 2 tenants: .*\n {2}hint: each KPI follows one tenant: pick it with --tenant <id>/,
    ],
    [
      'a score above its max',
      [importFixture('variants/secure-score-above-max.json')],
      /secure-score-above-max\.json:19:23 error \[out-of-range\] \$\.value\[1\]\.currentScore: currentScore 700 is above maxScore 625/,
    ],
    [
      'a file over the cap',
      [big],
      /secureScores\.json error \[file-too-large\] the file is 32\.0 MiB; the limit for a file to import is 32 MiB/,
    ],
    [
      'a file without a date and no --as-of',
      [importFixture('samples/graph-managedDevices.synthetic.json')],
      /graph-managedDevices\.synthetic\.json error \[import-no-date\] this file carries no date for its values\n {2}hint: give the day the data was taken with --as-of YYYY-MM-DD/,
    ],
    [
      "a value different from kpis.yaml's",
      [importFixture('samples/graph-secureScores.synthetic.json'), '--kpi', 'secure-score=passwordless-users'],
      /kpis\.yaml:\d+:\d+ error \[import-conflict\] KPI passwordless-users holds 52 on 2026-11-15; the import gives 66/,
    ],
    [
      'a list of 2,000,000 records (under the size cap)',
      [many],
      /secureScores-many\.json:2:12 error \[import-limit\] \$\.value: this list holds more than 100,000 items, the most ztdeck reads in one list of a file to import\n(.*\n)* {2}hint: save the export in several files/,
    ],
    ['a missing file', [path.join(data, 'nope.json')], /nope\.json error \[path-not-found\]/],
  ];
  for (const [what, args, expected] of cases) {
    it(what, async () => {
      const r = await runCli(['import', ...args, '--data', data]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stdout).toBe('');
      expect(readFileSync(kpisPath, 'utf8')).toBe(original);
    });
  }
  it('exits 2 on a wrong command line', async () => {
    const r = await runCli([
      'import',
      importFixture('samples/graph-managedDevices.synthetic.json'),
      '--as-of',
      '2026-13-01',
      '--data',
      data,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[usage] --as-of 2026-13-01 is not a date');
    const none = await runCli(['import', 'secure-score', '--data', data]);
    expect([none.code, none.stderr.includes('[usage] no file to import')]).toEqual([2, true]);
  });
  it('exits 2 on a --kpi that is not a KPI id, or that the files cannot follow, in text and JSON', async () => {
    const scores = importFixture('samples/graph-secureScores.synthetic.json');
    const cases: [string[], string][] = [
      [['--kpi', 'Not An Id'], '[usage] --kpi Not An Id: "Not An Id" is not a KPI id'],
      [['--kpi', 'secure-score=Bad_Id'], '[usage] --kpi secure-score=Bad_Id: "Bad_Id" is not a KPI id'],
      [['--kpi', 'nope=posture'], '[usage] --kpi nope=posture: the files give no measure "nope"'],
    ];
    for (const [flags, message] of cases) {
      const r = await runCli(['import', scores, ...flags, '--data', data]);
      expect([r.code, r.stderr.includes(message)], r.stderr).toEqual([2, true]);
      const json = await runCli(['import', scores, ...flags, '--data', data, '--format', 'json']);
      expect(json.code).toBe(2);
      expect((JSON.parse(json.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual([
        'usage',
      ]);
    }
    expect(readFileSync(kpisPath, 'utf8')).toBe(original);
  });
});

describe('ztdeck import for tools', async () => {
  const data = copyOfExample();
  mkdirSync(path.join(data, 'imports'));
  copyFileSync(importFixture('mapping.yaml'), path.join(data, 'imports', 'mapping.yaml'));
  const scenario = readFileSync(path.join(data, 'scenarios', 'secure-remote-hybrid-work.yaml'), 'utf8');
  const r = await runCli([
    'import',
    importFixture('samples/maester-TestResults.synthetic.json'),
    '--data',
    data,
    '--format',
    'json',
    '--dry-run',
  ]);

  it('prints the report as JSON with --format json, objective hints included', () => {
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      schema: string;
      written: boolean;
      kpis: { kpi: string; points: { action: string; value: number }[] }[];
      hints: { objectives: { objective: string; hint: string }[] };
      diff: string;
      problems: unknown[];
    };
    expect(report.schema).toBe('ztdeck.import/1');
    expect(report.written).toBe(false);
    expect(report.kpis.map((k) => [k.kpi, k.points.map((p) => [p.action, p.value])])).toEqual([
      ['maester-pass', [['added', 50]]],
    ]);
    expect(report.hints.objectives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ objective: 'secure-remote-hybrid-work/passwordless', hint: 'its test fails' }),
      ]),
    );
    expect(report.diff).toContain('+  maester-pass:\n');
    // Its problems are in the report, not on stderr, which keeps one summary line.
    expect(report.problems).toBeInstanceOf(Array);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('prints a JSON document with the problems on stdout when the import fails', async () => {
    const bad = await runCli([
      'import',
      importFixture('variants/secure-score-mixed-tenants.json'),
      '--data',
      data,
      '--format',
      'json',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('');
    const report = JSON.parse(bad.stdout) as {
      schema: string;
      written: boolean;
      errors: number;
      problems: { code: string }[];
    };
    expect([report.schema, report.written, report.errors]).toEqual(['ztdeck.import/1', false, 1]);
    expect(report.problems.map((p) => p.code)).toEqual(['import-mixed-tenants']);
  });
  it('never writes hints into scenarios/*.yaml', () => {
    expect(readFileSync(path.join(data, 'scenarios', 'secure-remote-hybrid-work.yaml'), 'utf8')).toBe(scenario);
  });
  it('is listed in ztdeck --help with its sources', async () => {
    const help = await runCli(['import', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      'secure-score | zta | intune | entra-auth-methods | defender-cloud | maester | scubagear | mde',
    );
    expect(help.stdout).toContain('--every <period>');
  });
});

describe('ztdeck import into a kpis.yaml that is a link inside the program folder', async () => {
  const data = copyOfExample();
  mkdirSync(path.join(data, 'shared'));
  renameSync(path.join(data, 'kpis.yaml'), path.join(data, 'shared', 'kpis.yaml'));
  symlinkSync(path.join('shared', 'kpis.yaml'), path.join(data, 'kpis.yaml'));
  const r = await runCli(['import', importFixture('samples/mde-exposureScore.synthetic.json'), '--data', data]);

  it('writes through the link to the file it leads to, and keeps the link', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(path.join(data, 'kpis.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(data, 'kpis.yaml'))).toBe(path.join('shared', 'kpis.yaml'));
    expect(readFileSync(path.join(data, 'shared', 'kpis.yaml'), 'utf8')).toContain(
      '      2026-11-14: 31.7   # import mde:',
    );
    expect(readdirSync(path.join(data, 'shared'))).toEqual(['kpis.yaml']);
  });
});
