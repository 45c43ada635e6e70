import type { ObjectiveKey, ProgramData } from '../validate/program-data.js';
import { areaModels } from './areas.js';
import { DEFAULT_HEALTH_RULE, overallHealth, type HealthRule } from './health.js';
import { daysBetween } from './dates.js';
import { DEFAULT_KPI_RULE, kpiModel } from './kpis.js';
import { definedOnly } from './objectives.js';
import { plannedVsActual } from './planned-vs-actual.js';
import { progressOf } from './progress.js';
import { riskModel } from './risks.js';
import { compareText, DEFAULT_RANKING, rankAttention, rankSince } from './ranking.js';
import { scenarioModel } from './scenarios.js';
import type { DecisionModel, KpiRule, ObjectiveModel, ProgramModel, RankingRule, RiskAppetiteModel } from './types.js';
import type { ProgramFile } from '../schema/program.js';

/** What the model takes from the template: the judgement it applies (when an overdue objective turns a scenario red, how attention is ranked). */
export interface ModelOptions {
  health?: HealthRule;
  ranking?: RankingRule;
  kpis?: KpiRule;
}

function appetiteOf(p: ProgramFile): RiskAppetiteModel | null {
  if (!p.risk_appetite) return null;
  return {
    maxScore: p.risk_appetite.max_score,
    byImpactArea: Object.entries(p.risk_appetite.by_impact_area ?? {}).map(([area, maxScore]) => ({ area, maxScore })),
  };
}

/**
 * The model: a pure function of validated data and its catalog. Every number
 * the deck and the reports show is computed here, once.
 */
export function buildModel(data: ProgramData, options: ModelOptions = {}): ProgramModel {
  const p = data.program;
  const period = { start: p.reporting.period_start, date: p.reporting.date };
  const health = options.health ?? DEFAULT_HEALTH_RULE;
  const scenarios = data.scenarios.map((s) => scenarioModel(data.catalog, s, period, health));
  const all = scenarios.flatMap((s) => s.objectives);
  const byKey = new Map<ObjectiveKey, ObjectiveModel>(all.map((o) => [o.key, o]));
  const decisions: DecisionModel[] = Object.entries(data.decisions).map(([id, d]) => ({
    id,
    title: d.title,
    ...definedOnly({ context: d.context, recommendation: d.recommendation, outcome: d.outcome }),
    askedOf: d.asked_of,
    neededBy: d.needed_by,
    status: d.status,
    related: d.relatedKeys.map((k) => byKey.get(k)).filter((o): o is ObjectiveModel => o !== undefined),
    daysLeft: daysBetween(p.reporting.date, d.needed_by),
  }));
  const openFirst = (s: string) => (s === 'open' ? 0 : 1);
  const appetite = appetiteOf(p);
  const risks = Object.entries(data.risks)
    .map(([id, r]) => riskModel(id, r, byKey, appetite))
    .sort(
      (a, b) =>
        openFirst(a.status) - openFirst(b.status) ||
        Number(b.appetite === 'above') - Number(a.appetite === 'above') ||
        b.score - a.score ||
        b.impact - a.impact ||
        compareText(a.id, b.id),
    );
  const kpiRule = options.kpis ?? DEFAULT_KPI_RULE;
  const kpis = Object.entries(data.kpis).map(([id, k]) =>
    kpiModel(id, k, { start: p.reporting.period_start, date: p.reporting.date }, kpiRule),
  );
  decisions.sort(
    (a, b) =>
      openFirst(a.status) - openFirst(b.status) || compareText(a.neededBy, b.neededBy) || compareText(a.id, b.id),
  );
  return {
    organization: p.organization,
    program: p.program,
    ...definedOnly({ classification: p.classification, periodLabel: p.reporting.label, language: p.language }),
    template: p.template,
    catalog: {
      id: data.catalog.id,
      title: data.catalog.catalog.title,
      ...definedOnly({ attribution: data.catalog.catalog.attribution }),
      stageLabels: [...data.catalog.catalog.stage_labels],
    },
    reportingDate: p.reporting.date,
    healthRule: health,
    rankingRule: options.ranking ?? DEFAULT_RANKING,
    kpiRule,
    periodStart: p.reporting.period_start,
    scenarios,
    progress: progressOf(all),
    health: overallHealth(scenarios),
    areas: areaModels(data.catalog, scenarios),
    kpis,
    risks,
    riskAppetite: appetite,
    decisions,
    highlights: [...data.highlights],
    blocked: all.filter((o) => o.status === 'blocked'),
    atRisk: all.filter((o) => o.status === 'at-risk'),
    overdue: all.filter((o) => o.overdue).sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.key, b.key)),
    completedInPeriod: all
      .filter((o) => o.completedInPeriod)
      .sort((a, b) => compareText(a.completed ?? '', b.completed ?? '') || compareText(a.key, b.key)),
    plannedVsActual: plannedVsActual(all, p.reporting.date),
    attention: rankAttention(all, scenarios, risks, options.ranking ?? DEFAULT_RANKING),
    since: rankSince(scenarios, kpis, data.highlights),
    openDecisions: decisions.filter((d) => d.status === 'open'),
  };
}
