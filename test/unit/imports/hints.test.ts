import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlFile } from '../../../src/data/read-yaml-file.js';
import { objectiveHints, uniqueTests } from '../../../src/imports/hints/hints.js';
import { resolveMapping } from '../../../src/imports/hints/mapping.js';
import { reportText } from '../../../src/imports/report/report-text.js';
import { ObjectiveRefs } from '../../../src/validate/objective-refs.js';
import { repoRoot } from '../../helpers/cli.js';
import type { InputFile } from '../../../src/imports/input/read-input.js';
import type { TestResult } from '../../../src/imports/types.js';
import { importFixture, inputFile, inputText, readSource } from '../../helpers/imports.js';
import { validData } from '../../helpers/program.js';

const data = await validData(path.join(repoRoot, 'data'));
const refs = new ObjectiveRefs(
  data.catalog,
  data.program.scenarios,
  new Map(data.scenarios.map((s) => [s.scenario, s])),
);
const mappingFile = (await readYamlFile(importFixture('mapping.yaml'))).yaml!;

describe('imports/mapping.yaml', () => {
  it('resolves each test to objectives of the scenarios in scope', () => {
    const { mapping, problems } = resolveMapping(mappingFile, refs);
    expect(problems).toEqual([]);
    expect(mapping.get('zta:21001')).toEqual([
      'secure-remote-hybrid-work/strong-authentication',
      'secure-remote-hybrid-work/starting-point-policies',
    ]);
    expect(mapping.get('maester:CISA.MS.AAD.3.1')).toEqual(['secure-remote-hybrid-work/passwordless']);
  });
  it('reports an unknown objective and a wrong key at their lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-mapping-'));
    writeFileSync(
      path.join(dir, 'mapping.yaml'),
      'zta:\n  "21000": pasword-less\nmaester:\n  MT.1001: [compliant-devices-only, nope]\nscuba: {}\n',
    );
    const bad = (await readYamlFile(path.join(dir, 'mapping.yaml'))).yaml!;
    const { problems } = resolveMapping(bad, refs);
    expect(problems.map((p) => [p.code, p.location?.line])).toEqual([['unknown-key', 5]]);
    const fixed =
      (writeFileSync(
        path.join(dir, 'mapping.yaml'),
        'zta:\n  "21000": pasword-less\nmaester:\n  MT.1001: [compliant-devices-only, nope]\n',
      ),
      (await readYamlFile(path.join(dir, 'mapping.yaml'))).yaml!);
    expect(
      resolveMapping(fixed, refs).problems.map((p) => [p.code, p.message, p.location?.line, p.location?.column]),
    ).toEqual([
      ['unknown-objective', '"pasword-less" is not an objective of any scenario in scope', 2, 12],
      ['unknown-objective', '"nope" is not an objective of any scenario in scope', 4, 37],
    ]);
  });
});

describe('objective hints', () => {
  const { mapping } = resolveMapping(mappingFile, refs);
  it('compares what the tests say with the status the program records, and never edits it', () => {
    const tests = readSource('maester', [inputFile('samples/maester-TestResults.synthetic.json')]).tests;
    const h = objectiveHints(tests, mapping, 'data/imports/mapping.yaml', data);
    expect(h.objectives.map((o) => [o.objective, o.status, o.hint, o.tests.map((t) => t.id)])).toEqual([
      ['secure-remote-hybrid-work/compliant-devices-only', 'complete', 'the tests agree with complete', ['MT.1001']],
      [
        'secure-remote-hybrid-work/enroll-devices',
        'complete',
        'no verdict from the tests (none passed or failed)',
        ['MT.1050'],
      ],
      ['secure-remote-hybrid-work/passwordless', 'in-progress', 'its test fails', ['CISA.MS.AAD.3.1']],
    ]);
    expect(h.unmapped).toEqual({ total: 2, failed: [expect.objectContaining({ id: 'CIS.M365.1.1.1' })] });
  });
  it('flags a complete objective whose test fails, and suggests not applicable (licensing) for skipped tests', () => {
    const tests = readSource('zta', [
      inputFile('samples/zerotrustassessment-ZeroTrustAssessmentReport.synthetic.json'),
    ]).tests;
    const h = objectiveHints(
      [
        ...tests,
        {
          tool: 'zta',
          run: 'r',
          id: '24000',
          title: 'x',
          status: 'skipped',
          detail: 'Skipped',
          skipReason: 'licensing',
        },
      ],
      mapping,
      'm',
      data,
    );
    const byKey = Object.fromEntries(h.objectives.map((o) => [o.objective, o.hint]));
    expect(byKey['secure-remote-hybrid-work/strong-authentication']).toBe('the tests agree with complete');
    expect(byKey['secure-remote-hybrid-work/passwordless']).toBe('its test fails');
    const failedOnComplete = objectiveHints(
      [{ tool: 'zta', run: 'r', id: '21001', title: 't', status: 'failed', detail: 'Failed' }],
      mapping,
      'm',
      data,
    );
    expect(failedOnComplete.objectives[0]?.hint).toBe('marked complete, but its test fails: check that it still holds');
    const licensing = objectiveHints(
      [
        {
          tool: 'zta',
          run: 'r',
          id: '21000',
          title: 't',
          status: 'skipped',
          detail: 'Skipped',
          skipReason: 'licensing',
        },
      ],
      mapping,
      'm',
      data,
    );
    expect(licensing.objectives[0]?.hint).toBe(
      '1 test skipped for licensing: if it will not be licensed, it is not applicable (reason: licensing)',
    );
  });
  it('without a mapping, counts the tests and the failures to map', () => {
    const tests = readSource('scubagear', [inputFile('samples/scubagear-ScubaResults.synthetic.json')]).tests;
    const h = objectiveHints(tests, undefined, null, data);
    expect(h.objectives).toEqual([]);
    expect(h.unmapped.total).toBe(4);
    expect(h.unmapped.failed.map((t) => t.id)).toEqual(['MS.AAD.3.1v1', 'MS.TEAMS.1.1v1']);
  });
});

