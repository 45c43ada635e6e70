import type { ProgramModel } from '../model/types.js';
import type { Wording } from '../templating/wording.js';
import type { KpiChange, ObjectiveChange, ObjectiveChangeKind, ProgramDiff } from '../diff/types.js';
import type { ChangeSection, ChangesContext } from './changes-schema.js';

export type { ChangesContext } from './changes-schema.js';

/** "+6", "−3", "0" */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** The order in which objective changes are told: what leaders ask about first. */
export const OBJECTIVE_SECTIONS: ObjectiveChangeKind[] = [
  'completed',
  'blocked',
  'at-risk',
  'regressed',
  'due-slipped',
  'started',
  'not-applicable',
  'applicable-again',
  'progressed',
  'due-earlier',
  'owner',
  'added',
  'removed',
];

/** One objective's change in words: its title, scenario and stage, and what moved. */
function objectiveLine(
  c: ObjectiveChange,
  base: { title: string; scenario: string; stage: string },
  wording: Wording,
): string {
  switch (c.kind) {
    case 'due-slipped':
    case 'due-earlier':
      return wording.t('changes.item_due', { ...base, from: c.fromDue, to: c.toDue, days: signed(c.days ?? 0) });
    case 'owner':
      return wording.t('changes.item_owner', { ...base, from: c.fromOwner, to: c.toOwner });
    case 'not-applicable':
      return wording.t('changes.item_reason', {
        ...base,
        reason: c.reason ? wording.t(`reason.${c.reason as 'scope'}`) : wording.t('status.not-applicable'),
      });
    // Progressed or regressed: by its percentage when the status stayed, else by its status.
    case 'progressed':
    case 'regressed':
      return c.fromStatus === c.toStatus
        ? wording.t('changes.item_percent', { ...base, from: c.fromPercent, to: c.toPercent })
        : wording.t('changes.item_status', {
            ...base,
            from: wording.t(`status.${c.fromStatus ?? 'not-started'}`),
            to: wording.t(`status.${c.toStatus ?? 'not-started'}`),
          });
    case 'started':
    case 'blocked':
    case 'at-risk':
    case 'applicable-again':
      return wording.t('changes.item_status', {
        ...base,
        from: wording.t(`status.${c.fromStatus ?? 'not-started'}`),
        to: wording.t(`status.${c.toStatus ?? 'not-started'}`),
      });
    default:
      return wording.t('changes.item', base);
  }
}

/** One KPI's change in words. */
function kpiLine(k: KpiChange, wording: Wording): string {
  const context = { ...k, from: k.from ?? null, to: k.to ?? null };
  if (k.kind === 'moved')
    return wording.t('changes.kpi_moved', {
      ...context,
      trend: wording.t(k.better === null ? 'changes.flat' : k.better ? 'changes.better' : 'changes.worse'),
      reached: k.reachedTarget ?? false,
      lost: k.lostTarget ?? false,
    });
  if (k.kind === 'redefined')
    return wording.t('changes.kpi_redefined', { ...context, changed: (k.changed ?? []).join(', ') });
  return wording.t(k.kind === 'added' ? 'changes.kpi_added' : 'changes.kpi_removed', context);
}

/**
 * A diff in the template's words: sections of ready sentences, plus the
 * numbers. What the changes slide, the reports' changes section and
 * `ztdeck diff` show, and the `changes` of summary.json.
 */
export function changesContext(diff: ProgramDiff, model: ProgramModel, wording: Wording): ChangesContext {
  const scenario = new Map(model.scenarios.map((s) => [s.id, s]));
  const short = (id: string) => scenario.get(id)?.shortTitle ?? id;
  const stageLabel = (scenarioId: string, stage: number) =>
    scenario.get(scenarioId)?.stages[stage - 1]?.label ?? model.catalog.stageLabels[stage - 1] ?? String(stage);
  const objectiveLines = (c: ObjectiveChange) =>
    objectiveLine(
      c,
      { title: c.title, scenario: short(c.scenarioId), stage: stageLabel(c.scenarioId, c.stage) },
      wording,
    );
  const sections: ChangeSection[] = [];
  for (const kind of OBJECTIVE_SECTIONS) {
    const items = diff.objectives.filter((c) => c.kind === kind).map(objectiveLines);
    if (items.length) sections.push({ id: kind, title: wording.t(`changes.${kind}`), items });
  }
  const stages = diff.stages.map((st) =>
    wording.t('changes.stage', {
      scenario: short(st.scenarioId),
      track: st.track ? (scenario.get(st.scenarioId)?.tracks.find((t) => t.id === st.track)?.title ?? st.track) : null,
      stage: st.label,
      from: wording.t(`state.${st.from}`),
      to: wording.t(`state.${st.to}`),
    }),
  );
  if (stages.length) sections.push({ id: 'stages', title: wording.t('changes.stages'), items: stages });
  const kpis = diff.kpis.map((k) => kpiLine(k, wording));
  if (kpis.length) sections.push({ id: 'kpis', title: wording.t('changes.kpis'), items: kpis });
  const risks = diff.risks.map((r) =>
    wording.t(`changes.risk_${r.kind}`, { ...r, from: r.from ?? null, to: r.to ?? null }),
  );
  if (risks.length) sections.push({ id: 'risks', title: wording.t('changes.risks'), items: risks });
  const decisions = diff.decisions.map((d) =>
    wording.t(`changes.decision_${d.kind}`, { ...d, outcome: d.outcome ?? null }),
  );
  if (decisions.length) sections.push({ id: 'decisions', title: wording.t('changes.decisions'), items: decisions });
  return {
    since: diff.fromDate,
    until: diff.toDate,
    fromLabel: diff.fromLabel,
    toLabel: diff.toLabel,
    overall: { ...diff.overall, deltaText: signed(diff.overall.delta) },
    scenarios: diff.scenarios.map((s) => ({ ...s, deltaText: signed(s.delta) })),
    sections,
    counts: Object.fromEntries(
      OBJECTIVE_SECTIONS.map((k) => [k, diff.objectives.filter((c) => c.kind === k).length]),
    ) as Record<ObjectiveChangeKind, number>,
    nothing: sections.length === 0 && diff.overall.delta === 0,
  };
}
