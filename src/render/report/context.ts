import { kpiSentence } from '../../charts/specs/kpi.js';
import { plannedVsActualFacts } from '../../charts/specs/planned-vs-actual.js';
import { riskLabels } from '../../charts/specs/risks.js';
import { LATE_DAYS_RED } from '../../model/health.js';
import type { ObjectiveModel, PersonModel, ProgramModel, Progress, StageModel } from '../../model/types.js';
import type { Wording } from '../../templates/wording.js';
import type { ChangesContext } from '../../diff/changes-context.js';

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
    total: p.total, applicable: p.applicable, complete: p.complete, percentComplete: p.percentComplete,
    progress: p.progress, overdue: p.overdue, notApplicable: p.byStatus['not-applicable'], byStatus: { ...p.byStatus },
  };
}

function person(p: PersonModel) {
  return { name: p.name, role: p.role, responsibility: p.responsibility ?? null };
}

export function reportContext(m: ProgramModel, w: Wording, changes: ChangesContext | null = null) {
  const short = new Map(m.scenarios.map((s) => [s.id, s.shortTitle]));
  const stage = (st: StageModel) => ({ stage: st.stage, label: st.label, state: st.state, stateLabel: w.t(`state.${st.state}`), isFocus: st.isFocus, ...counts(st) });
  const objective = (o: ObjectiveModel) => ({
    key: o.key, id: o.id, title: o.title, scenario: short.get(o.scenarioId) ?? o.scenarioId, stage: o.stage, track: o.track ?? null, custom: o.custom,
    areas: o.areas, status: o.status, statusLabel: w.t(`status.${o.status}`), owner: o.owner ?? null, due: o.due ?? null,
    started: o.started ?? null, completed: o.completed ?? null, percent: o.percent, overdue: o.overdue, daysOverdue: o.daysOverdue,
    blockers: o.blockers, reason: o.reason ?? null, reasonLabel: o.reason ? w.t(`reason.${o.reason}`) : null,
    notes: o.notes ?? null, evidence: o.evidence ?? null,
  });
  const labels = riskLabels(m);
  return {
    schema: SUMMARY_SCHEMA,
    program: {
      organization: m.organization, name: m.program, classification: m.classification ?? null,
      reportingDate: m.reportingDate, periodStart: m.periodStart, periodLabel: m.periodLabel ?? null, template: m.template,
      catalog: { id: m.catalog.id, title: m.catalog.title, attribution: m.catalog.attribution ?? null, stageLabels: m.catalog.stageLabels },
    },
    overall: { ...counts(m.progress), blocked: m.blocked.length, atRisk: m.atRisk.length, completedInPeriod: m.completedInPeriod.length },
    healthRule: w.t('health_rule', { days: LATE_DAYS_RED }),
    scenarios: m.scenarios.map((s) => ({
      id: s.id, title: s.title, shortTitle: s.shortTitle, notes: s.notes ?? null,
      phase: s.phase, focusStage: s.focusStage, focusStageLabel: m.catalog.stageLabels[s.focusStage - 1] ?? String(s.focusStage),
      health: { ...s.health, label: w.t(`health.${s.health.level}`), reasons: w.t('health_reasons', { ...s.health, days: LATE_DAYS_RED }) },
      finished: s.finished, ...counts(s.progress),
      sponsor: person(s.sponsor), lead: person(s.lead), stakeholders: s.stakeholders.map(person),
      stages: s.stages.map(stage),
      tracks: s.tracks.map((t) => ({ id: t.id, title: t.title, focusStage: t.focusStage, finished: t.finished, ...counts(t.progress), stages: t.stages.map(stage) })),
      objectives: s.objectives.map(objective),
    })),
    areas: m.areas.filter((a) => a.progress.total > 0).map((a) => ({ id: a.id, title: a.title, ...counts(a.progress) })),
    kpis: m.kpis.map((k) => ({
      id: k.id, title: k.title, unit: k.unit, direction: k.direction, target: k.target, targetDate: k.targetDate ?? null,
      source: k.source ?? null, scenario: k.scenarioId ?? null, current: k.current, previous: k.previous ?? null,
      trend: k.trend, trendLabel: w.t(`kpi_trend.${k.trend}`), onTarget: k.onTarget, gap: k.gap, points: k.points, sentence: kpiSentence(k, w),
    })),
    risks: m.risks.map((r) => ({
      id: r.id, label: labels.get(r.id) ?? null, title: r.title, description: r.description ?? null,
      likelihood: r.likelihood, impact: r.impact, score: r.score, level: r.level, levelLabel: w.t(`risk_level.${r.level}`),
      trend: r.trend, trendLabel: w.t(`risk_trend.${r.trend}`), treatment: r.treatment, treatmentLabel: w.t(`treatment.${r.treatment}`),
      owner: r.owner, status: r.status, mitigation: counts(r.mitigation), mitigatedBy: r.mitigations.map((o) => o.key),
    })),
    decisions: m.decisions.map((d) => ({
      id: d.id, title: d.title, context: d.context ?? null, recommendation: d.recommendation ?? null, askedOf: d.askedOf,
      neededBy: d.neededBy, daysLeft: d.daysLeft, status: d.status, statusLabel: w.t(`decision_status.${d.status}`), outcome: d.outcome ?? null, related: d.related.map((o) => o.key),
    })),
    highlights: m.highlights,
    attention: { blocked: m.blocked.map(objective), overdue: m.overdue.map(objective), atRisk: m.atRisk.map(objective) },
    completedInPeriod: m.completedInPeriod.map(objective),
    plannedVsActual: { ...m.plannedVsActual, facts: plannedVsActualFacts(m, w) },
    /** What changed since an earlier state (build --since), or null. */
    changes,
  };
}

export type ReportContext = ReturnType<typeof reportContext>;
export type ReportObjective = ReportContext['scenarios'][number]['objectives'][number];
