import type { KpiModel, ObjectiveModel, ProgramModel, StageModel } from '../model/types.js';
import { daysBetween } from '../model/dates.js';
import type {
  DecisionChange,
  KpiChange,
  ObjectiveChange,
  ProgramDiff,
  RiskChange,
  ScenarioDelta,
  StageChange,
} from './types.js';

const STARTED = new Set(['in-progress', 'at-risk', 'blocked']);

/** The status change of an objective, if any, most significant first. */
function statusChange(a: ObjectiveModel, b: ObjectiveModel): ObjectiveChange['kind'] | undefined {
  if (a.status === b.status) {
    if (STARTED.has(b.status) && b.percent > a.percent) return 'progressed';
    if (STARTED.has(b.status) && b.percent < a.percent) return 'regressed';
    return undefined;
  }
  if (b.status === 'complete') return 'completed';
  if (a.status === 'complete' || (STARTED.has(a.status) && b.status === 'not-started')) return 'regressed';
  if (b.status === 'blocked') return 'blocked';
  if (b.status === 'at-risk') return 'at-risk';
  if (b.status === 'not-applicable') return 'not-applicable';
  if (a.status === 'not-applicable') return 'applicable-again';
  if (a.status === 'not-started' && STARTED.has(b.status)) return 'started';
  return 'progressed';
}

function objectiveChanges(a: ObjectiveModel | undefined, b: ObjectiveModel | undefined): ObjectiveChange[] {
  const o = (b ?? a) as ObjectiveModel;
  const base = { key: o.key, title: o.title, scenarioId: o.scenarioId, stage: o.stage };
  if (!a) return [{ ...base, kind: 'added', toStatus: o.status }];
  if (!b) return [{ ...base, kind: 'removed', fromStatus: o.status }];
  const out: ObjectiveChange[] = [];
  const kind = statusChange(a, b);
  if (kind)
    out.push({
      ...base,
      kind,
      fromStatus: a.status,
      toStatus: b.status,
      fromPercent: a.percent,
      toPercent: b.percent,
      ...(b.reason ? { reason: b.reason } : {}),
    });
  if (a.due && b.due && a.due !== b.due && b.status !== 'complete') {
    const days = daysBetween(a.due, b.due);
    out.push({ ...base, kind: days > 0 ? 'due-slipped' : 'due-earlier', fromDue: a.due, toDue: b.due, days });
  }
  if (a.owner && b.owner && a.owner !== b.owner)
    out.push({ ...base, kind: 'owner', fromOwner: a.owner, toOwner: b.owner });
  return out;
}

function kpiChange(a: KpiModel | undefined, b: KpiModel | undefined): KpiChange | undefined {
  const k = (b ?? a) as KpiModel;
  const base = { id: k.id, title: k.title, unit: k.unit };
  if (!a) return { ...base, kind: 'added', to: k.current };
  if (!b) return { ...base, kind: 'removed', from: k.current };
  // A KPI measured differently is not comparable: say what changed rather than call it a movement.
  const changed = [
    a.unit !== b.unit ? `unit ${a.unit} → ${b.unit}` : '',
    a.target !== b.target ? `target ${a.target ?? 'none'} → ${b.target ?? 'none'}` : '',
    a.direction !== b.direction ? `direction ${a.direction} → ${b.direction}` : '',
  ].filter(Boolean);
  if (changed.length > 0) return { ...base, kind: 'redefined', from: a.current, to: b.current, changed };
  if (a.current.date === b.current.date && a.current.value === b.current.value) return undefined;
  const change = Math.round((b.current.value - a.current.value) * 1e6) / 1e6;
  return {
    ...base,
    kind: 'moved',
    from: a.current,
    to: b.current,
    change,
    better: change === 0 ? null : change > 0 === (b.direction === 'higher'),
    // Both have the same target here (else redefined); without one, nothing is reached or lost.
    reachedTarget: a.onTarget === false && b.onTarget === true,
    lostTarget: a.onTarget === true && b.onTarget === false,
  };
}

function stagesOf(m: ProgramModel): Map<string, StageModel & { scenarioId: string; track: string | null }> {
  const out = new Map<string, StageModel & { scenarioId: string; track: string | null }>();
  for (const s of m.scenarios) {
    for (const st of s.stages) out.set(`${s.id}//${st.stage}`, { ...st, scenarioId: s.id, track: null });
    for (const t of s.tracks)
      for (const st of t.stages) out.set(`${s.id}/${t.id}/${st.stage}`, { ...st, scenarioId: s.id, track: t.id });
  }
  return out;
}

/**
 * Compares two states of a program, matching everything by id (an objective
 * renamed or moved to another stage is the same objective). Pure.
 */
