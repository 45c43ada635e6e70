import type { DecisionStatus } from '../schema/decisions.js';
import type { KpiDirection } from '../schema/kpis.js';
import type { RiskStatus, RiskTreatment, RiskTrend } from '../schema/risks.js';
import type { NotApplicableReason, Status, StatusCounts } from '../schema/status.js';
import type { HealthLevel, KpiMovement, KpiTrend, RiskLevel, StageState } from '../schema/vocabulary.js';

export type { HealthLevel, KpiTrend, RiskLevel, StageState };
import type { ObjectiveKey } from '../validate/program-data.js';

/** Counts over a set of objectives; every percentage the outputs show comes from here. */
export interface Progress {
  total: number;
  /** Objectives that count: all but not-applicable. */
  applicable: number;
  complete: number;
  byStatus: StatusCounts;
  /** complete / applicable, floored, so 100 means every applicable objective is complete; null when nothing applies. */
  percentComplete: number | null;
  /** Mean of the objectives' percent (complete = 100), floored; null when nothing applies. */
  progress: number | null;
  overdue: number;
}

export interface ObjectiveModel {
  key: ObjectiveKey;
  id: string;
  scenarioId: string;
  stage: number;
  track?: string;
  title: string;
  custom: boolean;
  areas: string[];
  status: Status;
  owner?: string;
  due?: string;
  started?: string;
  completed?: string;
  /** Resolved percent: 100 when complete, 0 when not started or not applicable. */
  percent: number;
  reason?: NotApplicableReason;
  notes?: string;
  blockers: string[];
  evidence?: string;
  /** Due before the reporting date and not complete. */
  overdue: boolean;
  daysOverdue: number;
  /** Days between the due date and a later completed date (0 when on time, or not complete). */
  daysLate: number;
  /** Completed within the reporting period. */
  completedInPeriod: boolean;
}

export interface StageModel extends Progress {
  stage: number;
  label: string;
  state: StageState;
  isFocus: boolean;
  objectives: ObjectiveModel[];
}

export interface TrackModel {
  id: string;
  title: string;
  focusStage: number;
  stages: StageModel[];
  progress: Progress;
  finished: boolean;
}

export interface PersonModel {
  name: string;
  role: string;
  responsibility?: string;
}

/** When overdue objectives turn a scenario amber or red: a template setting (template.yaml health:). */
export interface HealthRule {
  /** Overdue by more than this many days: red. */
  redOverdueDays: number;
  /** Overdue by more than this many days: amber (0: any overdue objective). */
  amberOverdueDays: number;
}

export interface HealthModel {
  level: HealthLevel;
  /** The counts that decide the level. */
  blocked: number;
  overdue: number;
  /** Overdue by more than the rule's red threshold. */
  veryLate: number;
  atRisk: number;
}

export interface PlannedVsActualModel {
  /** YYYY-MM, from the first due or completed date to the last due date (at most a year past the reporting date). */
  months: string[];
  /** Objectives due by the end of each month (cumulative). */
  planned: number[];
  /** Objectives completed by the end of each month (cumulative); null after the reporting month. */
  actual: (number | null)[];
  /**
   * Applicable objectives due on or before the reporting date: the "due by now" of the headline. They add up:
   * dueByNow = onTime + late + doneUndated + openOverdue + dueToday.
   */
  dueByNow: number;
  /** Of those due by now, the complete ones (onTime + late + doneUndated). */
  doneOfDue: number;
  /** Due by now, completed on or before the due date. */
  onTime: number;
  /** Due by now, completed after the due date. */
  late: number;
  /** Due by now and complete, with no completed date recorded (neither on time nor late). */
  doneUndated: number;
  /** Due before the reporting date and still open. */
  openOverdue: number;
  /** Due on the reporting date and still open (not overdue yet). */
  dueToday: number;
  /** Open objectives without a due date. */
  withoutDueDate: number;
  /** Completed objectives that had no due date: counted as done, never as due. */
  completedWithoutDue: number;
  /** Completed ahead of a due date after the reporting date: done, not yet due. */
  completedEarly: number;
  /** Objectives due beyond the chart's horizon. */
  dueLater: number;
  /** Mean days between due and completed dates of objectives completed late. */
  averageSlipDays: number;
}

export interface ScenarioModel {
  id: string;
  title: string;
  shortTitle: string;
  summary?: string;
  notes?: string;
  focusStage: number;
  phase: { id: string; title: string };
  sponsor: PersonModel;
  lead: PersonModel;
  stakeholders: PersonModel[];
  stages: StageModel[];
  tracks: TrackModel[];
  progress: Progress;
  health: HealthModel;
  /** Every stage complete: the tracker shows its finished state. */
  finished: boolean;
  objectives: ObjectiveModel[];
  notApplicable: ObjectiveModel[];
}

export interface AreaModel {
  id: string;
  title: string;
  progress: Progress;
  byScenario: { scenarioId: string; progress: Progress }[];
}

export interface KpiPoint {
  date: string;
  value: number;
}

