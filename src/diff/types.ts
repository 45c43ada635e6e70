import type { Status } from '../schema/status.js';
import type { ObjectiveChangeKind } from '../schema/vocabulary.js';
import type { KpiPoint, StageState } from '../model/types.js';

export type { ObjectiveChangeKind };

/** How one objective changed. An objective has at most one status change, and may also move its date or owner. */
export interface ObjectiveChange {
  kind: ObjectiveChangeKind;
  key: string;
  title: string;
  scenarioId: string;
  stage: number;
  fromStatus?: Status;
  toStatus?: Status;
  fromPercent?: number;
  toPercent?: number;
  fromDue?: string;
  toDue?: string;
  /** Days a due date moved (positive: later). */
  days?: number;
  fromOwner?: string;
  toOwner?: string;
  reason?: string;
}

export interface ScenarioDelta {
  id: string;
  title: string;
  shortTitle: string;
  /** Percent complete before and after; null when the scenario was not in scope. */
  from: number | null;
  to: number | null;
  delta: number;
}

export interface StageChange {
  scenarioId: string;
  track: string | null;
  stage: number;
  label: string;
  from: StageState;
  to: StageState;
}

export interface KpiChange {
  kind: 'moved' | 'redefined' | 'added' | 'removed';
  id: string;
  title: string;
  unit: string;
  from?: KpiPoint;
  to?: KpiPoint;
  change?: number;
  /** Direction-aware: the move was for the better (null when flat). */
  better?: boolean | null;
  reachedTarget?: boolean;
  lostTarget?: boolean;
  /** For a redefined KPI: what changed in its definition. */
  changed?: string[];
}

export interface RiskChange {
  kind: 'opened' | 'closed' | 're-rated';
  id: string;
  title: string;
  from?: { likelihood: number; impact: number; score: number };
  to?: { likelihood: number; impact: number; score: number };
}

export interface DecisionChange {
  kind: 'asked' | 'decided' | 'deferred';
  id: string;
  title: string;
  outcome?: string;
}

/** What moved between two states of a program: pure data, rendered by the CLI, the deck and the reports. */
export interface ProgramDiff {
  /** Reporting dates of the two states. */
  fromDate: string;
  toDate: string;
  /** How the states were named ("HEAD~1:data", "data"). */
  fromLabel: string;
  toLabel: string;
  /** Percent complete before and after (null when nothing applied); delta 0 when either is null. */
  overall: { from: number | null; to: number | null; delta: number; completeFrom: number; completeTo: number };
  scenarios: ScenarioDelta[];
  objectives: ObjectiveChange[];
  stages: StageChange[];
  kpis: KpiChange[];
  risks: RiskChange[];
  decisions: DecisionChange[];
}
