import { diffPrograms } from '../diff/diff-programs.js';
import type { ProgramDiff } from '../diff/types.js';
import type { ProgramModel } from '../model/types.js';
import { changesContext, type ChangesContext } from '../present/changes-context.js';
import { loadState } from './state.js';
import type { OpenedTemplate } from './template.js';

/** An earlier state compared with a later one, in the template's words. */
export interface Comparison {
  diff: ProgramDiff;
  changes: ChangesContext;
}

/**
 * What changed from the state `since` names to `after` (already modelled and
 * relabelled): the one comparison behind `build --since` and `ztdeck diff`.
 */
export async function compareWith(
  since: string,
  after: ProgramModel,
  labels: { from: string; to: string; programDir: string },
  opened: OpenedTemplate,
): Promise<Comparison> {
  const before = opened.relabel(
    await loadState(since, labels.programDir, {
      health: opened.template.health,
      ranking: opened.template.ranking,
      kpis: opened.template.kpis,
    }),
  );
  const diff = diffPrograms(before, after, { from: labels.from, to: labels.to });
  return { diff, changes: changesContext(diff, after, opened.wording) };
}
