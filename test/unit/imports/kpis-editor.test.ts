import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogsFor } from '../../../src/pipeline/validate.js';
import { parseYaml } from '../../../src/data/parse-yaml.js';
import type { PlannedPoint } from '../../../src/imports/collect-points.js';
import { applySplices, KpisEditor } from '../../../src/imports/kpis/edit-yaml.js';
import { unifiedDiff } from '../../../src/imports/kpis/line-diff.js';
import { planChanges } from '../../../src/imports/kpis/plan.js';
import { NEW_KPIS_FILE } from '../../../src/imports/run-import.js';
import type { Kpi } from '../../../src/schema/kpis.js';
import { repoRoot } from '../../helpers/cli.js';

const builtin = (await catalogsFor()).catalogs.get('microsoft-zero-trust-adoption')!.index;
const example = readFileSync(path.join(repoRoot, 'data', 'kpis.yaml'), 'utf8');
const secure = {
  id: 'secure-score',
  title: 'Microsoft Secure Score',
  unit: '%',
  direction: 'higher' as const,
  byDefault: true,
  source: 'Microsoft Secure Score (Microsoft Graph security/secureScores)',
};
const point = (date: string, value: number, kpi = 'secure-score', metric = secure): PlannedPoint => ({
  kpi,
  metric,
  date,
  value,
  comment: `import secure-score: test ${date}`,
});

function edit(text: string, points: PlannedPoint[], replace = false, acceptSource = false) {
  const parsed = parseYaml(text, 'kpis.yaml', 'data/kpis.yaml');
  if (!parsed.file) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  const kpis = (parsed.value as { kpis?: Record<string, Kpi> } | undefined)?.kpis ?? {};
  const plan = planChanges(points, {
    file: parsed.file,
    kpis,
    replace,
    acceptSource,
    catalogs: [builtin],
    scope: ['rapidly-modernize-security-posture'],
  });
  const editor = new KpisEditor(text, parsed.file.doc);
  if (plan.problems.length === 0) for (const c of plan.changes) editor.apply(c);
  return { after: applySplices(text, editor.splices), plan };
}

/** The lines a diff removes and adds. */
function changed(before: string, after: string): { removed: string[]; added: string[] } {
  const lines = unifiedDiff(before, after, 'kpis.yaml').split('\n').slice(2);
  return {
    removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
  };
}

