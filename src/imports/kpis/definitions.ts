import type { CatalogIndex } from '../../catalog/catalog-index.js';
import type { Metric } from '../types.js';

/** A KPI that `ztdeck import` creates in kpis.yaml. */
export interface NewKpi {
  title: string;
  unit: string;
  direction: 'higher' | 'lower';
  source: string;
  scenario?: string;
}

/**
 * The definition of a KPI that does not exist yet: title, unit and direction
 * from the catalog's suggested KPI of that id (the program's catalog, then
 * the built-in one), else from the measure itself; `source` always names the
 * tool the values came from; `scenario` the scenario the catalog suggests it
 * for, when that scenario is in scope. No target: only the user can set one
 * (an invented one, the best value or the first, would have the deck call
 * the KPI on or off a target nobody agreed); until then the deck says "no
 * target set".
 */
export function newKpi(
  kpiId: string,
  metric: Metric,
  catalogs: readonly CatalogIndex[],
  scope: readonly string[],
): NewKpi {
  for (const catalog of catalogs) {
    for (const scenario of catalog.catalog.scenarios) {
      const s = scenario.suggested_kpis?.find((k) => k.id === kpiId);
      if (!s || s.unit !== metric.unit || s.direction !== metric.direction) continue;
      return { ...base(s.title, metric), ...(scope.includes(scenario.id) ? { scenario: scenario.id } : {}) };
    }
  }
  return { ...base(metric.title, metric), ...familyScenario(metric, catalogs, scope) };
}

/** A product's or a block's pass rate takes the scenario the catalog suggests the overall KPI it details for. */
function familyScenario(metric: Metric, catalogs: readonly CatalogIndex[], scope: readonly string[]) {
  if (metric.family === undefined) return {};
  for (const catalog of catalogs) {
    for (const scenario of catalog.catalog.scenarios) {
      const s = scenario.suggested_kpis?.find((k) => k.id === metric.family);
      if (!s || s.unit !== metric.unit || s.direction !== metric.direction) continue;
      return scope.includes(scenario.id) ? { scenario: scenario.id } : {};
    }
  }
  return {};
}

function base(title: string, metric: Metric): NewKpi {
  return {
    title: title.slice(0, 120),
    unit: metric.unit,
    direction: metric.direction,
    source: metric.source.slice(0, 160),
  };
}
