import { emptyCounts, statuses } from '../schema/status.js';
import type { ObjectiveModel, Progress, StageState } from './types.js';

/** Counts and percentages over a set of objectives (not-applicable ones left out of the denominators). */
export function progressOf(objectives: readonly ObjectiveModel[]): Progress {
  const byStatus = emptyCounts();
  let applicable = 0;
  let complete = 0;
  let percentSum = 0;
  let overdue = 0;
  for (const o of objectives) {
    byStatus[o.status]++;
    if (!statuses[o.status].applicable) continue;
    applicable++;
    if (statuses[o.status].done) complete++;
    percentSum += o.percent;
    if (o.overdue) overdue++;
  }
  return {
    total: objectives.length,
    applicable,
    complete,
    byStatus,
    // Nothing applies, so nothing can be complete: no percentage at all, never a 100 % that reads as done.
    percentComplete: applicable === 0 ? null : Math.floor((complete * 100) / applicable),
    progress: applicable === 0 ? null : Math.floor(percentSum / applicable),
    overdue,
  };
}

/**
 * Microsoft's shield: not started until an applicable objective has started,
 * complete when every applicable objective is complete, in progress between;
 * not applicable when none of its objectives applies (nothing to complete).
 */
export function stageState(p: Progress): StageState {
  if (p.applicable === 0) return 'not-applicable';
  if (p.complete === p.applicable) return 'complete';
  const started = p.byStatus['in-progress'] + p.byStatus['at-risk'] + p.byStatus.blocked + p.byStatus.complete;
  return started === 0 ? 'not-started' : 'in-progress';
}