export function diffPrograms(a: ProgramModel, b: ProgramModel, labels: { from: string; to: string }): ProgramDiff {
  return {
    fromDate: a.reportingDate,
    toDate: b.reportingDate,
    fromLabel: labels.from,
    toLabel: labels.to,
    overall: {
      from: a.progress.percentComplete,
      to: b.progress.percentComplete,
      delta:
        a.progress.percentComplete === null || b.progress.percentComplete === null
          ? 0
          : b.progress.percentComplete - a.progress.percentComplete,
      completeFrom: a.progress.complete,
      completeTo: b.progress.complete,
    },
    scenarios: scenarioDeltas(a, b),
    objectives: objectiveDiffs(a, b),
    stages: stageChanges(a, b),
    kpis: kpiChanges(a, b),
    risks: riskChanges(a, b),
    decisions: decisionChanges(a, b),
  };
}

function objectiveDiffs(a: ProgramModel, b: ProgramModel): ObjectiveChange[] {
  const objectivesA = new Map(a.scenarios.flatMap((s) => s.objectives).map((o) => [o.key, o]));
  const objectivesB = new Map(b.scenarios.flatMap((s) => s.objectives).map((o) => [o.key, o]));
  const keys = [...new Set([...objectivesA.keys(), ...objectivesB.keys()])];
  const inScopeA = new Set(a.scenarios.map((s) => s.id));
  const inScopeB = new Set(b.scenarios.map((s) => s.id));
  return keys.flatMap((k) => {
    const [x, y] = [objectivesA.get(k), objectivesB.get(k)];
    // Objectives of a scenario added to or taken out of scope are not reported one by one.
    const scenario = (x ?? y)?.scenarioId ?? '';
    if (!inScopeA.has(scenario) || !inScopeB.has(scenario)) return [];
    return objectiveChanges(x, y);
  });
}

function scenarioDeltas(a: ProgramModel, b: ProgramModel): ScenarioDelta[] {
  return [...new Set([...a.scenarios, ...b.scenarios].map((s) => s.id))].map((id) => {
    const [x, y] = [a.scenarios.find((s) => s.id === id), b.scenarios.find((s) => s.id === id)];
    const s = (y ?? x) as NonNullable<typeof x>;
    const from = x ? x.progress.percentComplete : null;
    const to = y ? y.progress.percentComplete : null;
    return {
      id,
      title: s.title,
      shortTitle: s.shortTitle,
      from,
      to,
      delta: from === null || to === null ? 0 : to - from,
    };
  });
}

function stageChanges(a: ProgramModel, b: ProgramModel): StageChange[] {
  const stagesA = stagesOf(a);
  return [...stagesOf(b)].flatMap(([k, st]) => {
    const before = stagesA.get(k);
    return before && before.state !== st.state
      ? [
          {
            scenarioId: st.scenarioId,
            track: st.track,
            stage: st.stage,
            label: st.label,
            from: before.state,
            to: st.state,
          },
        ]
      : [];
  });
}

function kpiChanges(a: ProgramModel, b: ProgramModel): KpiChange[] {
  const kpiIds = [...new Set([...a.kpis, ...b.kpis].map((k) => k.id))];
  return kpiIds
    .map((id) =>
      kpiChange(
        a.kpis.find((k) => k.id === id),
        b.kpis.find((k) => k.id === id),
      ),
    )
    .filter((k): k is KpiChange => k !== undefined);
}

function riskChanges(a: ProgramModel, b: ProgramModel): RiskChange[] {
  const riskIds = [...new Set([...a.risks, ...b.risks].map((r) => r.id))];
  return riskIds.flatMap((id): RiskChange[] => {
    const [x, y] = [a.risks.find((r) => r.id === id), b.risks.find((r) => r.id === id)];
    const rating = (r: NonNullable<typeof x>) => ({ likelihood: r.likelihood, impact: r.impact, score: r.score });
    const openA = x?.status === 'open';
    const openB = y?.status === 'open';
    if (!openA && openB && y) return [{ kind: 'opened' as const, id, title: y.title, to: rating(y) }];
    if (openA && !openB && x) return [{ kind: 'closed' as const, id, title: (y ?? x).title, from: rating(x) }];
    if (openA && openB && x && y && (x.likelihood !== y.likelihood || x.impact !== y.impact))
      return [{ kind: 're-rated' as const, id, title: y.title, from: rating(x), to: rating(y) }];
    return [];
  });
}

function decisionChanges(a: ProgramModel, b: ProgramModel): DecisionChange[] {
  return b.decisions.flatMap((d): DecisionChange[] => {
    const before = a.decisions.find((x) => x.id === d.id);
    if (!before && d.status === 'open') return [{ kind: 'asked' as const, id: d.id, title: d.title }];
    if (before?.status !== 'decided' && d.status === 'decided')
      return [{ kind: 'decided' as const, id: d.id, title: d.title, ...(d.outcome ? { outcome: d.outcome } : {}) }];
    if (before?.status === 'open' && d.status === 'deferred')
      return [{ kind: 'deferred' as const, id: d.id, title: d.title }];
    return [];
  });
}
