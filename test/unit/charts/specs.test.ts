import { describe, expect, it } from 'vitest';
import { chartJsConfig } from '../../../src/charts/chartjs-config.js';
import { chartSpecs } from '../../../src/charts/registry.js';
import { kpiChart } from '../../../src/charts/specs/kpi.js';
import { riskHeatmap } from '../../../src/charts/specs/risks.js';
import { nativeChart } from '../../../src/render/pptx/native-chart.js';
import { defaultTemplate, modelOf, validFixture } from '../../helpers/program.js';

const { theme, wording } = await defaultTemplate();
const model = await modelOf(validFixture('custom-catalog'));
const example = await modelOf('data');

describe('chart specs', () => {
  const specs = chartSpecs(model, theme, wording);
  const byId = new Map(specs.map((s) => [s.id, s]));

  it('make one chart per kind, per scenario and per KPI, with stable ids', () => {
    expect(specs.map((s) => s.id)).toEqual([
      'overall-progress',
      'scenario-stages',
      'status-mix',
      'status-by-stage-workplace',
      'status-by-stage-supply-chain',
      'functional-areas',
      'planned-vs-actual',
    ]);
    expect(chartSpecs(example, theme, wording).length).toBeGreaterThanOrEqual(8);
  });
  it('take their numbers from the model', () => {
    const stages = byId.get('scenario-stages')!;
    expect(stages.labels).toEqual(['Workplace', 'Supply chain']);
    expect(stages.series.map((s) => s.name)).toEqual(['Foundation', 'Hardening', 'Optimised']);
    expect(stages.series[0]?.values).toEqual([100, 50]);
    const mix = byId.get('status-by-stage-workplace')!;
    expect(mix.series.find((s) => s.name === 'Blocked')?.values).toEqual([0, 1, 0]);
  });
  it("use the template's colours", () => {
    const mix = byId.get('status-mix')!;
    expect(mix.series.find((s) => s.name === 'Complete')?.color).toBe(theme.colors.status.complete);
    expect(byId.get('scenario-stages')?.series.map((s) => s.color)).toEqual(theme.colors.stages.slice(0, 3));
  });
  it('write alt text from the data', () => {
    expect(byId.get('status-by-stage-workplace')?.altText).toContain('Foundation: 1 of 1 complete');
    expect(byId.get('overall-progress')?.altText).toContain(
      `${model.progress.complete} of ${model.progress.applicable} applicable objectives complete`,
    );
  });
  it('draw a KPI against its dashed target', () => {
    const kpi = example.kpis[0]!;
    const spec = kpiChart(kpi, theme, wording, example.reportingDate);
    // The points, then the reporting date: the target line runs to it.
    expect(spec.series[1]).toMatchObject({ name: 'Target', dashed: true });
    expect(spec.series[1]?.values).toEqual([...kpi.points.map(() => kpi.target), kpi.target]);
    expect(spec.series[0]?.values).toEqual([...kpi.points.map((p) => p.value), null]);
  });
  it('place open risks on the heat map', () => {
    const spec = riskHeatmap(example, theme, wording);
    const open = example.risks.filter((r) => r.status === 'open');
    const top = open[0]!;
    const cell = spec.heatmap!.cells.find((c) => c.row === 5 - top.likelihood && c.col === top.impact - 1)!;
    expect(cell.label.split(' ')).toContain('R1');
    expect(spec.heatmap!.cells).toHaveLength(25);
    expect(
      spec
        .heatmap!.cells.map((c) => c.label)
        .join(' ')
        .match(/R\d+/g),
    ).toHaveLength(open.length);
  });
});

describe('Chart.js configurations', () => {
  const specs = chartSpecs(example, theme, wording);
  const config = (id: string) =>
    chartJsConfig(
      specs.find((s) => s.id === id)!,
      theme,
    ) as unknown as { type: string; options: Record<string, unknown>; data: { datasets: Record<string, unknown>[] } };

  it('make stacked horizontal bars', () => {
    const c = config('status-mix');
    expect(c.type).toBe('bar');
    expect(c.options.indexAxis).toBe('y');
    expect((c.options.scales as { x: { stacked: boolean } }).x.stacked).toBe(true);
  });
  it('dash the target line and never animate', () => {
    const c = config(`kpi-${example.kpis[0]!.id}`);
    expect(c.data.datasets[1]?.borderDash).toEqual([10, 6]);
    expect(c.data.datasets[0]?.borderDash).toEqual([]);
    expect(c.options.animation).toBe(false);
    expect(c.options.responsive).toBe(false);
  });
  it('draw the heat map as a matrix, highest likelihood on top', () => {
    const c = config('risk-heatmap');
    expect(c.type).toBe('matrix');
    expect((c.options.scales as { y: { labels: string[] } }).y.labels[0]).toBe('1 Rare');
  });
});

describe('native charts from the same specs', () => {
  const specs = chartSpecs(example, theme, wording);
  it('give one line layer per series, so each keeps its dash', () => {
    const native = nativeChart(specs.find((s) => s.id.startsWith('kpi-'))!);
    expect(native.layers.map((l) => l.options.lineDash)).toEqual(['solid', 'dash']);
  });
  it('reverse horizontal bars so they read top down', () => {
    const spec = specs.find((s) => s.id === 'status-mix')!;
    const native = nativeChart(spec);
    expect(native.layers[0]?.data[0]?.labels).toEqual([...spec.labels].reverse());
    expect(native.options.barGrouping).toBe('stacked');
  });
  it('keep a gap as a gap, on the same categories as the other series', () => {
    const spec = specs.find((s) => s.id === 'planned-vs-actual')!;
    const native = nativeChart(spec);
    const actual = native.layers[1]?.data[0];
    expect(spec.series[1]!.values).toContain(null);
    expect(actual?.values).toEqual(spec.series[1]!.values);
    expect(actual?.labels).toEqual(native.layers[0]?.data[0]?.labels);
  });
});
