import type {
  AttentionItem,
  AttentionKind,
  KpiModel,
  ObjectiveModel,
  RankingRule,
  RiskModel,
  ScenarioModel,
  SinceItem,
  StageModel,
} from './types.js';

/** Blocked first, then overdue (by days late), then at risk; the risk an objective protects before its focus. */
export const DEFAULT_RANKING: RankingRule = {
  severity: { blocked: 3, overdue: 2, 'at-risk': 1 },
  risk: 1,
  focus: 0.5,
};

/** Points an open risk adds to what mitigates it: its score, and 100 more when it is above the appetite. */
export const ABOVE_APPETITE_POINTS = 100;

const riskWeight = (r: RiskModel) => r.score + (r.appetite === 'above' ? ABOVE_APPETITE_POINTS : 0);

/** The focus stage of the objective's track, or of its scenario. */
function focusOf(o: ObjectiveModel, scenarios: ReadonlyMap<string, ScenarioModel>): number | undefined {
  const s = scenarios.get(o.scenarioId);
  return (o.track ? s?.tracks.find((t) => t.id === o.track)?.focusStage : undefined) ?? s?.focusStage;
}

function kindOf(o: ObjectiveModel): AttentionKind | null {
  if (o.status === 'blocked') return 'blocked';
  if (o.overdue) return 'overdue';
  return o.status === 'at-risk' ? 'at-risk' : null;
}

/** For each objective key, the open risk naming it that weighs most (above appetite first, then by score, then id). */
function protectedRisks(risks: readonly RiskModel[]): Map<string, RiskModel> {
  const out = new Map<string, RiskModel>();
  for (const r of risks) {
    if (r.status !== 'open') continue;
    for (const o of r.mitigations) {
      const had = out.get(o.key);
      if (!had || riskWeight(r) > riskWeight(had) || (riskWeight(r) === riskWeight(had) && r.id < had.id))
        out.set(o.key, r);
    }
  }
  return out;
}

/** The points that order objectives of one severity (and, for overdue ones, the same days late). */
export function attentionPoints(item: AttentionItem, rule: RankingRule): number {
  return rule.risk * (item.protects ? riskWeight(item.protects) : 0) + rule.focus * (item.inFocus ? 1 : 0);
}

/**
 * Blocked, overdue and at-risk objectives in the order a board should see
 * them: by the weight of their kind, overdue ones by days late, then by
 * points (the risk they protect, their focus), then by key; never by the
 * order of the files, so shuffled YAML ranks the same.
 */
export function rankAttention(
  objectives: readonly ObjectiveModel[],
  scenarios: readonly ScenarioModel[],
  risks: readonly RiskModel[],
  rule: RankingRule = DEFAULT_RANKING,
): AttentionItem[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const protects = protectedRisks(risks);
  const items: AttentionItem[] = [];
  for (const objective of objectives) {
    const kind = kindOf(objective);
    if (!kind) continue;
    items.push({
      objective,
      kind,
      protects: protects.get(objective.key) ?? null,
      inFocus: objective.stage === focusOf(objective, byId),
    });
  }
  const late = (i: AttentionItem) => (i.kind === 'overdue' ? i.objective.daysOverdue : 0);
  return items.sort(
    (a, b) =>
      rule.severity[b.kind] - rule.severity[a.kind] ||
      late(b) - late(a) ||
      attentionPoints(b, rule) - attentionPoints(a, rule) ||
      compareText(a.objective.key, b.objective.key),
  );
}

/** Code-point order: the same in every locale and on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stages finished in the period: complete, and their last objective completed since the period began. */
function stagesCompleted(scenarios: readonly ScenarioModel[]): Extract<SinceItem, { kind: 'stage' }>[] {
  const out: Extract<SinceItem, { kind: 'stage' }>[] = [];
  const add = (s: ScenarioModel, track: string | null, st: StageModel) => {
    if (st.state !== 'complete' || !st.objectives.some((o) => o.completedInPeriod)) return;
    const date = st.objectives.reduce((d, o) => (o.completed && o.completed > d ? o.completed : d), '');
    out.push({ kind: 'stage', scenarioId: s.id, track, stage: st.stage, label: st.label, date });
  };
  for (const s of scenarios) {
    if (s.tracks.length === 0) for (const st of s.stages) add(s, null, st);
    else for (const t of s.tracks) for (const st of t.stages) add(s, t.title, st);
  }
  return out;
}

/** A KPI whose target is met now and was not met at the start of the period (never one without a target). */
function targetReached(k: KpiModel): boolean {
  if (k.onTarget !== true || k.target === null || !k.periodStart) return false;
  const v = k.periodStart.value;
  return k.direction === 'higher' ? v < k.target : v > k.target;
}

/**
 * What was achieved since the last meeting, ranked: stages completed (latest
 * first) and KPI targets reached, the program's own highlights in their
 * order, then completed objectives, those in a focus stage first (each group
 * latest first, then by key).
 */
export function rankSince(
  scenarios: readonly ScenarioModel[],
  kpis: readonly KpiModel[],
  highlights: readonly string[],
): SinceItem[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const stages = stagesCompleted(scenarios).sort(
    (a, b) =>
      compareText(b.date, a.date) ||
      compareText(`${a.scenarioId}/${a.track}`, `${b.scenarioId}/${b.track}`) ||
      a.stage - b.stage,
  );
  const reached = kpis
    .filter(targetReached)
    .sort((a, b) => compareText(a.id, b.id))
    .map((kpi): SinceItem => ({ kind: 'kpi', kpi }));
  const completed = scenarios
    .flatMap((s) => s.objectives)
    .filter((o) => o.completedInPeriod)
    .map((objective) => ({
      kind: 'completed' as const,
      objective,
      inFocus: objective.stage === focusOf(objective, byId),
    }))
    .sort(
      (a, b) =>
        Number(b.inFocus) - Number(a.inFocus) ||
        compareText(b.objective.completed ?? '', a.objective.completed ?? '') ||
        compareText(a.objective.key, b.objective.key),
    );
  return [...stages, ...reached, ...highlights.map((text): SinceItem => ({ kind: 'highlight', text })), ...completed];
}
