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
  onTime: number;
  late: number;
  openOverdue: number;
  /** Open objectives without a due date. */
  withoutDueDate: number;
  /** Completed objectives that had no due date: counted as done, never as due. */
  completedWithoutDue: number;
  /** Completed ahead of a due date after the reporting month: why done can exceed due. */
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
  target: number;
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
  onTarget: boolean;
  /** Direction-aware: whether the current value is better or worse than the previous one. */
  trend: KpiTrend;
  /** Which way the value moved (up, down), whatever is better: what an arrow shows. */
  movement: KpiMovement;
  /** How far from the target, in the KPI's unit (0 when on target). */
  gap: number;
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
  mitigations: ObjectiveModel[];
  mitigation: Progress;
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

/** Everything the deck and the reports show, computed once from validated data and the catalog. */
export interface ProgramModel {
  organization: string;
  program: string;
  classification?: string;
  template: string;
  catalog: { id: string; title: string; attribution?: string; stageLabels: string[] };
  reportingDate: string;
  periodStart: string;
  periodLabel?: string;
  /** When overdue objectives turn a scenario amber or red (the template's setting). */
  healthRule: HealthRule;
  scenarios: ScenarioModel[];
  progress: Progress;
  areas: AreaModel[];
  kpis: KpiModel[];
  /** Open risks first, by score (highest first). */
  risks: RiskModel[];
  /** Open decisions first, by date needed. */
  decisions: DecisionModel[];
  highlights: string[];
  blocked: ObjectiveModel[];
  atRisk: ObjectiveModel[];
  /** Most overdue first. */
  overdue: ObjectiveModel[];
  completedInPeriod: ObjectiveModel[];
  plannedVsActual: PlannedVsActualModel;
}