export interface KpiModel {
  id: string;
  title: string;
  unit: string;
  direction: KpiDirection;
  /** The value to reach; null until one is set (a KPI an import created): then neither on nor off target. */
  target: number | null;
  targetDate?: string;
  source?: string;
  scenarioId?: string;
  notes?: string;
  points: KpiPoint[];
  current: KpiPoint;
  /** The point before the current one. */
  previous?: KpiPoint;
  /** The last point on or before the start of the period (what leaders saw last time). */
  periodStart?: KpiPoint;
  /** Whether the current value meets the target; null when no target is set. */
  onTarget: boolean | null;
  /** Days from the current value's date to the reporting date. */
  ageDays: number;
  /** The current value is older than the template's kpis.stale_after_days: the deck says when it was measured. */
  stale: boolean;
  /** Direction-aware: whether the current value is better or worse than the previous one. */
  trend: KpiTrend;
  /** Which way the value moved (up, down), whatever is better: what an arrow shows. */
  movement: KpiMovement;
  /** How far from the target, in the KPI's unit (0 when on target, null when no target is set). */
  gap: number | null;
}

/** How KPIs are judged (template.yaml kpis:). */
export interface KpiRule {
  /** A current value older than this many days before the reporting date is stale. */
  staleAfterDays: number;
}

export interface RiskModel {
  id: string;
  title: string;
  description?: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  treatment: RiskTreatment;
  owner: string;
  trend: RiskTrend;
  status: RiskStatus;
  /** What the impact falls on (risks.yaml impact_area), when recorded. */
  impactArea?: string;
  /** The highest score accepted for this risk (its area's appetite, else the program's), or null when no appetite is set. */
  appetiteScore: number | null;
  /** An open risk judged against the appetite: above when its score is higher; null when no appetite is set or the risk is closed. */
  appetite: 'within' | 'above' | null;
  mitigations: ObjectiveModel[];
  mitigation: Progress;
}

/** The board's risk appetite (program.yaml risk_appetite). */
export interface RiskAppetiteModel {
  maxScore: number;
  /** Stricter or looser scores per impact area, in the program's order. */
  byImpactArea: { area: string; maxScore: number }[];
}

export interface DecisionModel {
  id: string;
  title: string;
  context?: string;
  recommendation?: string;
  askedOf: string;
  neededBy: string;
  status: DecisionStatus;
  outcome?: string;
  related: ObjectiveModel[];
  /** Days from the reporting date to the date needed (negative when late). */
  daysLeft: number;
}

/** Why an objective needs the board's attention: the most severe of what applies to it. */
export type AttentionKind = 'blocked' | 'overdue' | 'at-risk';

/**
 * How "needs attention" is ranked (template.yaml ranking:): by the weight of
 * each kind (equal weights rank together), overdue objectives by days late,
 * then by points for the risk the objective protects and for being in its
 * scenario's focus stage, then by id.
 */
export interface RankingRule {
  severity: Record<AttentionKind, number>;
  /** Points per likelihood × impact score of the highest open risk the objective mitigates (+100 when above appetite). */
  risk: number;
  /** Points for being in the scenario's (or track's) focus stage. */
  focus: number;
}

/** An objective that needs attention, with what ranks it. */
export interface AttentionItem {
  objective: ObjectiveModel;
  kind: AttentionKind;
  /** The open risk it mitigates that weighs most (above appetite first, then by score), or null. */
  protects: RiskModel | null;
  /** In its scenario's (or track's) focus stage. */
  inFocus: boolean;
}

/** Something achieved since the last meeting, in the order the summary tells it. */
export type SinceItem =
  | {
      kind: 'stage';
      scenarioId: string;
      /** The track's title, for a scenario split in tracks. */
      track: string | null;
      stage: number;
      label: string;
      /** When its last objective was completed. */
      date: string;
    }
  | { kind: 'kpi'; kpi: KpiModel }
  | { kind: 'highlight'; text: string }
  | { kind: 'completed'; objective: ObjectiveModel; inFocus: boolean };

/** Everything the deck and the reports show, computed once from validated data and the catalog. */
export interface ProgramModel {
  organization: string;
  program: string;
  classification?: string;
  /** program.yaml's language (BCP 47), when it sets one. */
  language?: string;
  template: string;
  catalog: { id: string; title: string; attribution?: string; stageLabels: string[] };
  reportingDate: string;
  periodStart: string;
  periodLabel?: string;
  /** When overdue objectives turn a scenario amber or red (the template's setting). */
  healthRule: HealthRule;
  /** How "needs attention" is ranked (the template's setting). */
  rankingRule: RankingRule;
  /** When a KPI's latest value is stale (the template's setting). */
  kpiRule: KpiRule;
  scenarios: ScenarioModel[];
  progress: Progress;
  /** The worst scenario health (see overallHealth). */
  health: HealthLevel;
  areas: AreaModel[];
  kpis: KpiModel[];
  /** Open risks first, those above appetite first, then by score (highest first), impact, id. */
  risks: RiskModel[];
  /** The board's risk appetite, or null when program.yaml sets none. */
  riskAppetite: RiskAppetiteModel | null;
  /** Open decisions first, by date needed. */
  decisions: DecisionModel[];
  highlights: string[];
  blocked: ObjectiveModel[];
  atRisk: ObjectiveModel[];
  /** Most overdue first. */
  overdue: ObjectiveModel[];
  completedInPeriod: ObjectiveModel[];
  plannedVsActual: PlannedVsActualModel;
  /** Blocked, overdue and at-risk objectives, ranked by the template's rule (see ranking.ts). */
  attention: AttentionItem[];
  /** What was achieved since the last meeting: completed stages and KPI targets reached, highlights, then completions (focus stages first). */
  since: SinceItem[];
  /** Open decisions: the overdue first, then by the date needed. */
  openDecisions: DecisionModel[];
}
