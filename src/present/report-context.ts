import { decisionWhen, kpiSentence, kpiWords, plannedVsActualFacts, riskLabels } from './sentences.js';
import type { DecisionModel, KpiModel, ProgramModel, RiskModel } from '../model/types.js';
import type { Wording } from '../templating/wording.js';
import type { ChangesContext } from './changes-schema.js';
import { appetiteLabel, boardContext } from './board-context.js';
import { ztdeckVersion } from '../paths.js';
import { counts, objectiveContext, scenarioContext } from './scenario-context.js';
import {
  SUMMARY_SCHEMA,
  type ReportContext,
  type ReportDecision,
  type ReportKpi,
  type ReportOverall,
  type ReportProgram,
  type ReportRisk,
} from './summary-schema.js';

export type { ReportContext, ReportObjective } from './summary-schema.js';

/**
 * summary.json (`ztdeck.summary/1`, declared in summary-schema.ts), and the
 * context every text template receives (notes, strings, reports). It is built
 * from the model only, never from raw YAML.
 */

function programContext(model: ProgramModel): ReportProgram {
  return {
    organization: model.organization,
    name: model.program,
    classification: model.classification ?? null,
    reportingDate: model.reportingDate,
    periodStart: model.periodStart,
    periodLabel: model.periodLabel ?? null,
    template: model.template,
    catalog: {
      id: model.catalog.id,
      title: model.catalog.title,
      attribution: model.catalog.attribution ?? null,
      stageLabels: model.catalog.stageLabels,
    },
  };
}

function overallContext(model: ProgramModel, wording: Wording): ReportOverall {
  return {
    ...counts(model.progress),
    health: { level: model.health, label: wording.t(`health.${model.health}`) },
    blocked: model.blocked.length,
    atRisk: model.atRisk.length,
    completedInPeriod: model.completedInPeriod.length,
  };
}

function kpiContext(k: KpiModel, wording: Wording): ReportKpi {
  return {
    id: k.id,
    title: k.title,
    unit: k.unit,
    direction: k.direction,
    target: k.target,
    targetDate: k.targetDate ?? null,
    source: k.source ?? null,
    scenario: k.scenarioId ?? null,
    current: k.current,
    previous: k.previous ?? null,
    trend: k.trend,
    trendLabel: wording.t(`kpi_trend.${k.trend}`),
    movement: k.movement,
    onTarget: k.onTarget,
    gap: k.gap,
    stale: k.stale,
    points: k.points,
    ...kpiWords(k, wording),
    sentence: kpiSentence(k, wording),
  };
}

function riskContext(r: RiskModel, labels: ReadonlyMap<string, string>, wording: Wording): ReportRisk {
  return {
    id: r.id,
    label: labels.get(r.id) ?? null,
    title: r.title,
    description: r.description ?? null,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.score,
    level: r.level,
    levelLabel: wording.t(`risk_level.${r.level}`),
    trend: r.trend,
    trendLabel: wording.t(`risk_trend.${r.trend}`),
    treatment: r.treatment,
    treatmentLabel: wording.t(`treatment.${r.treatment}`),
    owner: r.owner,
    status: r.status,
    impactArea: r.impactArea ?? null,
    appetiteScore: r.appetiteScore,
    appetite: r.appetite,
    appetiteLabel: appetiteLabel(r, wording),
    mitigation: counts(r.mitigation),
    mitigatedBy: r.mitigations.map((o) => o.key),
  };
}

function decisionContext(d: DecisionModel, wording: Wording): ReportDecision {
  return {
    id: d.id,
    title: d.title,
    context: d.context ?? null,
    recommendation: d.recommendation ?? null,
    askedOf: d.askedOf,
    neededBy: d.neededBy,
    daysLeft: d.daysLeft,
    when: decisionWhen(d, wording),
    status: d.status,
    statusLabel: wording.t(`decision_status.${d.status}`),
    outcome: d.outcome ?? null,
    related: d.related.map((o) => o.key),
  };
}

export function reportContext(
  model: ProgramModel,
  wording: Wording,
  changes: ChangesContext | null = null,
): ReportContext {
  const short = new Map(model.scenarios.map((s) => [s.id, s.shortTitle]));
  const objective = (o: ProgramModel['blocked'][number]) => objectiveContext(o, short, wording);
  const scenarioInputs = {
    stageLabels: model.catalog.stageLabels,
    redOverdueDays: model.healthRule.redOverdueDays,
    short,
    wording,
  };
  const labels = riskLabels(model);
  return {
    schema: SUMMARY_SCHEMA,
    generator: { name: 'ztdeck', version: ztdeckVersion },
    program: programContext(model),
    overall: overallContext(model, wording),
    healthRule: wording.t('health_rule', {
      red: model.healthRule.redOverdueDays,
      amber: model.healthRule.amberOverdueDays,
    }),
    scenarios: model.scenarios.map((s) => scenarioContext(s, scenarioInputs)),
    areas: model.areas
      .filter((a) => a.progress.total > 0)
      .map((a) => ({ id: a.id, title: a.title, ...counts(a.progress) })),
    kpis: model.kpis.map((k) => kpiContext(k, wording)),
    risks: model.risks.map((r) => riskContext(r, labels, wording)),
    decisions: model.decisions.map((d) => decisionContext(d, wording)),
    highlights: model.highlights,
    attention: {
      blocked: model.blocked.map(objective),
      overdue: model.overdue.map(objective),
      atRisk: model.atRisk.map(objective),
    },
    completedInPeriod: model.completedInPeriod.map(objective),
    plannedVsActual: { ...model.plannedVsActual, ...plannedVsActualFacts(model, wording) },
    changes,
    ...boardContext(model, wording),
  };
}
