import path from 'node:path';
import { parseDocument } from 'yaml';
import { folderSource, type FileSource } from '../data/file-source.js';
import { loadProgram } from '../data/load-program.js';
import type { SourceFile } from '../data/source-file.js';
import { withFile } from '../imports/overlay-source.js';
import { displayPath } from '../problems/display-path.js';
import { hasErrors, problem } from '../problems/problem.js';
import { UserError, userError } from '../problems/user-error.js';
import type { ObjectiveEdit, RecordEdit } from '../tracker/edits.js';
import { locatedObjective, locatedRecord, locateInWorkbook, type EditedFile } from '../tracker/locate-problems.js';
import { registers } from '../tracker/registers.js';
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
  const [{ planImport }, { unifiedDiff }, { ScenarioEditor }] = await Promise.all([
    import('../tracker/plan-import.js'),
    import('../imports/kpis/line-diff.js'),
    import('../tracker/edit-scenario.js'),
  ]);
  const plan = await planImport(bytes, data, look, displayPath(path.resolve(options.workbook)));
  if (hasErrors(plan.problems)) throw new UserError(plan.problems, 'input');
  const changed = await editedFiles(dataDir, plan, ScenarioEditor);
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
          ...locateInWorkbook(checked.problems, changed),
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
    records: plan.records,
    problems: plan.problems,
    diff,
    written,
    files: changed.map((c) => displayPath(path.join(dataDir, c.rel))),
  };
}

/** A file someone saved while the import ran is not overwritten: its edits would be lost (a file not there before, read as empty, must still not be there). */
async function refuseChanged(files: readonly { at: string; before: string }[]): Promise<void> {
  for (const { at, before } of files) {
    const now = await readKpis(at, displayPath(at)).catch(() => ({ text: undefined }));
    if ((now.text ?? '') !== before)
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

type Editor = typeof import('../tracker/edit-scenario.js').ScenarioEditor;
type Plan = { edits: ObjectiveEdit[]; records: RecordEdit[] };
type Changed = EditedFile & { before: string };

/** A file's text edited by `edit`, a byte-order mark kept aside (validation's text has none, the file must keep it). */
async function editFile(
  dataDir: string,
  rel: string,
  edit: (text: string) => string,
): Promise<{ before: string; after: string }> {
  const at = path.join(dataDir, rel);
  const { text = '' } = await readKpis(at, displayPath(at));
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  return { before: text, after: `${bom}${edit(text.slice(bom.length))}` };
}

/** The files the edits change (scenario files, risks.yaml, decisions.yaml), edited as text: nothing written yet. */
async function editedFiles(dataDir: string, plan: Plan, Editor: Editor): Promise<Changed[]> {
  const files = await scenarioFiles(dataDir);
  const changed: Changed[] = [];
  for (const [scenarioId, edits] of groupBy(plan.edits)) {
    const file = files.get(scenarioId);
    if (!file) continue;
    const rel = `scenarios/${path.basename(file.absolutePath)}`;
    const { before, after } = await editFile(dataDir, rel, (text) => {
      const editor = new Editor(text, parseDocument(text));
      for (const e of edits) editor.apply(e);
      return editor.result();
    });
    if (after !== before) changed.push({ rel, before, after, edits: edits.map(locatedObjective) });
  }
  for (const register of registers) {
    const edits = plan.records.filter((e) => e.register === register.mark);
    if (edits.length === 0) continue;
    const { before, after } = await editFile(dataDir, register.file, (text) => {
      const editor = new Editor(text, parseDocument(text), register.order);
      for (const e of edits) editor.applyTo(register.section, e.id, e.fields);
      return editor.result();
    });
    const located = edits.map((e) => locatedRecord(register.section, e));
    if (after !== before) changed.push({ rel: register.file, before, after, edits: located });
  }
  const kpiEdits = plan.records.filter((e) => e.register === 'kpis');
  if (kpiEdits.length > 0) {
    const { before, after } = await editFile(dataDir, 'kpis.yaml', (text) => {
      const editor = new Editor(text, parseDocument(text));
      for (const e of kpiEdits) {
        const dates = [...new Set([...Object.keys(e.before), ...Object.keys(e.fields)])].sort();
        editor.applyTo(['kpis', e.id], 'series', e.fields, dates);
      }
      return editor.result();
    });
    const located = kpiEdits.map((e) => ({ section: ['kpis', e.id], id: 'series', cells: e.cells }));
    if (after !== before) changed.push({ rel: 'kpis.yaml', before, after, edits: located });
  }
  return changed;
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
