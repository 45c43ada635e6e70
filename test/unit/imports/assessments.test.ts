import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/imports/input/html-text.js';
import { importFixture, inputFile, inputText, readSource, values } from '../../helpers/imports.js';

describe('maester: TestResults JSON', () => {
  it('gives passed ÷ (passed + failed), per block on request, dated ExecutedAt in its offset', () => {
    const r = readSource('maester', [inputFile('samples/maester-TestResults.synthetic.json')]);
    expect(values(r)).toEqual([
      ['maester-pass', '2026-11-14', 50, '2 of 4 tests passed, v1.2.0'],
      ['maester-cisa', '2026-11-14', 0, '0 of 1 CISA tests passed, v1.2.0'],
      ['maester-eidsca', '2026-11-14', 100, '1 of 1 EIDSCA tests passed, v1.2.0'],
      ['maester-maester-entra', '2026-11-14', 100, '1 of 1 Maester/Entra tests passed, v1.2.0'],
      ['maester-cis', '2026-11-14', 0, '0 of 1 CIS tests passed, v1.2.0'],
    ]);
    expect(r.metrics.map((m) => [m.id, m.byDefault])).toEqual([
      ['maester-pass', true],
      ['maester-cisa', false],
      ['maester-eidsca', false],
      ['maester-maester-entra', false],
      ['maester-cis', false],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.tests.map((t) => [t.id, t.status, t.skipReason])).toEqual([
      ['MT.1001', 'passed', undefined],
      ['CISA.MS.AAD.3.1', 'failed', undefined],
      ['EIDSCA.AP01', 'passed', undefined],
      ['CIS.M365.1.1.1', 'failed', undefined],
      ['MT.1050', 'skipped', 'licensing'],
    ]);
  });
  it('reads an older file without Index, Severity or ErrorCount; 23:30 at -05:00 is that local day', () => {
    const r = readSource('maester', [inputFile('variants/maester-older.json')]);
    expect(values(r)[0]).toEqual(['maester-pass', '2026-11-15', 50, '2 of 4 tests passed, v0.1.0']);
    expect(r.tests[1]?.detail).toBe('Failed');
  });
});

describe('maester: a run whose summary and blocks disagree with its own test list', () => {
  const r = readSource('maester', [inputFile('variants/maester-summary-disagrees.json')]);
  it('counts from the tests, overall and per block, blocks only the tests name included', () => {
    expect(values(r)).toEqual([
      ['maester-pass', '2026-11-13', 42.9, '3 of 7 tests passed, v1.0.0'],
      ['maester-maester-entra', '2026-11-13', 50, '1 of 2 Maester/Entra tests passed, v1.0.0'],
      ['maester-cisa', '2026-11-13', 33.3, '1 of 3 CISA tests passed, v1.0.0'],
      ['maester-eidsca', '2026-11-13', 100, '1 of 1 EIDSCA tests passed, v1.0.0'],
      ['maester-orca', '2026-11-13', 0, '0 of 1 ORCA tests passed, v1.0.0'],
    ]);
  });
  it('warns with both numbers, at the summary and at the blocks', () => {
    expect(r.problems.map((p) => [p.code, p.severity, p.message, p.location?.line])).toEqual([
      [
        'import-inconsistent',
        'warning',
        "$.FailedCount: the run's summary counts 3 failed and 3 passed, its test list 4 failed and 3 passed: the pass rate is counted from the tests",
        3,
      ],
      [
        'import-inconsistent',
        'warning',
        '$.Blocks: a block disagrees with the test list (Contoso.ConditionalAccess counts 1 failed and 0 passed, its tests 0 failed and 0 passed): their pass rates are counted from the tests',
        204,
      ],
    ]);
  });
  it('keeps the summary and blocks of a run that lists no test', () => {
    const text = readFileSync(importFixture('variants/maester-summary-disagrees.json'), 'utf8');
    const root = JSON.parse(text) as Record<string, unknown>;
    const empty = readSource('maester', [inputText('no-tests.json', JSON.stringify({ ...root, Tests: [] }))]);
    expect(values(empty).map((v) => [v[0], v[2]])).toEqual([
      ['maester-pass', 50],
      ['maester-maester-entra', 50],
      ['maester-cisa', 33.3],
      ['maester-eidsca', 100],
      ['maester-contoso-conditionalaccess', 0],
    ]);
    expect(empty.problems).toEqual([]);
  });
});

describe('scubagear: ScubaResults JSON', () => {
  it('gives SHALL compliance and the pass rate per product, dated TimestampZulu', () => {
    const r = readSource('scubagear', [inputFile('samples/scubagear-ScubaResults.synthetic.json')]);
    expect(values(r)).toEqual([
      ['scubagear-shall', '2026-11-14', 50, '1 of 2 SHALL controls pass, v1.8.0'],
      ['scubagear-aad', '2026-11-14', 50, '1 of 2 AAD controls pass (1 failures, 0 warnings), v1.8.0'],
      ['scubagear-teams', '2026-11-14', 0, '0 of 1 Teams controls pass (0 failures, 1 warnings), v1.8.0'],
    ]);
    expect(r.tests.map((t) => [t.id, t.status])).toEqual([
      ['MS.AAD.1.1v1', 'passed'],
      ['MS.AAD.3.1v1', 'failed'],
      ['MS.AAD.3.5v1', 'skipped'],
      ['MS.TEAMS.1.1v1', 'failed'],
    ]);
  });
  it('reads a file that starts with a BOM, as real ScubaGear files do', () => {
    expect(values(readSource('scubagear', [inputFile('variants/scubagear-bom.json')]))[0]?.[2]).toBe(50);
  });
});

describe('scubagear: requirement text, ScubaGear 1.4 to 1.8', () => {
  it('keeps the words of a 1.8 requirement apart from its indicator badges, which are dropped', () => {
    const r = readSource('scubagear', [inputFile('variants/scubagear-1.8-indicators.json')]);
    expect(r.tests.map((t) => [t.id, t.title])).toEqual([
      ['MS.AAD.1.1v1', 'Legacy authentication SHALL be blocked.'],
      ['MS.AAD.2.1v1', 'Users detected as high risk SHALL be blocked.'],
      ['MS.AAD.2.2v1', 'A notification SHOULD be sent to the administrator when high-risk users are detected.'],
      ['MS.EXO.7.1v1', 'External sender warnings SHALL be implemented.'],
    ]);
    expect(values(r)[0]).toEqual(['scubagear-shall', '2026-11-14', 66.7, '2 of 3 SHALL controls pass, v1.8.0']);
  });
  it('makes each tag of a 1.4 requirement a word boundary and drops its policy comment', () => {
    const r = readSource('scubagear', [inputFile('variants/scubagear-1.4.json')]);
    expect(r.tests.map((t) => [t.id, t.title, t.status])).toEqual([
      ['MS.EXO.1.1v1', 'Automatic forwarding to external domains SHALL be disabled.', 'passed'],
      [
        'MS.EXO.2.2v1',
        'An SPF policy SHALL be published for each domain, designating only these addresses as approved senders.',
        'failed',
      ],
      [
        'MS.EXO.16.1v1',
        'At a minimum, the following alerts SHALL be enabled: a. Suspicious email sending patterns detected. b. Suspicious Connector Activity.',
        'skipped',
      ],
    ]);
    expect(values(r)).toEqual([
      ['scubagear-shall', '2026-08-02', 50, '1 of 2 SHALL controls pass, v1.4.0'],
      ['scubagear-exo', '2026-08-02', 50, '1 of 2 EXO controls pass (1 failures, 0 warnings), v1.4.0'],
    ]);
  });
});

describe('the words of an HTML fragment', () => {
  it('treats every tag as a word boundary, decodes entities and folds white space', () => {
    expect(htmlText('Legacy<br/>authentication <b>SHALL</b> be blocked<i></i>.')).toBe(
      'Legacy authentication SHALL be blocked.',
    );
    expect(htmlText('A &amp; B &lt;C&gt; &#39;D&#x27; &nbsp;E &bogus; &#0;')).toBe("A & B <C> 'D' E &bogus; &#0;");
    expect(htmlText('a < b and c>d')).toBe('a < b and c>d');
    expect(htmlText("x<a class='indicator indicator-bod'>BOD 25-01 Requirement</a>y")).toBe('x y');
    expect(htmlText("open <div class='policy-indicators'><a>never closed")).toBe('open never closed');
    expect(htmlText('cut <!-- comment')).toBe('cut');
  });
  it('stays linear on text made to make a pattern backtrack', () => {
    const start = performance.now();
    htmlText(`${"<div class='indicator'>".repeat(20000)}${'<'.repeat(200000)}${'<!--'.repeat(50000)}`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
