import type { Validated } from '../data/validate-file.js';
import type { Problem } from '../problems/problem.js';
import { nearest, suggestionHint } from '../problems/suggest.js';
import type { ProgramFile } from '../schema/program.js';
import type { RisksFile } from '../schema/risks.js';
import { problemAt } from './located.js';

/**
 * A risk's impact area that the appetite does not name is judged against the
 * program's max_score, as meant; one that is close to a named area is most
 * likely misspelt, which would judge the risk against the wrong appetite: a
 * warning says so, once per risk.
 */
export function checkAppetiteAreas(risks: Validated<RisksFile>, program: ProgramFile): Problem[] {
  const areas = Object.keys(program.risk_appetite?.by_impact_area ?? {});
  if (areas.length === 0) return [];
  const problems: Problem[] = [];
  for (const [id, risk] of Object.entries(risks.data.risks)) {
    if (risk.impact_area === undefined || areas.includes(risk.impact_area)) continue;
    if (nearest(risk.impact_area, areas).length === 0) continue;
    problems.push(
      problemAt(
        risks.file,
        ['risks', id, 'impact_area'],
        'unknown-reference',
        `"${risk.impact_area}" has no appetite of its own in program.yaml, so the risk is judged against max_score`,
        suggestionHint(risk.impact_area, areas, 'Or add it under risk_appetite.by_impact_area.'),
        { severity: 'warning' },
      ),
    );
  }
  return problems;
}