describe('the same run given twice counts once in the hints', () => {
  const { mapping } = resolveMapping(mappingFile, refs);
  const hintsOf = (source: 'zta' | 'maester', files: InputFile[]) =>
    objectiveHints(readSource(source, files).tests, mapping, 'm', data);
  const summary = (h: ReturnType<typeof objectiveHints>) => ({
    objectives: h.objectives.map((o) => [o.objective, o.hint, o.tests.map((t) => t.id)]),
    unmapped: h.unmapped.total,
  });
  it('the Zero Trust Assessment report as JSON and as HTML (0.18 and 2.x)', () => {
    for (const [json, html] of [
      ['variants/zta-0.18-report.json', 'variants/zta-0.18-report.html'],
      ['samples/zerotrustassessment-ZeroTrustAssessmentReport.synthetic.json', 'variants/zta-report.html'],
    ]) {
      const once = hintsOf('zta', [inputFile(json!)]);
      const twice = hintsOf('zta', [inputFile(json!), inputFile(html!)]);
      expect(summary(twice), json).toEqual(summary(once));
      expect(twice.objectives.find((o) => o.objective.endsWith('/passwordless'))?.hint).toBe('its test fails');
    }
    expect(summary(hintsOf('zta', [inputFile('variants/zta-0.18-report.json')])).unmapped).toBe(1);
  });
  it('a Maester file and its copy', () => {
    const file = inputFile('samples/maester-TestResults.synthetic.json');
    const copy = inputText('TestResults-copy.json', new TextDecoder().decode(file.bytes));
    const h = hintsOf('maester', [file, copy]);
    expect(summary(h)).toEqual(summary(hintsOf('maester', [file])));
    expect(h.unmapped).toEqual({ total: 2, failed: [expect.objectContaining({ id: 'CIS.M365.1.1.1' })] });
  });
  it('keeps two runs of the same tests apart, and a test id a run lists twice once, its failure first', () => {
    const t = (run: string, status: TestResult['status']): TestResult => ({
      tool: 'maester',
      run,
      id: 'MT.1033',
      title: 't',
      status,
      detail: status,
    });
    expect(
      uniqueTests([t('a', 'skipped'), t('a', 'passed'), t('b', 'passed'), t('a', 'failed'), t('a', 'other')]),
    ).toEqual([t('a', 'failed'), t('b', 'passed')]);
  });
});

describe('test ids of the mapping that the runs do not hold', () => {
  const { mapping, lines } = resolveMapping(mappingFile, refs);
  const scuba = readSource('scubagear', [inputFile('variants/scubagear-1.8-indicators.json')]).tests;
  const zta = readSource('zta', [inputFile('variants/zta-0.18-report.json')]).tests;
  it('are listed with their line, for the tools whose runs were read only', () => {
    expect(objectiveHints(scuba, mapping, 'm', data, lines).notInRuns).toEqual([
      { tool: 'scubagear', id: 'MS.AAD.3.1v1', line: 13 },
    ]);
    expect(objectiveHints([...scuba, ...zta], mapping, 'm', data, lines).notInRuns).toEqual([
      { tool: 'zta', id: '24000', line: 6 },
      { tool: 'scubagear', id: 'MS.AAD.3.1v1', line: 13 },
    ]);
    const maester = readSource('maester', [inputFile('samples/maester-TestResults.synthetic.json')]).tests;
    expect(objectiveHints(maester, mapping, 'm', data, lines).notInRuns).toEqual([]);
    expect(objectiveHints(scuba, undefined, null, data).notInRuns).toEqual([]);
  });
  it('are named in the import report', () => {
    const hints = objectiveHints([...scuba, ...zta], mapping, 'data/imports/mapping.yaml', data, lines);
    const text = reportText(
      { problems: [], files: [], changes: [], before: '', after: '', notes: [], excludedControls: [], hints },
      'data/kpis.yaml',
    );
    expect(text).toContain(
      '  In data/imports/mapping.yaml but in no run read: zta 24000 (line 6), scubagear MS.AAD.3.1v1 (line 13)\n',
    );
  });
});
