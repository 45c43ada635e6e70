import { stat } from 'node:fs/promises';
import path from 'node:path';
import { folderSource } from '../data/file-source.js';
import { readYamlFile } from '../data/read-yaml-file.js';
import type { Period } from '../imports/dates.js';
import { MAPPING_FILE } from '../imports/hints/mapping.js';
import type { ImportRequest, ImportResult } from '../imports/run-import.js';
import type { SourceId } from '../imports/types.js';
import { displayPath } from '../problems/display-path.js';
import { hasErrors, problem, type Problem } from '../problems/problem.js';
import { UserError, userError, type ErrorKind } from '../problems/user-error.js';
import { kpisTarget, readInputs, readKpis } from './import-files.js';
import { catalogsFor, validateFolder } from './validate.js';

export interface ImportOptions {
  dataDir: string;
  files: readonly string[];
  source?: SourceId | undefined;
  kpi: readonly string[];
  asOf?: string | undefined;
  every?: Period | undefined;
  tenant?: string | undefined;
  replace: boolean;
  /** --source: a KPI whose source: names another tool takes this one's. */
  acceptSource?: boolean;
  /** Make the change and report it, write nothing. */
  dryRun: boolean;
}

export interface ImportOutcome {
  result: ImportResult;
  /** kpis.yaml as the user names it. */
  kpisFile: string;
  /** The change as a unified diff, for --dry-run. */
  diff: string;
  written: boolean;
}

/**
 * ztdeck import, from the files to an edited kpis.yaml: the program must be
 * valid before anything is added to it, the files are read within their
 * caps, the edit is made in memory, and the program with the new kpis.yaml
 * must pass validation, or nothing is written.
 */
export async function importKpis(options: ImportOptions): Promise<ImportOutcome> {
  // Loaded here: the readers, csv-parse and the editor serve only this command.
  const [{ kpiSpecProblems }, { unifiedDiff }, { replaceIfUnchanged }] = await Promise.all([
    import('../imports/select-metrics.js'),
    import('../imports/kpis/line-diff.js'),
    import('../output/replace-if-unchanged.js'),
  ]);
  const badSpecs = kpiSpecProblems(options.kpi);
  if (badSpecs.length > 0) throw new UserError(badSpecs, 'usage');
  const job = await prepare(options);
  const kpisFile = job.request.kpis.file;
  // Another import (or an editor) may write kpis.yaml while this one works: the edit is written only
  // over the bytes it was made from, else made again from the new ones, so no one's points are lost.
  for (let attempt = 1; ; attempt++) {
    const { result, bytes } = await editKpis(job);
    if (result.after === result.before || options.dryRun) {
      const diff = options.dryRun ? unifiedDiff(result.before, result.after, 'kpis.yaml') : '';
      return { result, kpisFile, diff, written: false };
    }
    if ((await replaceIfUnchanged(job.target, bytes, result.after)) === 'written')
      return { result, kpisFile, diff: '', written: true };
    if (attempt === MAX_ATTEMPTS) {
      throw userError(
        'output',
        'write-failed',
        `${kpisFile} changed ${MAX_ATTEMPTS} times while this import ran (other imports or an editor), so nothing was written`,
        { hint: 'run the import again', location: { file: kpisFile } },
      );
    }
  }
}

/** What an import works from: the valid program, the files read, and where kpis.yaml really is. */
interface ImportJob {
  dataDir: string;
  /** The file read and replaced (kpis.yaml, or the file it links to). */
  target: string;
  /** Everything the import needs but kpis.yaml's text, which is read again for each attempt. */
  request: ImportRequest;
}

async function prepare(options: ImportOptions): Promise<ImportJob> {
  const dataDir = path.resolve(options.dataDir);
  const checked = await validateFolder(dataDir);
  if (!checked.data) throw new UserError(checked.problems, 'input');
  const data = checked.data;
  const files = await readInputs(options.files);
  const target = await kpisTarget(dataDir);
  const mappingPath = path.join(dataDir, MAPPING_FILE);
  const mapping = (await stat(mappingPath).catch(() => undefined)) ? await readYamlFile(mappingPath) : undefined;
  if (mapping && !mapping.yaml) throw new UserError(mapping.problems, 'input');
  const builtin = [...(await catalogsFor()).catalogs.values()]
    .map((c) => c.index)
    .filter((c) => c.id !== data.catalog.id);
  const request: ImportRequest = {
    files,
    ...(options.source ? { source: options.source } : {}),
    kpi: options.kpi,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.every ? { every: options.every } : {}),
    ...(options.tenant ? { tenant: options.tenant } : {}),
    replace: options.replace,
    acceptSource: options.acceptSource ?? false,
    program: data,
    catalogs: [data.catalog, ...builtin],
    kpis: { file: displayPath(path.join(dataDir, 'kpis.yaml')) },
    ...(mapping?.yaml ? { mapping: mapping.yaml } : {}),
  };
  return { dataDir, target, request };
}

/** The edit of kpis.yaml as it is now, checked with the whole program; with the bytes it was made from. */
async function editKpis(job: ImportJob): Promise<{ result: ImportResult; bytes: Uint8Array | undefined }> {
  const [{ runImport }, { withFile }] = await Promise.all([
    import('../imports/run-import.js'),
    import('../imports/overlay-source.js'),
  ]);
  const kpisFile = job.request.kpis.file;
  const kpis = await readKpis(job.target, kpisFile);
  const result = runImport({
    ...job.request,
    kpis: { file: kpisFile, ...(kpis.text === undefined ? {} : { text: kpis.text }) },
  });
  if (hasErrors(result.problems)) throw new UserError(result.problems, errorKind(result.problems));
  if (result.after !== result.before) {
    const after = await validateFolder(withFile(folderSource(job.dataDir), 'kpis.yaml', result.after));
    if (hasErrors(after.problems)) {
      throw new UserError(
        [
          problem('import-conflict', `the import would leave ${kpisFile} invalid, so nothing was written`, {
            hint: 'the problems below say why',
          }),
          ...after.problems,
        ],
        'input',
      );
    }
  }
  return { result, bytes: kpis.bytes };
}

/** How many times an import makes its edit again when kpis.yaml changed under it. */
const MAX_ATTEMPTS = 10;

/** Errors all about the command line (a --kpi the files cannot follow) are usage errors; any other makes it an input error. */
function errorKind(problems: readonly Problem[]): ErrorKind {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.every((p) => p.code === 'usage') ? 'usage' : 'input';
}
