import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { folderSource } from '../data/file-source.js';
import { readYamlFile } from '../data/read-yaml-file.js';
import type { Period } from '../imports/dates.js';
import { MAPPING_FILE } from '../imports/hints/mapping.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../imports/input/text.js';
import type { InputFile } from '../imports/input/read-input.js';
import type { ImportResult } from '../imports/run-import.js';
import type { SourceId } from '../imports/types.js';
import { writeFiles } from '../output/write-files.js';
import { displayPath } from '../problems/display-path.js';
import { hasErrors, problem, type Problem } from '../problems/problem.js';
import { UserError, userError } from '../problems/user-error.js';
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
  const [{ runImport }, { withFile }, { unifiedDiff }] = await Promise.all([
    import('../imports/run-import.js'),
    import('../imports/overlay-source.js'),
    import('../imports/kpis/line-diff.js'),
  ]);
  const dataDir = path.resolve(options.dataDir);
  const checked = await validateFolder(dataDir);
  if (!checked.data) throw new UserError(checked.problems, 'input');
  const data = checked.data;
  const files = await readInputs(options.files);
  const kpisPath = path.join(dataDir, 'kpis.yaml');
  const kpisFile = displayPath(kpisPath);
  const kpisText = await readFile(kpisPath, 'utf8').catch(() => undefined);
  const mappingPath = path.join(dataDir, MAPPING_FILE);
  const mapping = (await stat(mappingPath).catch(() => undefined)) ? await readYamlFile(mappingPath) : undefined;
  if (mapping && !mapping.yaml) throw new UserError(mapping.problems, 'input');
  const builtin = [...(await catalogsFor()).catalogs.values()]
    .map((c) => c.index)
    .filter((c) => c.id !== data.catalog.id);

  const result = runImport({
    files,
    ...(options.source ? { source: options.source } : {}),
    kpi: options.kpi,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.every ? { every: options.every } : {}),
    ...(options.tenant ? { tenant: options.tenant } : {}),
    replace: options.replace,
    program: data,
    catalogs: [data.catalog, ...builtin],
    kpis: { file: kpisFile, ...(kpisText === undefined ? {} : { text: kpisText }) },
    ...(mapping?.yaml ? { mapping: mapping.yaml } : {}),
  });
  // Only the command line wrong (a --kpi that names no measure, or no id): a usage error, as a wrong --as-of is.
  const usageOnly = result.problems.every((p) => p.severity !== 'error' || p.code === 'usage');
  if (hasErrors(result.problems)) throw new UserError(result.problems, usageOnly ? 'usage' : 'input');
  const changed = result.after !== result.before;
  if (changed) {
    const after = await validateFolder(withFile(folderSource(dataDir), 'kpis.yaml', result.after));
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
  const diff = options.dryRun ? unifiedDiff(result.before, result.after, path.relative(dataDir, kpisPath)) : '';
  const written = changed && !options.dryRun;
  if (written) await writeFiles([{ path: kpisPath, content: result.after }], { overwrite: true });
  return { result, kpisFile, diff, written };
}

/** Reads the files to import, each checked against the size cap before a byte is read. */
async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  if (paths.length > MAX_IMPORT_FILES)
    throw userError('usage', 'usage', `${paths.length} files given; one import reads at most ${MAX_IMPORT_FILES}`, {
      hint: 'import them in several runs',
    });
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  for (const p of paths) {
    const file = displayPath(path.resolve(p));
    const location = { file };
    const info = await stat(p).catch(() => undefined);
    if (!info) problems.push(problem('path-not-found', `${file} does not exist`, { hint: 'check the path', location }));
    else if (!info.isFile())
      problems.push(
        problem('path-not-a-folder', `${file} is not a file`, { hint: 'give the files to import', location }),
      );
    else if (info.size > MAX_IMPORT_BYTES) {
      problems.push(
        problem(
          'file-too-large',
          `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit for a file to import is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`,
          { hint: 'save the data in several files (Graph pages) and give them all', location },
        ),
      );
    } else files.push({ file, name: path.basename(p), bytes: await readFile(p) });
  }
  if (problems.length > 0) throw new UserError(problems, 'input');
  return files;
}
