import path from 'node:path';
import { parseDocument } from 'yaml';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import type { SourceFile } from '../data/source-file.js';
import { withFile } from '../imports/overlay-source.js';
import { displayPath } from '../problems/display-path.js';
import { hasErrors, problem } from '../problems/problem.js';
import { UserError, userError } from '../problems/user-error.js';
import type { ObjectiveEdit } from '../tracker/edits.js';
import type { TrackerOutcome } from '../tracker/report.js';
import { readWorkbookFile } from './tracker-file.js';
import { programAndLook } from './tracker-look.js';
import { readKpis } from './import-files.js';
import { validateFolder } from './validate.js';

export interface TrackerImportOptions {
  workbook: string;
  dataDir: string;
  dryRun: boolean;
}

/**
 * ztdeck tracker import: the workbook's rows against the valid program, an
 * edit per changed objective, checked cell by cell and then with the whole
 * program, and only then written (every scenario file as one set).
 */
export async function importTracker(options: TrackerImportOptions): Promise<TrackerOutcome> {
  const dataDir = path.resolve(options.dataDir);
  const bytes = await readWorkbookFile(options.workbook);
  const { data, look } = await programAndLook(dataDir);
  const [{ planImport }, { unifiedDiff }, { ScenarioEditor }, { locateInWorkbook }] = await Promise.all([
    import('../tracker/plan-import.js'),
    import('../imports/kpis/line-diff.js'),
    import('../tracker/edit-scenario.js'),
    import('../tracker/locate-problems.js'),
  ]);
  const plan = await planImport(bytes, data, look, displayPath(path.resolve(options.workbook)));
  if (hasErrors(plan.problems)) throw new UserError(plan.problems, 'input');
  const files = await scenarioFiles(dataDir);
  const changed: { scenarioId: string; rel: string; before: string; after: string }[] = [];
  for (const [scenarioId, edits] of groupBy(plan.edits)) {
    const file = files.get(scenarioId);
    if (!file) continue;
    const rel = `scenarios/${path.basename(file.absolutePath)}`;
    // The bytes on disk, a byte-order mark kept aside: validation's text has none, and the file must keep it.
    const { text = '' } = await readKpis(path.join(dataDir, rel), file.displayPath);
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const editor = new ScenarioEditor(text.slice(bom.length), parseDocument(text.slice(bom.length)));
    for (const e of edits) editor.apply(e);
    const after = `${bom}${editor.result()}`;
    if (after !== text) changed.push({ scenarioId, rel, before: text, after });
  }
  let source: FileSource = folderSource(dataDir);
  for (const c of changed) source = withFile(source, c.rel, c.after);
  if (changed.length > 0) {
    const checked = await validateFolder(source);
    if (hasErrors(checked.problems))
      throw new UserError(
        [
          problem('import-conflict', 'the edits would leave the program invalid, so nothing was written', {
            hint: 'the problems below say why; correct the cells they name',
          }),
          ...locateInWorkbook(
            checked.problems,
            changed.map((c) => ({ ...c, edits: plan.edits.filter((e) => e.scenarioId === c.scenarioId) })),
          ),
        ],
        'input',
      );
  }
  const diff = changed.map((c) => unifiedDiff(c.before, c.after, c.rel)).join('');
  const written = changed.length > 0 && !options.dryRun;
  if (written) {
    await refuseChanged(changed.map((c) => ({ at: path.join(dataDir, c.rel), before: c.before })));
    const { writeFiles } = await import('../output/write-files.js');
    await writeFiles(
      changed.map((c) => ({ path: path.join(dataDir, c.rel), content: c.after })),
      { overwrite: true },
    );
  }
  return {
    changes: plan.edits,
    problems: plan.problems,
    diff,
    written,
    files: changed.map((c) => displayPath(path.join(dataDir, c.rel))),
  };
}

/** A scenario file someone saved while the import ran is not overwritten: its edits would be lost. */
async function refuseChanged(files: readonly { at: string; before: string }[]): Promise<void> {
  for (const { at, before } of files) {
    const now = await readKpis(at, displayPath(at)).catch(() => ({ text: undefined }));
    if (now.text !== before)
      throw userError(
        'output',
        'write-failed',
        `${displayPath(at)} changed while the import ran, so nothing was written`,
        {
          hint: 'run the import again',
          location: { file: displayPath(at) },
        },
      );
  }
}

function groupBy(edits: readonly ObjectiveEdit[]): Map<string, ObjectiveEdit[]> {
  const out = new Map<string, ObjectiveEdit[]>();
  for (const e of edits) out.set(e.scenarioId, [...(out.get(e.scenarioId) ?? []), e]);
  return out;
}

/** The scenario files of the program, with their text and parsed document, by scenario id. */
async function scenarioFiles(dataDir: string): Promise<Map<string, SourceFile>> {
  const loaded = await loadProgram(dataDir);
  const out = new Map<string, SourceFile>();
  for (const y of loaded.scenarios) {
    const id = (y.value as { scenario?: unknown } | null)?.scenario;
    if (typeof id === 'string') out.set(id, y.file);
  }
  return out;
}
