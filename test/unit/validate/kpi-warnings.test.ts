import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksWithTemplate, validateFolder } from '../../../src/pipeline/validate.js';
import { loadTemplate } from '../../../src/templating/load-template.js';
import { makeProgram } from '../../helpers/make-program.js';

const kpi = (extra: Record<string, unknown>) => ({ title: 'K', unit: '%', direction: 'higher', ...extra });
/** The 1-based line of kpis.yaml a text first appears on. */
const lineOf = (dir: string, text: string) =>
  readFileSync(path.join(dir, 'kpis.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('validate on KPIs', () => {
  it('warns once per KPI without a target, at its key', async () => {
    const dir = makeProgram({
      kpis: {
        created: kpi({ series: { '2026-10-31': 1, '2026-11-15': 2 } }),
        agreed: kpi({ target: 5, series: { '2026-11-15': 2 } }),
        another: kpi({ series: { '2026-11-15': 2 } }),
      },
    });
    const result = await validateFolder(dir);
    expect(result.data).toBeDefined();
    const warnings = result.problems.filter((p) => p.code === 'kpi-no-target');
    expect(warnings.map((p) => [p.severity, p.message, p.location?.line])).toEqual([
      [
        'warning',
        'KPI created has no target, so the deck says "no target set" and judges it neither on nor off target',
        lineOf(dir, '  created:'),
      ],
      [
        'warning',
        'KPI another has no target, so the deck says "no target set" and judges it neither on nor off target',
        lineOf(dir, '  another:'),
      ],
    ]);
  });
  it("warns about a latest value older than the template's kpis.stale_after_days, at that value", async () => {
    const dir = makeProgram({
      date: '2026-11-20',
      kpis: {
        old: kpi({ target: 5, series: { '2019-03-19': 54.2 } }),
        month: kpi({ target: 5, series: { '2026-09-30': 1 } }),
        recent: kpi({ target: 5, series: { '2019-03-19': 1, '2026-11-15': 2 } }),
      },
    });
    const result = await validateFolder(dir);
    const stale = (days: number) => checksWithTemplate(result, { staleAfterDays: days });
    expect(stale(45).map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'kpi-stale',
        'warning',
        'the latest value of KPI old is of 2019-03-19, 2803 days before the reporting date (2026-11-20): the deck shows it as measured then',
      ],
      [
        'kpi-stale',
        'warning',
        'the latest value of KPI month is of 2026-09-30, 51 days before the reporting date (2026-11-20): the deck shows it as measured then',
      ],
    ]);
    expect(stale(45)[0]?.location).toMatchObject({
      file: expect.stringContaining('kpis.yaml'),
      line: lineOf(dir, '2019-03-19'),
    });
    expect(stale(45)[0]?.hint).toContain('the template allows 45 days (kpis.stale_after_days in template.yaml)');
    expect(stale(60).map((p) => p.message)).toEqual([expect.stringContaining('KPI old')]);
  });
  it('takes kpis.stale_after_days from the nearest template that sets it (45 by default)', async () => {
    expect((await loadTemplate('default')).template?.kpis).toEqual({ staleAfterDays: 45 });
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-stale-'));
    writeFileSync(path.join(dir, 'template.yaml'), 'name: Strict\nextends: default\nkpis:\n  stale_after_days: 10\n');
    const loaded = await loadTemplate(dir);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.template?.kpis).toEqual({ staleAfterDays: 10 });
  });
});
