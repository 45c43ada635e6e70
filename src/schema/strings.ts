import { z } from 'zod';
import { decisionStatuses } from './decisions.js';
import { slideKinds } from './deck.js';
import { riskTreatments, riskTrends } from './risks.js';
import { notApplicableReasons, statuses } from './status.js';
import {
  entriesOf,
  healthLevels,
  kpiMovements,
  kpiTrends,
  objectiveChangeKinds,
  oneEach,
  riskLevels,
  stageStates,
} from './vocabulary.js';

/**
 * text/strings.yaml: every word the deck shows that is not data, each a small
 * Handlebars template. The default template defines them all; a template that
 * extends another overrides only the keys it lists.
 */
const phrase = z.string().max(2000);

export const stringsSchema = z.strictObject({
  and: phrase,
  none: phrase,
  not_applicable_percent: phrase,
  refs: z.strictObject({
    slide: phrase,
    next: phrase,
    notes: phrase,
  }),
  status: oneEach(statuses, phrase),
  state: oneEach(stageStates, phrase),
  health: oneEach(healthLevels, phrase),
  reason: oneEach(notApplicableReasons, phrase),
  kpi_trend: oneEach(kpiTrends, phrase),
  kpi_movement: oneEach(kpiMovements, phrase),
  risk_level: oneEach(riskLevels, phrase),
  risk_trend: oneEach(riskTrends, phrase),
  treatment: oneEach(riskTreatments, phrase),
  decision_status: oneEach(decisionStatuses, phrase),
  likelihood: z.array(phrase).length(5),
  impact: z.array(phrase).length(5),
  health_reasons: phrase,
  health_rule: phrase,
  stage_label: phrase,
  footer: phrase,
  continued: phrase,
  titles: oneEach(slideKinds, phrase),
  kickers: z.strictObject({
    tracker: phrase,
    'scenario-detail': phrase,
  }),
  title_slide: z.strictObject({
    report: phrase,
    as_of: phrase,
    framework: phrase,
  }),
  summary: z.strictObject({
    of_applicable: phrase,
    counts: phrase,
    scenario_health: phrase,
    health_line: phrase,
    since: phrase,
    needs_attention: phrase,
    decisions_asked: phrase,
    nothing: phrase,
    more: phrase,
    not_recorded: phrase,
    blocked_item: phrase,
    overdue_item: phrase,
    decision_item: phrase,
  }),
  glance: z.strictObject({
    scenario: phrase,
    overall: phrase,
    phase: phrase,
    cell: phrase,
    overall_cell: phrase,
  }),
  tracker: z.strictObject({
    stage_status: phrase,
    overdue: phrase,
    more: phrase,
    focus: phrase,
    finished: phrase,
    as_of: phrase,
  }),
  columns: z.strictObject({
    number: phrase,
    stage: phrase,
    objective: phrase,
    owner: phrase,
    due: phrase,
    status: phrase,
    percent: phrase,
    scenario: phrase,
    completed: phrase,
    area: phrase,
    complete: phrase,
    scenarios: phrase,
    risk: phrase,
    score: phrase,
    trend: phrase,
    mitigation: phrase,
    decision: phrase,
    recommendation: phrase,
    asked_of: phrase,
    needed_by: phrase,
  }),
  detail: z.strictObject({
    done: phrase,
    done_late: phrase,
    late: phrase,
    own: phrase,
    blocked_by: phrase,
    not_applicable: phrase,
    chart: phrase,
  }),
  stakeholders: z.strictObject({
    sponsor: phrase,
    lead: phrase,
    nobody: phrase,
  }),
  areas: z.strictObject({
    nothing: phrase,
  }),
  kpis: z.strictObject({
    on_target: phrase,
    off_target: phrase,
    target: phrase,
    nothing: phrase,
    target_series: phrase,
    sentence: phrase,
    source: phrase,
  }),
  risks: z.strictObject({
    likelihood_axis: phrase,
    impact_axis: phrase,
    owner: phrase,
    mitigation: phrase,
    no_mitigation: phrase,
    nothing: phrase,
    chart_title: phrase,
    likelihood: phrase,
    impact: phrase,
  }),
  planned: z.strictObject({
    due_now: phrase,
    done_breakdown: phrase,
    on_time: phrase,
    late: phrase,
    overdue: phrase,
    planned_series: phrase,
    actual_series: phrase,
    chart_title: phrase,
    facts: phrase,
  }),
  decisions: z.strictObject({
    in_days: phrase,
    days_late: phrase,
    outcome: phrase,
    nothing: phrase,
  }),
  appendix: z.strictObject({
    own: phrase,
  }),
  changes: z.strictObject({
    title: phrase,
    overall: phrase,
    scenario: phrase,
    delta_since: phrase,
    ...entriesOf(objectiveChangeKinds, phrase),
    stages: phrase,
    kpis: phrase,
    risks: phrase,
    decisions: phrase,
    item: phrase,
    item_status: phrase,
    item_percent: phrase,
    item_due: phrase,
    item_owner: phrase,
    item_reason: phrase,
    stage: phrase,
    kpi_moved: phrase,
    kpi_redefined: phrase,
    kpi_added: phrase,
    kpi_removed: phrase,
    risk_opened: phrase,
    risk_closed: phrase,
    'risk_re-rated': phrase,
    decision_asked: phrase,
    decision_decided: phrase,
    decision_deferred: phrase,
    better: phrase,
    worse: phrase,
    flat: phrase,
    nothing: phrase,
  }),
  alt: z.strictObject({
    count: phrase,
    progress: phrase,
    percent: phrase,
    overall: phrase,
    scenario_stages: phrase,
    status_mix: phrase,
    status_by_stage: phrase,
    areas: phrase,
    heatmap: phrase,
    risk: phrase,
    planned: phrase,
  }),
  charts: z.strictObject({
    overall: phrase,
    scenario_stages: phrase,
    status_mix: phrase,
    status_by_stage: phrase,
    areas: phrase,
    objectives: phrase,
  }),
});

export type Strings = z.infer<typeof stringsSchema>;

/** Every key that leads to one phrase: "summary.since", "status.blocked"... */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type StringKey = Paths<Strings>;
export type ListKey = { [K in keyof Strings]: Strings[K] extends readonly string[] ? K : never }[keyof Strings];
