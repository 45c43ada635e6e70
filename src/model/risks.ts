import type { Risk } from '../schema/risks.js';
import type { ObjectiveKey } from '../validate/program-data.js';
import { definedOnly } from './objectives.js';
import { progressOf } from './progress.js';
import type { ObjectiveModel, RiskLevel, RiskModel } from './types.js';

/** Bands of likelihood × impact on the 5 × 5 matrix. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 17) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export function riskModel(
  id: string,
  r: Risk & { mitigatedBy: ObjectiveKey[] },
  objectives: ReadonlyMap<ObjectiveKey, ObjectiveModel>,
): RiskModel {
  const mitigations = r.mitigatedBy.map((k) => objectives.get(k)).filter((o): o is ObjectiveModel => o !== undefined);
  const score = r.likelihood * r.impact;
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
    mitigations,
    mitigation: progressOf(mitigations),
  };
}
