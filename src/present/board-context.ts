import { ABOVE_APPETITE_POINTS } from '../model/ranking.js';
import type { AttentionItem, ProgramModel, RankingRule, RiskModel, SinceItem } from '../model/types.js';
import type { Wording } from '../templating/wording.js';
import { decisionWhen, kpiWords, riskLabels } from './sentences.js';
import type { BoardContext } from './summary-board-schema.js';

/**
 * What the board reads first, in words: the status sentence, the risk
 * appetite, and the three ranked lists the summary shows the top of and the
 * appendix, report.html and summary.json show in full.
 */

type Short = ReadonlyMap<string, string>;

/** "Within appetite", "Above appetite", or "Appetite not set". */
export function appetiteLabel(r: Pick<RiskModel, 'appetite' | 'status'>, wording: Wording): string | null {
  if (r.status !== 'open') return null;
  return wording.t(r.appetite === 'above' ? 'risks.above' : r.appetite === 'within' ? 'risks.within' : 'risks.not_set');
}

/** The appetite stated once ("a score above 9 is above appetite; regulatory above 4"), or null when none is set. */
export function appetiteStatement(model: ProgramModel, wording: Wording): string | null {
  const a = model.riskAppetite;
  if (!a) return null;
  const areas = wording.join(
    a.byImpactArea.map((x) => wording.t('risks.appetite_area', { area: x.area, max: x.maxScore })),
  );
  return wording.t('risks.appetite', { max: a.maxScore, areas });
}

/** The sentence that opens the summary, computed from the data; never empty. */
export function statusSentence(model: ProgramModel, wording: Wording): string {
  const open = model.risks.filter((r) => r.status === 'open');
  const decisions = model.openDecisions;
  const first = decisions[0]?.neededBy ?? null;
  return wording.t('summary.status', {
    health: wording.t(`health.${model.health}`),
    complete: model.progress.complete,
    applicable: model.progress.applicable,
    appetiteSet: model.riskAppetite !== null,
    aboveAppetite: open.filter((r) => r.appetite === 'above').length,
    openRisks: open.length,
    decisions: decisions.length,
    overdueDecisions: decisions.filter((d) => d.daysLeft < 0).length,
    firstNeeded: first,
    sameDate: decisions.every((d) => d.neededBy === first),
  });
}

/** One line of "needs attention", as the summary and the appendix say it. */
export function attentionLine(item: AttentionItem, short: Short, wording: Wording): string {
  const o = item.objective;
  const scenario = short.get(o.scenarioId) ?? o.scenarioId;
  if (item.kind === 'blocked')
    return wording.t('summary.blocked_item', { title: o.title, scenario, blocker: o.blockers[0] ?? null });
  if (item.kind === 'overdue')
    return wording.t('summary.overdue_item', { title: o.title, scenario, days: o.daysOverdue });
  return wording.t('summary.at_risk_item', { title: o.title, scenario });
}

/** One line of "since the last meeting". */
export function sinceLine(item: SinceItem, short: Short, wording: Wording, model: ProgramModel): string {
  switch (item.kind) {
    case 'stage':
      return wording.t('summary.stage_item', {
        scenario: short.get(item.scenarioId) ?? item.scenarioId,
        track: item.track,
        stage: item.label,
      });
    case 'kpi': {
      // Only a KPI with a target reaches it (rankSince).
      const words = kpiWords(item.kpi, wording);
      return wording.t('summary.kpi_item', {
        title: item.kpi.title,
        current: words.valueText,
        target: words.targetText,
      });
    }
    case 'highlight':
      return item.text;
    case 'completed':
      return wording.t('summary.completed_item', {
        title: item.objective.title,
        scenario: short.get(item.objective.scenarioId) ?? item.objective.scenarioId,
        date: item.objective.completed ?? model.reportingDate,
      });
  }
}

/** "20 blocked, 28 overdue": the counts of some items by kind, in the order of `kinds`, in the template's words. */
export function countsByKind<K extends string>(
  items: readonly { kind: K }[],
  kinds: readonly K[],
  phrase: (kind: K, count: number) => string,
  wording: Wording,
): string {
  return wording.join(
    kinds
      .map((k) => ({ k, n: items.filter((i) => i.kind === k).length }))
      .filter((x) => x.n > 0)
      .map((x) => phrase(x.k, x.n)),
  );
}

export const ATTENTION_KINDS = ['blocked', 'overdue', 'at-risk'] as const;
export const SINCE_KINDS = ['stage', 'kpi', 'highlight', 'completed'] as const;

/** The ranking rule in words, with the template's weights (summary.ranking_rule). */
export function rankingRule(rule: RankingRule, wording: Wording): string {
  return wording.t('summary.ranking_rule', {
    blocked: rule.severity.blocked,
    overdue: rule.severity.overdue,
    atRisk: rule.severity['at-risk'],
    risk: rule.risk,
    focus: rule.focus,
    above: ABOVE_APPETITE_POINTS,
  });
}

/** The board's part of the report context: the sentence, the appetite, and the ranked lists in full. */
export function boardContext(model: ProgramModel, wording: Wording): BoardContext {
  const short = new Map(model.scenarios.map((s) => [s.id, s.shortTitle]));
  const labels = riskLabels(model);
  return {
    statusSentence: statusSentence(model, wording),
    rankingRule: rankingRule(model.rankingRule, wording),
    riskAppetite: model.riskAppetite
      ? {
          maxScore: model.riskAppetite.maxScore,
          byImpactArea: model.riskAppetite.byImpactArea,
          statement: appetiteStatement(model, wording),
        }
      : null,
    ranked: {
      attention: model.attention.map((item, i) => ({
        rank: i + 1,
        key: item.objective.key,
        kind: item.kind,
        text: attentionLine(item, short, wording),
        why: wording.t(`appendix.attention_why.${item.kind}`, {
          days: item.objective.daysOverdue,
          blocker: item.objective.blockers[0] ?? null,
        }),
        title: item.objective.title,
        scenario: short.get(item.objective.scenarioId) ?? item.objective.scenarioId,
        stage: item.objective.stage,
        owner: item.objective.owner ?? null,
        daysOverdue: item.objective.daysOverdue,
        inFocus: item.inFocus,
        protects: item.protects
          ? {
              id: item.protects.id,
              label: labels.get(item.protects.id) ?? null,
              title: item.protects.title,
              score: item.protects.score,
              appetite: item.protects.appetite,
              appetiteLabel: appetiteLabel(item.protects, wording),
            }
          : null,
      })),
      since: model.since.map((item, i) => ({
        rank: i + 1,
        kind: item.kind,
        text: sinceLine(item, short, wording, model),
        scenario:
          item.kind === 'stage'
            ? (short.get(item.scenarioId) ?? null)
            : item.kind === 'completed'
              ? (short.get(item.objective.scenarioId) ?? null)
              : null,
        date: item.kind === 'stage' ? item.date : item.kind === 'completed' ? (item.objective.completed ?? null) : null,
      })),
      decisions: model.openDecisions.map((d, i) => ({
        rank: i + 1,
        id: d.id,
        kind: d.daysLeft < 0 ? ('overdue' as const) : ('upcoming' as const),
        text: wording.t('summary.decision_item', {
          title: d.title,
          askedOf: d.askedOf,
          neededBy: d.neededBy,
          when: decisionWhen(d, wording),
        }),
      })),
    },
  };
}
