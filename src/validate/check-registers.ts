import type { Problem } from '../problems/problem.js';
import type { DecisionsFile } from '../schema/decisions.js';
import type { KpisFile } from '../schema/kpis.js';
import type { ProgramScope } from '../schema/program.js';
import type { RisksFile } from '../schema/risks.js';
import type { ObjectiveRefs } from './objective-refs.js';
import type { ObjectiveKey } from './program-data.js';
import type { Validated } from '../data/validate-file.js';
import { problemAt } from './located.js';
import { suggestionHint } from '../problems/suggest.js';

/**
 * KPIs: a linked scenario must be in scope; no value measured after the
 * reporting date; a KPI without a target (one an import created) is warned
 * about once, so it is not forgotten: the deck says "no target set" until then.
 */
export function checkKpis(kpis: Validated<KpisFile>, program: ProgramScope): Problem[] {
  const problems: Problem[] = [];
  for (const [id, kpi] of Object.entries(kpis.data.kpis)) {
    if (kpi.scenario !== undefined && !program.scenarios.includes(kpi.scenario)) {
      problems.push(
        problemAt(
          kpis.file,
          ['kpis', id, 'scenario'],
          'unknown-reference',
          `"${kpi.scenario}" is not a scenario in scope`,
          suggestionHint(kpi.scenario, program.scenarios, `use one of: ${program.scenarios.join(', ')}`),
        ),
      );
    }
    if (kpi.target === undefined) {
      problems.push(
        problemAt(
          kpis.file,
          ['kpis', id],
          'kpi-no-target',
          `KPI ${id} has no target, so the deck says "no target set" and judges it neither on nor off target`,
          'add target: <value> (and target_date:) once the target is agreed',
          { severity: 'warning', want: 'key' },
        ),
      );
    }
    for (const date of Object.keys(kpi.series)) {
      if (date > program.reporting.date) {
        problems.push(
          problemAt(
            kpis.file,
            ['kpis', id, 'series', date],
            'date-order',
            `the value of ${date} is after the reporting date (${program.reporting.date})`,
            'remove it, or move the reporting date in program.yaml',
            { want: 'key' },
          ),
        );
      }
    }
  }
  return problems;
}

/** Resolves a list of objective references, reporting the ones that do not resolve. */
export function resolveRefs(
  refs: readonly string[],
  objectives: ObjectiveRefs,
  report: (index: number, r: { code: Problem['code']; message: string; hint: string }) => void,
): ObjectiveKey[] {
  const keys: ObjectiveKey[] = [];
  refs.forEach((ref, i) => {
    const r = objectives.resolve(ref);
    if (r.ok) keys.push(r.key);
    else if (!r.undecided) report(i, r);
  });
  return keys;
}

export function checkRisks(
  risks: Validated<RisksFile>,
  objectives: ObjectiveRefs,
): { problems: Problem[]; mitigatedBy: Record<string, ObjectiveKey[]> } {
  const problems: Problem[] = [];
  const mitigatedBy: Record<string, ObjectiveKey[]> = {};
  for (const [id, risk] of Object.entries(risks.data.risks)) {
    mitigatedBy[id] = resolveRefs(risk.mitigated_by, objectives, (i, r) =>
      problems.push(problemAt(risks.file, ['risks', id, 'mitigated_by', i], r.code, r.message, r.hint)),
    );
  }
  return { problems, mitigatedBy };
}

export function checkDecisions(
  decisions: Validated<DecisionsFile>,
  objectives: ObjectiveRefs,
): { problems: Problem[]; related: Record<string, ObjectiveKey[]> } {
  const problems: Problem[] = [];
  const related: Record<string, ObjectiveKey[]> = {};
  for (const [id, decision] of Object.entries(decisions.data.decisions)) {
    related[id] = resolveRefs(decision.related, objectives, (i, r) =>
      problems.push(problemAt(decisions.file, ['decisions', id, 'related', i], r.code, r.message, r.hint)),
    );
    if (decision.status === 'decided' && decision.outcome === undefined) {
      problems.push(
        problemAt(
          decisions.file,
          ['decisions', id, 'status'],
          'missing-key',
          'a decided decision needs an outcome',
          'add outcome: with what was decided',
        ),
      );
    }
  }
  return { problems, related };
}
