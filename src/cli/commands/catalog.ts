import type { Command } from 'commander';
import type { CatalogIndex } from '../../catalog/catalog-index.js';
import { userError } from '../../problems/user-error.js';
import { DEFAULT_CATALOG } from '../../schema/program.js';
import { suggestionHint } from '../../problems/suggest.js';
import { chooseCatalog } from '../catalog-option.js';
import type { CommandContext } from '../context.js';
import { plural } from '../../problems/plural.js';

interface CatalogOptions {
  catalog?: string;
  data?: string;
  json?: boolean;
}

export function registerCatalog(program: Command, ctx: CommandContext): void {
  program
    .command('catalog')
    .summary("list the scenarios, or one scenario's stages and objective ids")
    .description(
      'Lists the scenarios of a catalog, or the stages and objective ids (with titles) of one scenario, to find the ids to use in the data.',
    )
    .argument('[scenario-id]', 'a scenario to show in detail')
    .option('--catalog <id>', `catalog id (default: the one --data's program.yaml names, else ${DEFAULT_CATALOG})`)
    .option('--data <dir>', 'program folder whose catalogs/ folder holds more catalogs')
    .option('--json', 'print JSON instead of text')
    .action(async (scenarioId: string | undefined, opts: CatalogOptions) => {
      const { index } = await chooseCatalog(opts.catalog, opts.data);
      if (scenarioId !== undefined && !index.scenario(scenarioId)) {
        throw userError('usage', 'unknown-scenario', `"${scenarioId}" is not a scenario of ${index.id}`, {
          hint: suggestionHint(scenarioId, index.scenarioIds(), 'run ztdeck catalog to list them'),
        });
      }
      ctx.io.out(
        opts.json
          ? `${JSON.stringify(catalogJson(index, scenarioId), null, 2)}\n`
          : scenarioId
            ? scenarioText(index, scenarioId)
            : overviewText(index),
      );
    });
}

function table(rows: string[][], indent = '  '): string {
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  return rows
    .map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}

function countObjectives(index: CatalogIndex, scenarioId: string): number {
  return index.objectiveIds(scenarioId).length;
}

function overviewText(index: CatalogIndex): string {
  const c = index.catalog;
  const rows = c.scenarios.map((s) => [s.id, s.title, plural(countObjectives(index, s.id), 'objective')]);
  return [
    `${c.title} (${c.id}): ${plural(c.scenarios.length, 'scenario')}, ${plural(c.stage_labels.length, 'stage')}, ${plural(index.objectiveCount(), 'objective')}`,
    '',
    table(rows),
    '',
    'Run "ztdeck catalog <scenario-id>" for a scenario\'s stages and objective ids.',
    ...(c.attribution ? [`Source: ${c.attribution}`] : []),
    '',
  ].join('\n');
}

function scenarioText(index: CatalogIndex, scenarioId: string): string {
  const s = index.scenario(scenarioId);
  if (!s) return '';
  const out = [`${s.title} (${s.id}): ${plural(countObjectives(index, s.id), 'objective')}`];
  if (s.tracks) out.push(`Tracks: ${s.tracks.map((t) => `${t.id} (${t.title})`).join('; ')}`);
  for (const stage of s.stages) {
    out.push('', `${index.catalog.stage_labels[stage.stage - 1] ?? `Stage ${stage.stage}`}`);
    out.push(table(stage.objectives.map((o) => [o.id, ...(s.tracks ? [o.track ?? ''] : []), o.title])));
  }
  out.push('', 'Use these ids as keys under objectives: in scenarios/' + s.id + '.yaml.', '');
  return out.join('\n');
}

function catalogJson(index: CatalogIndex, scenarioId?: string): unknown {
  const c = index.catalog;
  const scenario = (id: string) => {
    const s = index.scenario(id);
    return (
      s && {
        id: s.id,
        title: s.title,
        shortTitle: s.short_title,
        tracks: s.tracks ?? [],
        stages: s.stages.map((st) => ({
          stage: st.stage,
          label: c.stage_labels[st.stage - 1],
          objectives: st.objectives,
        })),
      }
    );
  };
  if (scenarioId) return scenario(scenarioId);
  return {
    id: c.id,
    title: c.title,
    attribution: c.attribution,
    stageLabels: c.stage_labels,
    scenarios: c.scenarios.map((s) => ({ id: s.id, title: s.title, objectives: countObjectives(index, s.id) })),
  };
}
