import { describe, expect, it } from 'vitest';
import { reportContext } from '../../../src/present/report-context.js';
import { Format, measureDecimals, monthNames } from '../../../src/templating/format.js';
import { templateHelpers } from '../../../src/templating/helpers.js';
import { makeProgram } from '../../helpers/make-program.js';
import { defaultTemplate, modelOf } from '../../helpers/program.js';

/** Issue 12: the words and figures of the outputs say what is true. */
describe('numbers are shown true to their targets', () => {
  const fmt = new Format('en-GB');
  it.each([
    [99.99, '%', 100, '99.99%'],
    [100, '%', 100, '100%'],
    [99.96, '%', undefined, '99.96%'],
    [0.05001, '%', 0.05, '0.05001%'],
    [6.2, '%', 5, '6.2%'],
    [27.5, 'hours', 24, '27.5 hours'],
    [4.96, 'hours', 5, '4.96 hours'],
    [1650000000, 'events', undefined, '1,650,000,000 events'],
  ])('%s %s against %s reads %s', (value, unit, target, shown) => {
    expect(fmt.measure(value, unit, target)).toBe(shown);
  });
  it('shows targets as written', () => {
    expect(fmt.target(0.05, '%')).toBe('0.05%');
    expect(fmt.target(24, 'hours')).toBe('24 hours');
  });
  it('never needs more than six decimals', () => {
    expect(measureDecimals(1 + 1e-12, '', 1)).toBe(6);
  });
  it("writes large numbers in the locale's short form when asked", () => {
    expect(fmt.compact(1650000000)).toBe('1.65bn');
    expect(new Format('de-DE').compact(1650000000)).toBe('1,65\u00a0Mrd.');
  });
});

describe('dates read in one style', () => {
  it('abbreviates every month alike in en-GB (Sep, not Sept beside Jun)', () => {
    expect(monthNames('en-GB')).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(new Format('en-GB').shortDate('2026-09-30')).toBe('30 Sep 2026');
  });
  it('keeps a locale whose abbreviations differ by design as it is', () => {
    expect(monthNames('fr-FR')).toContain('sept.');
  });
});

describe("the report context in the default template's words", async () => {
  const { wording } = await defaultTemplate();
  const model = await modelOf(
    makeProgram({
      kpis: {
        mttr: {
          title: 'Mean time to recover',
          unit: 'hours',
          direction: 'lower',
          target: 24,
          series: { '2026-09-30': 30, '2026-10-31': 27.5 },
        },
        flat: {
          title: 'Flat',
          unit: 'devices',
          direction: 'higher',
          target: 500,
          series: { '2026-09-30': 400, '2026-10-31': 400 },
        },
      },
      decisions: {
        today: { title: 'Decide today', asked_of: 'CFO', needed_by: '2026-11-20' },
        late: { title: 'Decide late', asked_of: 'CFO', needed_by: '2026-11-15' },
        done: { title: 'Decided', asked_of: 'CFO', needed_by: '2026-11-01', status: 'decided', outcome: 'Yes' },
      },
    }),
  );
  const context = reportContext(model, wording, null);
  const kpi = (id: string) => context.kpis.find((k) => k.id === id)!;
  it('says whether a target is met, never which side of it the value is on', () => {
    expect(kpi('mttr').statusLabel).toBe('Off target');
    expect(wording.strings().kpis).not.toHaveProperty('below_target');
  });
  it('shows the direction of the value with an arrow, and better or worse in words', () => {
    expect(kpi('mttr').movementLabel).toBe('▼');
    expect(kpi('mttr').trendLabel).toBe('improving');
    expect(kpi('flat').movementLabel).toBe('►');
    expect(kpi('flat').trendLabel).toBe('no change');
  });
  it('says "today" rather than "in 0 days", and how late a late decision is', () => {
    const when = (id: string) => context.decisions.find((d) => d.id === id)!.when;
    expect(when('today')).toBe('today');
    expect(when('late')).toBe('5 days late');
    expect(when('done')).toBeNull();
  });
  it('writes every plural with the plural helper, one and many', () => {
    const plural = templateHelpers(new Format('en-GB')).plural;
    expect(plural(1, 'scenario', {})).toBe('1 scenario');
    const one = {
      date: '2026-11-20',
      due: 1,
      done: 1,
      onTime: 1,
      late: 0,
      undated: 0,
      slip: 0,
      overdue: 1,
      today: 0,
      early: 1,
      doneNoDue: 1,
      withoutDue: 1,
      later: 0,
    };
    expect(wording.t('planned.facts', one)).toBe(
      '1 objective due by 20 Nov 2026: 1 complete (1 on time, 0 late), 1 overdue and still open. 1 more objective completed ahead of a later due date. 1 objective completed without a due date. 1 open objective without a due date.',
    );
  });
  it("states the health rule with the template's thresholds", () => {
    expect(context.healthRule).toContain('more than 30 days overdue');
    expect(context.healthRule).toContain('not started');
  });
  it('shows n/a, not 0 % or 100 %, where nothing applies', () => {
    expect(wording.percent(null)).toBe('n/a');
    expect(templateHelpers(new Format('en-GB'), { notApplicable: 'n/a' }).percent(null)).toBe('n/a');
  });
});
