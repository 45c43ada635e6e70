import { kpiSentence } from '../../charts/specs/kpi.js';
import { plannedVsActualFacts } from '../../charts/specs/planned-vs-actual.js';
import { riskLabels } from '../../charts/specs/risks.js';
import { HEALTH_RULE } from '../../model/health.js';
import type { ObjectiveModel, PersonModel, ProgramModel, Progress, StageModel } from '../../model/types.js';
import { notApplicableReasons, statuses } from '../../schema/status.js';
import { riskTreatments, riskTrends } from '../../schema/risks.js';

/**
 * The documented, versioned shape of summary.json, and the context every
 * report template receives. It is built from the model only (never from raw
 * YAML); absent values are null, so a strict template can test them.
 */
export const SUMMARY_SCHEMA = 'ztdeck.summary/1';

const HEALTH_WORD = { green: 'On track', amber: 'Needs attention', red: 'Off track' } as const;
const STATE_WORD = { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' } as const;

function counts(p: Progress) {
  return {
    total: p.total, applicable: p.applicable, complete: p.complete, percentComplete: p.percentComplete,
    progress: p.progress, overdue: p.overdue, notApplicable: p.byStatus['not-applicable'], byStatus: { ...p.byStatus },
  };
}

function stage(st: StageModel) {
  return { stage: st.stage, label: st.label, state: st.state, stateLabel: STATE_WORD[st.state], isFocus: st.isFocus, ...counts(st) };
}

function objective(o: ObjectiveModel, scenarioShortTitle: string) {
  return {
    key: o.key, id: o.id, title: o.title, scenario: scenarioShortTitle, stage: o.stage, track: o.track ?? null, custom: o.custom,
    areas: o.areas, status: o.status, statusLabel: statuses[o.status].label, owner: o.owner ?? null, due: o.due ?? null,
    started: o.started ?? null, completed: o.completed ?? null, percent: o.percent, overdue: o.overdue, daysOverdue: o.daysOverdue,
    blockers: o.blockers, reason: o.reason ?? null, reasonLabel: o.reason ? notApplicableReasons[o.reason] : null,
    notes: o.notes ?? null, evidence: o.evidence ?? null,
  };
}

export type ReportObjective = ReturnType<typeof objective>;

function person(p: PersonModel) {
  return { name: p.name, role: p.role, responsibility: p.responsibility ?? null };
}

export function reportContext(m: ProgramModel) {
  const short = new Map(m.scenarios.map((s) => [s.id, s.shortTitle]));
  const ref = (o: ObjectiveModel) => objective(o, short.get(o.scenarioId) ?? o.scenarioId);
  const labels = riskLabels(m);
  return {
    schema: SUMMARY_SCHEMA,
    program: {
      organization: m.organization, name: m.program, classification: m.classification ?? null,
      reportingDate: m.reportingDate, periodStart: m.periodStart, periodLabel: m.periodLabel ?? null, template: m.template,
      catalog: { id: m.catalog.id, title: m.catalog.title, attribution: m.catalog.attribution ?? null, stageLabels: m.catalog.stageLabels },
    },
    overall: { ...counts(m.progress), blocked: m.blocked.length, atRisk: m.atRisk.length, completedInPeriod: m.completedInPeriod.length },
    healthRule: HEALTH_RULE,
    scenarios: m.scenarios.map((s) => ({
      id: s.id, title: s.title, shortTitle: s.shortTitle, notes: s.notes ?? null,
      phase: s.phase, focusStage: s.focusStage, focusStageLabel: m.catalog.stageLabels[s.focusStage - 1] ?? `Stage ${s.focusStage}`,
      health: { level: s.health.level, label: HEALTH_WORD[s.health.level], reasons: s.health.reasons },
      finished: s.finished, ...counts(s.progress),
      sponsor: person(s.sponsor), lead: person(s.lead), stakeholders: s.stakeholders.map(person),
      stages: s.stages.map(stage),
      tracks: s.tracks.map((t) => ({ id: t.id, title: t.title, focusStage: t.focusStage, finished: t.finished, ...counts(t.progress), stages: t.stages.map(stage) })),
      objectives: s.objectives.map(ref),
    })),
    areas: m.areas.filter((a) => a.progress.total > 0).map((a) => ({ id: a.id, title: a.title, ...counts(a.progress) })),
    kpis: m.kpis.map((k) => ({
      id: k.id, title: k.title, unit: k.unit, direction: k.direction, target: k.target, targetDate: k.targetDate ?? null,
      source: k.source ?? null, scenario: k.scenarioId ?? null, current: k.current, previous: k.previous ?? null,
      trend: k.trend, onTarget: k.onTarget, gap: k.gap, points: k.points, sentence: kpiSentence(k),
    })),
    risks: m.risks.map((r) => ({
      id: r.id, label: labels.get(r.id) ?? null, title: r.title, description: r.description ?? null,
      likelihood: r.likelihood, impact: r.impact, score: r.score, level: r.level,
      trend: r.trend, trendLabel: riskTrends[r.trend], treatment: r.treatment, treatmentLabel: riskTreatments[r.treatment],
      owner: r.owner, status: r.status, mitigation: counts(r.mitigation), mitigatedBy: r.mitigations.map((o) => o.key),
    })),
    decisions: m.decisions.map((d) => ({
      id: d.id, title: d.title, context: d.context ?? null, recommendation: d.recommendation ?? null, askedOf: d.askedOf,
      neededBy: d.neededBy, daysLeft: d.daysLeft, status: d.status, outcome: d.outcome ?? null, related: d.related.map((o) => o.key),
    })),
    highlights: m.highlights,
    attention: { blocked: m.blocked.map(ref), overdue: m.overdue.map(ref), atRisk: m.atRisk.map(ref) },
    completedInPeriod: m.completedInPeriod.map(ref),
    plannedVsActual: { ...m.plannedVsActual, facts: plannedVsActualFacts(m) },
  };
}

export type ReportContext = ReturnType<typeof reportContext>;
