import { earliestPlausibleDate } from '../schema/common.js';
import { daysBetween } from './dates.js';
import type { ObjectiveModel, PlannedVsActualModel } from './types.js';

const MAX_MONTHS_AHEAD = 12;

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Objectives completed over time against their due dates: cumulative counts
 * per month, the actual line stopping at the reporting month.
 */
export function plannedVsActual(objectives: readonly ObjectiveModel[], reportingDate: string): PlannedVsActualModel {
  const applicable = objectives.filter((o) => o.status !== 'not-applicable');
  const dueMonths = applicable.filter((o) => o.due).map((o) => (o.due ?? '').slice(0, 7));
  const doneMonths = applicable.filter((o) => o.completed).map((o) => (o.completed ?? '').slice(0, 7));
  const reportingMonth = reportingDate.slice(0, 7);
  // The axis keeps to the program's own span: an implausible date (a spreadsheet's 1970-01-01) still counts, from the first month.
  const plausible = earliestPlausibleDate(reportingDate).slice(0, 7);
  const all = [...dueMonths, ...doneMonths, reportingMonth].filter((m) => m >= plausible).sort();
  const first = all[0] ?? reportingMonth;
  const horizon = addMonths(reportingMonth, MAX_MONTHS_AHEAD);
  const last =
    [...dueMonths, reportingMonth]
      .filter((m) => m <= horizon)
      .sort()
      .at(-1) ?? reportingMonth;
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  const dueByNow = applicable.filter((o) => o.due !== undefined && o.due <= reportingDate);
  const done = dueByNow.filter((o) => o.status === 'complete');
  const late = done.filter((o) => o.completed && o.completed > (o.due ?? ''));
  return {
    months,
    planned: months.map((m) => dueMonths.filter((d) => d <= m).length),
    actual: months.map((m) => (m <= reportingMonth ? doneMonths.filter((d) => d <= m).length : null)),
    dueByNow: dueByNow.length,
    doneOfDue: done.length,
    onTime: done.filter((o) => o.completed && o.completed <= (o.due ?? '')).length,
    late: late.length,
    doneUndated: done.filter((o) => !o.completed).length,
    openOverdue: applicable.filter((o) => o.overdue).length,
    dueToday: dueByNow.filter((o) => o.status !== 'complete' && o.due === reportingDate).length,
    withoutDueDate: applicable.filter((o) => !o.due && o.status !== 'complete').length,
    completedWithoutDue: applicable.filter((o) => o.status === 'complete' && !o.due).length,
    completedEarly: applicable.filter((o) => o.status === 'complete' && o.due && o.due > reportingDate).length,
    dueLater: dueMonths.filter((m) => m > horizon).length,
    averageSlipDays: late.length
      ? Math.round(late.reduce((n, o) => n + daysBetween(o.due ?? '', o.completed ?? ''), 0) / late.length)
      : 0,
  };
}
