import { describe, expect, it } from 'vitest';
import { chartJsConfig } from '../../../src/charts/chartjs-config.js';
import { kpiChart } from '../../../src/charts/specs/kpi.js';
import { dayNumber, timeAxis } from '../../../src/charts/time-axis.js';
import { kpiModel } from '../../../src/model/kpis.js';
import { nativeChart, serial } from '../../../src/render/pptx/native-chart.js';
import { Format } from '../../../src/templating/format.js';
import { defaultTemplate } from '../../helpers/program.js';

const { theme, wording } = await defaultTemplate();
const REPORTING = '2026-11-20';
const period = { start: '2026-10-23', date: REPORTING };
const kpi = (series: Record<string, number>, target?: number) =>
  kpiModel(
    'k',
    { title: 'K', unit: '%', direction: 'higher', ...(target === undefined ? {} : { target }), series },
    period,
  );
const chart = (series: Record<string, number>, target?: number) =>
  kpiChart(kpi(series, target), theme, wording, REPORTING);
const labels = (series: Record<string, number>) => chart(series).timeAxis?.ticks.map((t) => t.label) ?? [];
const hasYear = (label: string) => /\b(19|20)\d\d\b/.test(label);

describe("a KPI chart's date labels", () => {
  it('carry the year when a value is of another year than the reporting year (3 Dec 2019 on a 2026 deck)', () => {
    const ticks = labels({ '2019-12-03': 54.2 });
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every(hasYear)).toBe(true);
    expect(ticks[0]).toBe('2019');
    expect(ticks).not.toContain('3 Dec');
  });
  it('never make a value of last year read as a date of this year (27 Nov 2025)', () => {
    const ticks = labels({ '2025-11-27': 60 });
    expect(ticks.every(hasYear)).toBe(true);
    expect(ticks[0]).toBe('Nov 2025');
  });
  it('are unique when the values span years (27 Nov 2025, then 15, 17, 18 and 19 Nov 2026)', () => {
    const ticks = labels({ '2025-11-27': 1, '2026-11-15': 2, '2026-11-17': 3, '2026-11-18': 4, '2026-11-19': 5 });
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every(hasYear)).toBe(true);
    // Days of one month in the reporting year read as days, each once.
    const days = labels({ '2026-11-15': 2, '2026-11-17': 3, '2026-11-18': 4, '2026-11-19': 5 });
    expect(days).toEqual(['15 Nov', '16 Nov', '17 Nov', '18 Nov', '19 Nov', '20 Nov']);
  });
  it('leave the year out when everything is in the reporting year', () => {
    expect(labels({ '2026-05-31': 1, '2026-08-31': 2, '2026-11-15': 3 })).toEqual([
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
  });
  it('are unique and carry the year wherever a date or a tick leaves the reporting year, for any span', () => {
    const fmt = new Format('en-GB');
    const starts = ['1980-01-01', '2019-12-03', '2024-02-29', '2025-11-27', '2026-01-01', '2026-11-19'];
    for (const start of starts) {
      const axis = timeAxis([start, REPORTING], REPORTING, fmt);
      const ticks = axis.ticks.map((t) => t.label);
      expect(new Set(ticks).size, start).toBe(ticks.length);
      expect(ticks.length, start).toBeLessThanOrEqual(7);
      if (start < '2026-01-01') expect(ticks.every(hasYear), start).toBe(true);
      expect(axis.min, start).toBeLessThanOrEqual(dayNumber(start));
      expect(axis.max, start).toBe(dayNumber(REPORTING));
    }
  });
});

describe("a KPI chart's time axis", () => {
  const spec = chart({ '2019-12-03': 40, '2026-11-15': 66 }, 75);
  it('places the values by date, the axis running to the reporting date', () => {
    const axis = spec.timeAxis!;
    expect(axis.days).toEqual([dayNumber('2019-12-03'), dayNumber('2026-11-15'), dayNumber(REPORTING)]);
    expect(spec.series[0]?.values).toEqual([40, 66, null]);
    expect(spec.series[1]?.values).toEqual([75, 75, 75]);
    expect(axis.unit).toBe('years');
  });
  it('is a date axis in the native chart: dates as serial numbers, placed by day', () => {
    const native = nativeChart(spec);
    expect(native.layers[0]?.data[0]?.labels).toEqual(spec.timeAxis!.days.map((d) => String(serial(d))));
    expect(serial(dayNumber('2026-11-20'))).toBe(46346);
    expect(native.options).toMatchObject({
      catLabelFormatCode: '[$-809]yyyy',
      catAxisBaseTimeUnit: 'days',
      catAxisMajorTimeUnit: 'years',
      catAxisMinVal: serial(spec.timeAxis!.min),
      catAxisMaxVal: 46346,
    });
  });
  it('is a linear scale over days in the PNG, with the same ticks and labels', () => {
    const config = chartJsConfig(spec, theme) as unknown as {
      data: { labels?: unknown; datasets: { data: { x: number; y: number | null }[] }[] };
      options: { scales: { x: Record<string, unknown> & { ticks: { callback: (v: number) => string } } } };
    };
    const x = config.options.scales.x;
    expect(x).toMatchObject({ type: 'linear', min: spec.timeAxis!.min, max: spec.timeAxis!.max });
    expect(config.data.labels).toBeUndefined();
    expect(config.data.datasets[0]?.data.map((p) => p.x)).toEqual(spec.timeAxis!.days);
    const scale = { ticks: [] as { value: number }[] };
    (x.afterBuildTicks as (s: typeof scale) => void)(scale);
    expect(scale.ticks.map((t) => x.ticks.callback(t.value))).toEqual(spec.timeAxis!.ticks.map((t) => t.label));
  });
  it('writes its labels in the order of the locale, for PowerPoint too', () => {
    expect(new Format('en-US').dateFormatCode('shortDate')).toBe('[$-409]mmm d", "yyyy');
    expect(new Format('de-DE').dateFormatCode('shortDate')).toBe('[$-407]d". "mmm yyyy');
    expect(new Format('en-GB').dateFormatCode('dayMonth')).toBe('[$-809]d mmm');
  });
});

describe('a KPI without a target on its chart', () => {
  it('has no target line', () => {
    const spec = chart({ '2026-10-31': 40, '2026-11-15': 66 });
    expect(spec.series.map((s) => s.name)).toEqual(['K']);
    expect(spec.valueAxis).toMatchObject({ min: 0 });
  });
});