describe('editing kpis.yaml in place', () => {
  it('adds points in date order and touches no other line (comments, quoting, spacing, blank lines)', () => {
    const { after, plan } = edit(
      example,
      [point('2026-05-15', 47), point('2026-11-14', 64.8), point('2026-11-15', 66), point('2026-11-18', 66.3)],
      false,
      true,
    );
    expect(plan.changes[0]?.points.map((p) => p.action)).toEqual(['added', 'added', 'unchanged', 'added']);
    expect(changed(example, after)).toEqual({
      removed: ['    source: Microsoft Defender portal, Exposure Management'],
      added: [
        '    source: Microsoft Secure Score (Microsoft Graph security/secureScores)',
        '      2026-05-15: 47   # import secure-score: test 2026-05-15',
        '      2026-11-14: 64.8   # import secure-score: test 2026-11-14',
        '      2026-11-18: 66.3   # import secure-score: test 2026-11-18',
      ],
    });
    expect(after).toContain(
      '    series:             # date: value, oldest first\n      2026-05-15: 47   # import secure-score: test 2026-05-15\n      2026-05-31: 48\n',
    );
    expect(after).toContain(
      '      2026-11-15: 66\n      2026-11-18: 66.3   # import secure-score: test 2026-11-18\n\n  mfa-coverage:',
    );
  });
  it('changes nothing when the values are already there (and the source names the tool)', () => {
    const once = edit(example, [point('2026-11-14', 64.8), point('2026-11-15', 66)], false, true).after;
    expect(once).toContain('source: Microsoft Secure Score (Microsoft Graph security/secureScores)\n');
    expect(edit(once, [point('2026-11-14', 64.8), point('2026-11-15', 66)]).after).toBe(once);
  });
  it('never changes a source: that names another tool silently: refused unless --source, at that line', () => {
    const { plan, after } = edit(example, [point('2026-11-18', 66.3)]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'import-conflict',
        severity: 'error',
        message:
          'KPI secure-score says its values come from "Microsoft Defender portal, Exposure Management"; these come from Microsoft Secure Score (Microsoft Graph security/secureScores)',
        location: expect.objectContaining({ file: 'data/kpis.yaml', line: 11, column: 13 }),
      }),
    ]);
    expect(plan.problems[0]?.hint).toContain('pass --source');
    expect(after).toBe(example);
    const accepted = edit(example, [point('2026-11-18', 66.3)], false, true);
    expect(accepted.plan.problems).toEqual([]);
    expect(accepted.plan.changes[0]?.source).toEqual({
      from: 'Microsoft Defender portal, Exposure Management',
      to: 'Microsoft Secure Score (Microsoft Graph security/secureScores)',
    });
    expect(accepted.plan.notes.join(' ')).toContain(
      'title "Microsoft Secure Score (Exposure Management)" still says what is measured',
    );
  });
  it('names the tool in source: only when it gives the latest value, the one the slide shows', () => {
    // Older values with --source: the latest value (2026-11-15) still comes from the stated source.
    const older = edit(example, [point('2026-05-15', 47)], false, true);
    expect(older.plan.changes[0]?.source).toBeUndefined();
    expect(older.after).toContain('    source: Microsoft Defender portal, Exposure Management\n');
    expect(older.plan.notes).toEqual([
      "secure-score: source: left as it is: the latest value (2026-11-15) is not one of these, and the slide's source line names where the value it shows came from.",
    ]);
    // A KPI with no source: gets none from values older than its latest one, and the tool's from the latest.
    const unstated =
      'kpis:\n  x:\n    title: X\n    unit: "%"\n    direction: higher\n    series:\n      2026-03-31: 3\n';
    expect(edit(unstated, [point('2026-02-28', 2, 'x')]).after).not.toContain('source:');
    expect(edit(unstated, [point('2026-04-30', 4, 'x')]).after).toContain(
      '    source: Microsoft Secure Score (Microsoft Graph security/secureScores)\n',
    );
  });
  it('refuses a different value for a date it holds, at that line, unless --replace', () => {
    const { plan } = edit(example, [point('2026-11-15', 65.9)], false, true);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'import-conflict',
        message: 'KPI secure-score holds 66 on 2026-11-15; the import gives 65.9',
        hint: 'keep the value in kpis.yaml, or pass --replace to take the imported one',
        location: expect.objectContaining({ file: 'data/kpis.yaml', line: 21, column: 19 }),
      }),
    ]);
    const replaced = edit(example, [point('2026-11-15', 65.9)], true, true).after;
    expect(changed(example, replaced).added).toContain(
      '      2026-11-15: 65.9   # import secure-score: test 2026-11-15',
    );
    // replacing again rewrites the import comment; a comment the user wrote stays
    const again = edit(replaced, [{ ...point('2026-11-15', 65.8), comment: 'import secure-score: newer' }], true).after;
    expect(again).toContain('      2026-11-15: 65.8   # import secure-score: newer\n');
    const user = edit(
      example.replace('      2026-10-31: 64\n', '      2026-10-31: 64   # checked by hand\n'),
      [point('2026-10-31', 63.9)],
      true,
      true,
    ).after;
    expect(user).toContain('      2026-10-31: 63.9   # checked by hand\n');
  });
  it('refuses a KPI measured in another unit or direction', () => {
    const hours = { ...secure, id: 'mean-time-to-recover' };
    const { plan } = edit(example, [point('2026-11-16', 10, 'mean-time-to-recover', hours)], false, true);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'KPI mean-time-to-recover has unit "hours"; mean-time-to-recover is measured with unit "%"',
      'KPI mean-time-to-recover has direction "lower"; mean-time-to-recover is measured with direction "higher"',
    ]);
  });
  it("creates a missing KPI after the last one, in the file's style, from the catalog's suggested KPI, without a target", () => {
    const adjusted = {
      ...secure,
      id: 'secure-score-adjusted',
      title: 'ignored: the catalog title wins',
      source: 'Microsoft Secure Score (Graph) without the controls marked risk accepted or third party',
    };
    const { after } = edit(example, [point('2026-11-15', 67.2, 'secure-score-adjusted', adjusted)]);
    expect(after.startsWith(example)).toBe(true);
    expect(after.slice(example.length)).toBe(
      [
        '',
        '  secure-score-adjusted:',
        '    title: "Microsoft Secure Score, adjusted: controls not to be implemented left out"',
        '    unit: "%"',
        '    direction: higher',
        '    # target:   set the target once agreed (ztdeck import sets none; the deck says "no target set")',
        '    source: Microsoft Secure Score (Graph) without the controls marked risk accepted or third party',
        '    scenario: rapidly-modernize-security-posture',
        '    series:',
        '      2026-11-15: 67.2   # import secure-score: test 2026-11-15',
        '',
      ].join('\n'),
    );
  });
  it('starts a kpis.yaml that does not exist, and fills kpis: {}', () => {
    const custom = { ...secure, id: 'my-score', title: 'My score', unit: 'points', source: 'tool' };
    const fresh = edit(NEW_KPIS_FILE, [point('2026-11-15', 7, 'my-score', custom), point('2026-11-15', 66)]).after;
    expect(fresh).toBe(
      `${NEW_KPIS_FILE}  my-score:\n    title: My score\n    unit: points\n    direction: higher\n    # target:   set the target once agreed (ztdeck import sets none; the deck says "no target set")\n    source: tool\n    series:\n      2026-11-15: 7   # import secure-score: test 2026-11-15\n\n  secure-score:\n    title: Microsoft Secure Score\n    unit: "%"\n    direction: higher\n    # target:   set the target once agreed (ztdeck import sets none; the deck says "no target set")\n    source: Microsoft Secure Score (Microsoft Graph security/secureScores)\n    scenario: rapidly-modernize-security-posture\n    series:\n      2026-11-15: 66   # import secure-score: test 2026-11-15\n`,
    );
    expect(edit('# mine\nkpis: {}   # none yet\n', [point('2026-11-15', 66)]).after).toMatch(
      /^# mine\nkpis: {3}# none yet\n {2}secure-score:\n {4}title: Microsoft Secure Score\n/,
    );
  });
  it('adds to a flow-style series, keeps CRLF line breaks, and adds a missing source: line before series:', () => {
    const flow =
      'kpis:\n  x:\n    title: X\n    unit: "%"\n    direction: higher\n    target: 1\n    series: {2026-01-31: 1, 2026-03-31: 3}\n';
    expect(edit(flow, [point('2026-02-28', 2, 'x'), point('2026-04-30', 4, 'x')]).after).toBe(
      flow
        .replace(
          'series: {2026-01-31: 1, 2026-03-31: 3}',
          'series: {2026-01-31: 1, 2026-02-28: 2, 2026-03-31: 3, 2026-04-30: 4}',
        )
        .replace(
          '    series:',
          '    source: Microsoft Secure Score (Microsoft Graph security/secureScores)\n    series:',
        ),
    );
    const crlf =
      'kpis:\r\n  x:\r\n    title: X\r\n    unit: "%"\r\n    direction: higher\r\n    target: 1\r\n    source: Microsoft Secure Score (Microsoft Graph security/secureScores)\r\n    series:\r\n      2026-01-31: 1\r\n';
    expect(edit(crlf, [point('2026-02-28', 2, 'x')]).after).toBe(
      `${crlf}      2026-02-28: 2   # import secure-score: test 2026-02-28\r\n`,
    );
  });
});

describe('the --dry-run diff', () => {
  it('is a unified diff with three lines of context', () => {
    const { after } = edit(example, [point('2026-11-14', 64.8)], false, true);
    expect(unifiedDiff(example, after, 'kpis.yaml')).toBe(
      [
        '--- a/kpis.yaml',
        '+++ b/kpis.yaml',
        '@@ -18,6 +18,7 @@',
        '       2026-08-31: 59',
        '       2026-09-30: 62',
        '       2026-10-31: 64',
        '+      2026-11-14: 64.8   # import secure-score: test 2026-11-14',
        '       2026-11-15: 66',
        ' ',
        '   mfa-coverage:',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff(example, example, 'kpis.yaml')).toBe('');
  });
});
