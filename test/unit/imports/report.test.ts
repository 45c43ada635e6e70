import { describe, expect, it } from 'vitest';
import { reportJson } from '../../../src/imports/report/report-json.js';
import { reportText } from '../../../src/imports/report/report-text.js';
import { summaryLine } from '../../../src/imports/report/summary.js';
import type { ImportResult } from '../../../src/imports/run-import.js';

const metric = {
  id: 'secure-score',
  title: 'Microsoft Secure Score',
  unit: '%',
  direction: 'higher' as const,
  byDefault: true,
  source: 'Microsoft Secure Score (Graph)',
};
const result: ImportResult = {
  problems: [],
  files: [{ file: 'scores.json', source: 'secure-score', shape: 'Graph GET /security/secureScores (daily snapshots)' }],
  notes: ['a note'],
  changes: [
    {
      kpi: 'secure-score',
      metric,
      source: { from: 'by hand', to: 'Microsoft Secure Score (Graph)' },
      points: [
        { date: '2026-11-14', value: 64.8, action: 'added', comment: 'import secure-score: 405 of 625 points' },
        {
          date: '2026-11-15',
          value: 66,
          previous: 66,
          action: 'unchanged',
          comment: 'import secure-score: 412.5 of 625 points',
        },
      ],
    },
  ],
  before: 'a',
  after: 'b',
  excludedControls: [
    {
      id: 'X1',
      title: 'Bad\u001b[31m title',
      state: 'Ignored',
      reason: 'risk accepted (Ignored)',
      comment: 'we\u0007 will not',
      maxScore: 8,
      notListedIn: [],
    },
    {
      id: 'scid_2001',
      title: 'PUA protection',
      state: 'ThirdParty',
      reason: 'resolved through a third party (ThirdParty)',
      comment: '',
      maxScore: 9,
      notListedIn: ['2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'],
    },
    {
      id: 'Y',
      title: 'Y',
      state: 'Ignored',
      reason: 'risk accepted (Ignored)',
      comment: '',
      maxScore: 1,
      notListedIn: ['2026-09-30'],
    },
  ],
};

describe('the import report', () => {
  it('lists files, points and controls left out, with no control character from the files', () => {
    const text = reportText(result, 'data/kpis.yaml');
    expect(text).toBe(
      [
        'Read 1 file:',
        '  scores.json: secure-score, Graph GET /security/secureScores (daily snapshots)',
        '',
        'KPIs in data/kpis.yaml:',
        '  secure-score',
        '    source: "by hand" → "Microsoft Secure Score (Graph)"',
        '    + 2026-11-14: 64.8  import secure-score: 405 of 625 points',
        '    = 2026-11-15: 66  unchanged',
        '',
        'Controls left out of secure-score-adjusted (3): they count in neither the points achieved nor the maximum',
        '  X1: Bad⟨U+001B⟩[31m title',
        '    risk accepted (Ignored), 8 points: "we⟨U+0007⟩ will not"',
        '  scid_2001: PUA protection',
        '    resolved through a third party (ThirdParty), 9 points',
        '    not listed in 6 snapshots: 2026-09-30, 2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, …: nothing subtracted for it there',
        '  Y: Y',
        '    risk accepted (Ignored), 1 point',
        '    not listed in the snapshot of 2026-09-30: nothing subtracted for it there',
        '',
        'Notes:',
        '  a note',
        '',
      ].join('\n'),
    );
  });
  it('gives tools the same as JSON', () => {
    const json = JSON.parse(reportJson(result, { kpisFile: 'data/kpis.yaml', written: true, diff: null })) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({
      schema: 'ztdeck.import/1',
      written: true,
      changed: true,
      counts: { added: 1, unchanged: 1, replaced: 0, created: 0, sources: 1 },
      hints: null,
      diff: null,
    });
    expect(
      (json.excludedControls as { id: string; notListedIn: string[] }[]).map((c) => [c.id, c.notListedIn]),
    ).toEqual([
      ['X1', []],
      ['scid_2001', ['2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05']],
      ['Y', ['2026-09-30']],
    ]);
  });
  it('ends with one summary line', () => {
    expect(summaryLine(result, 'data/kpis.yaml', 'written')).toBe(
      'Imported into data/kpis.yaml: 1 point added, 1 unchanged, 0 replaced, 1 source updated',
    );
    expect(summaryLine({ ...result, after: 'a' }, 'data/kpis.yaml', 'written')).toBe(
      'Nothing to change: data/kpis.yaml already holds these values (1 point unchanged)',
    );
  });
});
