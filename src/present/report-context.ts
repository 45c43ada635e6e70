import { decisionWhen, kpiSentence, kpiWords, plannedVsActualFacts, riskLabels } from './sentences.js';
import type { ObjectiveModel, PersonModel, ProgramModel, Progress, StageModel } from '../model/types.js';
import type { Wording } from '../templating/wording.js';
import type { ChangesContext } from './changes-context.js';
import { appetiteLabel, boardContext } from './board-context.js';
import { ztdeckVersion } from '../paths.js';

/**
 * The documented, versioned shape of summary.json, and the context every text
 * template receives (notes, strings, reports). It is built from the model only,
 * never from raw YAML; codes (status, level, trend) stay stable for tools, and
 * each has a display label in the template's words. Absent values are null, so a
 * strict template can test them.
 */
export const SUMMARY_SCHEMA = 'ztdeck.summary/1';

function counts(p: Progress) {
  return {
    total: p.total,
    applicable: p.applicable,
    complete: p.complete,
    percentComplete: p.percentComplete,
    progress: p.progress,
    overdue: p.overdue,
    notApplicable: p.byStatus['not-applicable'],
    byStatus: { ...p.byStatus },
  };
}

function person(p: PersonModel) {
  return { name: p.name, role: p.role, responsibility: p.responsibility ?? null };
}

export function reportContext(model: ProgramModel, wording: Wording, changes: ChangesContext | null = null) {
  const short = new Map(model.scenarios.map((s) => [s.id, s.shortTitle]));
  const stage = (st: StageModel) => ({
    stage: st.stage,
    label: st.label,
    state: st.state,
    stateLabel: wording.t(`state.${st.state}`),
    isFocus: st.isFocus,
    ...counts(st),
  });
  const objective = (o: ObjectiveModel) => ({
    key: o.key,
    id: o.id,
    title: o.title,
    scenario: short.get(o.scenarioId) ?? o.scenarioId,
    stage: o.stage,
    track: o.track ?? null,
    custom: o.custom,
    areas: o.areas,
    status: o.status,
    statusLabel: wording.t(`status.${o.status}`),
    owner: o.owner ?? null,
    due: o.due ?? null,
    started: o.started ?? null,
    completed: o.completed ?? null,
    percent: o.percent,
    overdue: o.overdue,
    daysOverdue: o.daysOverdue,
    blockers: o.blockers,
    reason: o.reason ?? null,
    reasonLabel: o.reason ? wording.t(`reason.${o.reason}`) : null,
    notes: o.notes ?? null,
    evidence: o.evidence ?? null,
  });
  const labels = riskLabels(model);
  return {
    schema: SUMMARY_SCHEMA,
    /** What made the outputs (never the clock: the same data and version give the same bytes). */
    generator: { name: 'ztdeck', version: ztdeckVersion },
    program: {
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
    },
    overall: {
      ...counts(model.progress),
      health: { level: model.health, label: wording.t(`health.${model.health}`) },
      blocked: model.blocked.length,
      atRisk: model.atRisk.length,
      completedInPeriod: model.completedInPeriod.length,
    },
    healthRule: wording.t('health_rule', {
      red: model.healthRule.redOverdueDays,
      amber: model.healthRule.amberOverdueDays,
    }),
    scenarios: model.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      shortTitle: s.shortTitle,
      notes: s.notes ?? null,
      phase: s.phase,
      focusStage: s.focusStage,
      focusStageLabel: model.catalog.stageLabels[s.focusStage - 1] ?? String(s.focusStage),
      health: {
        ...s.health,
        label: wording.t(`health.${s.health.level}`),
        reasons: wording.t('health_reasons', { ...s.health, days: model.healthRule.redOverdueDays }),
      },
      finished: s.finished,
      ...counts(s.progress),
      sponsor: person(s.sponsor),
      lead: person(s.lead),
      stakeholders: s.stakeholders.map(person),
      stages: s.stages.map(stage),
      tracks: s.tracks.map((t) => ({
        id: t.id,
        title: t.title,
        focusStage: t.focusStage,
        finished: t.finished,
        ...counts(t.progress),
        stages: t.stages.map(stage),
      })),
      objectives: s.objectives.map(objective),
    })),
    areas: model.areas
      .filter((a) => a.progress.total > 0)
      .map((a) => ({ id: a.id, title: a.title, ...counts(a.progress) })),
    kpis: model.kpis.map((k) => ({
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
    })),
    risks: model.risks.map((r) => ({
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
      /** within, above (an open risk against the appetite), or null (closed, or no appetite set). */
      appetite: r.appetite,
      appetiteLabel: appetiteLabel(r, wording),
      mitigation: counts(r.mitigation),
      mitigatedBy: r.mitigations.map((o) => o.key),
    })),
    decisions: model.decisions.map((d) => ({
      id: d.id,
      title: d.title,
      context: d.context ?? null,
      recommendation: d.recommendation ?? null,
      askedOf: d.askedOf,
      neededBy: d.neededBy,
      daysLeft: d.daysLeft,
      /** "in 5 days", "today", "3 days late" (open decisions), or null. */
      when: decisionWhen(d, wording),
      status: d.status,
      statusLabel: wording.t(`decision_status.${d.status}`),
      outcome: d.outcome ?? null,
      related: d.related.map((o) => o.key),
    })),
    highlights: model.highlights,
    attention: {
      blocked: model.blocked.map(objective),
      overdue: model.overdue.map(objective),
      atRisk: model.atRisk.map(objective),
    },
    completedInPeriod: model.completedInPeriod.map(objective),
    plannedVsActual: { ...model.plannedVsActual, ...plannedVsActualFacts(model, wording) },
    /** What changed since an earlier state (build --since), or null. */
    changes,
    ...boardContext(model, wording),
  };
}

export type ReportContext = ReturnType<typeof reportContext>;
export type ReportObjective = ReportContext['scenarios'][number]['objectives'][number];
