import type { Risk } from '../schema/risks.js';
import type { ObjectiveKey } from '../validate/program-data.js';
import { definedOnly } from './objectives.js';
import { progressOf } from './progress.js';
import type { ObjectiveModel, RiskAppetiteModel, RiskLevel, RiskModel } from './types.js';

/** Bands of likelihood × impact on the 5 × 5 matrix. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 17) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** The highest score accepted for a risk of an impact area: the area's own appetite, else the program's; null when none is set. */
export function appetiteFor(appetite: RiskAppetiteModel | null, area: string | undefined): number | null {
  if (!appetite) return null;
  return appetite.byImpactArea.find((a) => a.area === area)?.maxScore ?? appetite.maxScore;
}

export function riskModel(
  id: string,
  r: Risk & { mitigatedBy: ObjectiveKey[] },
  objectives: ReadonlyMap<ObjectiveKey, ObjectiveModel>,
  appetite: RiskAppetiteModel | null = null,
): RiskModel {
  const mitigations = r.mitigatedBy.map((k) => objectives.get(k)).filter((o): o is ObjectiveModel => o !== undefined);
  const score = r.likelihood * r.impact;
  const appetiteScore = appetiteFor(appetite, r.impact_area);
  return {
    id,
    title: r.title,
    ...definedOnly({ description: r.description }),
    likelihood: r.likelihood,
    impact: r.impact,
    score,
    level: riskLevel(score),
    treatment: r.treatment,
    owner: r.owner,
    trend: r.trend,
    status: r.status,
    ...definedOnly({ impactArea: r.impact_area }),
    appetiteScore,
    appetite: appetiteScore === null || r.status !== 'open' ? null : score > appetiteScore ? 'above' : 'within',
    mitigations,
    mitigation: progressOf(mitigations),
  };
}
