import { problem, type Problem } from '../problems/problem.js';
import { id as idSchema } from '../schema/common.js';
import type { Metric } from './types.js';

/** Which metric goes to which KPI: the defaults, or what --kpi says. */
export type KpiTargets = Map<string, { metric: Metric; kpi: string }>;

const usage = (message: string, hint: string): Problem => problem('usage', message, { hint });

/** A --kpi value split: `<measure>=<kpi>` or `<kpi>` alone. */
function parseSpec(spec: string): { name: string | undefined; kpi: string } {
  const eq = spec.indexOf('=');
  return eq >= 0 ? { name: spec.slice(0, eq), kpi: spec.slice(eq + 1) } : { name: undefined, kpi: spec };
}

/** What is wrong with the --kpi values as written, whatever the files hold: checked before any file is read. */
export function kpiSpecProblems(specs: readonly string[]): Problem[] {
  return specs
    .filter((spec) => !idSchema.safeParse(parseSpec(spec).kpi).success)
    .map((spec) =>
      usage(
        `--kpi ${spec}: "${parseSpec(spec).kpi}" is not a KPI id`,
        'KPI ids are lower-case words joined by hyphens, as in kpis.yaml (constructor and prototype are reserved)',
      ),
    );
}

/**
 * `--kpi <id>` sends the one metric the files give to KPI <id>, or picks the
 * metric of that id; `--kpi <metric>=<id>` sends a metric to a KPI. Without
 * --kpi, every metric imported by default goes to the KPI of its own id.
 */
export function selectMetrics(
  available: readonly Metric[],
  specs: readonly string[],
): { targets: KpiTargets; problems: Problem[] } {
  const targets: KpiTargets = new Map();
  const problems: Problem[] = kpiSpecProblems(specs);
  const list = available.map((m) => m.id).join(', ') || 'none';
  if (specs.length === 0) {
    for (const m of available.filter((x) => x.byDefault)) targets.set(m.id, { metric: m, kpi: m.id });
    return { targets, problems };
  }
  for (const spec of specs) {
    const { name, kpi } = parseSpec(spec);
    if (!idSchema.safeParse(kpi).success) continue;
    let metric = name === undefined ? available.find((m) => m.id === kpi) : available.find((m) => m.id === name);
    if (!metric && name === undefined && available.length === 1) metric = available[0];
    if (!metric) {
      problems.push(
        name === undefined && available.length > 1
          ? usage(
              `--kpi ${spec}: the files give several measures (${list})`,
              `say which goes to ${kpi}: --kpi <measure>=${kpi}`,
            )
          : usage(`--kpi ${spec}: the files give no measure "${name ?? kpi}"`, `they give: ${list}`),
      );
      continue;
    }
    const taken = [...targets.values()].find((t) => t.kpi === kpi && t.metric.id !== metric.id);
    if (taken) {
      problems.push(
        usage(`--kpi ${spec}: ${taken.metric.id} already goes to ${kpi}`, 'send each measure to its own KPI'),
      );
      continue;
    }
    targets.set(metric.id, { metric, kpi });
  }
  return { targets, problems };
}
