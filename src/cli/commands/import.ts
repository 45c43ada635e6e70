import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { catalogsFor, validate } from '../../api.js';
import { folderSource } from '../../data/file-source.js';
import { displayPath, readYamlFile } from '../../data/read-yaml-file.js';
import { periods, type Period } from '../../imports/dates.js';
import { MAPPING_FILE } from '../../imports/hints/mapping.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../../imports/input/text.js';
import type { InputFile } from '../../imports/input/read-input.js';
import { sourceIds, type SourceId } from '../../imports/types.js';
import { writeFiles } from '../../output/write-files.js';
import type { Problem } from '../../report/problem.js';
import { hasErrors } from '../../report/problem.js';
import { UserError } from '../../report/user-error.js';
import { isRealDate } from '../../schema/common.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';

interface ImportOptions { data: string; kpi: string[]; asOf?: string; every?: Period; tenant?: string; replace?: boolean; dryRun?: boolean; format: 'text' | 'json' }

const usage = (message: string, hint: string) => new UserError([{ code: 'usage', severity: 'error', message, hint }], exitCodes.usage);

/** Reads the files to import, each checked against the size cap before a byte is read. */
async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  if (paths.length > MAX_IMPORT_FILES) throw usage(`${paths.length} files given; one import reads at most ${MAX_IMPORT_FILES}`, 'import them in several runs');
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  for (const p of paths) {
    const file = displayPath(path.resolve(p));
    const info = await stat(p).catch(() => undefined);
    if (!info) problems.push({ code: 'path-not-found', severity: 'error', message: `${file} does not exist`, hint: 'check the path', location: { file } });
    else if (!info.isFile()) problems.push({ code: 'path-not-a-folder', severity: 'error', message: `${file} is a folder, not a file`, hint: 'give the files to import', location: { file } });
    else if (info.size > MAX_IMPORT_BYTES) problems.push({ code: 'file-too-large', severity: 'error', message: `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit for a file to import is ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`, hint: 'save the data in several files (Graph pages) and give them all', location: { file } });
    else files.push({ file, name: path.basename(p), bytes: await readFile(p) });
  }
  if (problems.length > 0) throw new UserError(problems, exitCodes.invalidInput);
  return files;
}

export function registerImport(program: Command, ctx: CommandContext): void {
  program.command('import')
    .summary('import KPI values from Secure Score, Zero Trust Assessment, Intune, Entra, Defender, Maester or ScubaGear files')
    .description([
      'Adds the values of files the tools wrote (an API answer saved as JSON, a portal CSV export, an assessment report) to kpis.yaml, offline.',
      `Sources: ${sourceIds.join(', ')}; detected from each file's shape when not named.`,
      'kpis.yaml is edited, not rewritten: comments and untouched lines stay byte for byte; each imported value carries a "# import <source>: ..." comment.',
      'Dates come from the file: the calendar date as the stamp writes it (the UTC date of a Z stamp, the local date of a +10:00 stamp); a file without dates needs --as-of.',
      'Nothing is written when anything is wrong, or when the result would not pass ztdeck validate.',
    ].join(' '))
    .argument('<source-or-files...>', `[source] then the files: ${sourceIds.join(' | ')}`)
    .option('--data <dir>', 'program folder', 'data')
    .addOption(new Option('--kpi <id>', 'send the values to this KPI (or <measure>=<kpi-id>); repeat for several').argParser((v: string, acc: string[]) => [...acc, v]).default([], 'each measure to the KPI of its id'))
    .option('--as-of <YYYY-MM-DD>', 'the date of values whose file carries none (never the file\'s modification time)')
    .addOption(new Option('--every <period>', 'keep one value per period: the last on or before its end').choices(periods))
    .option('--tenant <id>', 'the tenant to import when the files hold several')
    .option('--replace', 'replace a value kpis.yaml already holds for a date with the imported one')
    .option('--dry-run', 'print the change as a diff and write nothing')
    .addOption(new Option('--format <format>', 'how the report is printed').choices(['text', 'json']).default('text'))
    .action(async (args: string[], opts: ImportOptions) => {
      try {
        await runCommand(ctx, args, opts);
      } catch (e) {
        // Tools asked for JSON get the problems as JSON too (stderr; stdout stays empty).
        if (!(e instanceof UserError) || opts.format !== 'json') throw e;
        printProblems(ctx, e.problems, 'json');
        ctx.setExit(e.exitCode);
      }
    });
}

async function runCommand(ctx: CommandContext, args: readonly string[], opts: ImportOptions): Promise<void> {
  const [first = '', ...rest] = args;
  const source = (sourceIds as readonly string[]).includes(first) ? (first as SourceId) : undefined;
  const paths = source ? rest : args;
  if (paths.length === 0) throw usage('no file to import', `give the files, for example: ztdeck import secure-score secureScores.json`);
  if (opts.asOf !== undefined && !isRealDate(opts.asOf)) throw usage(`--as-of ${opts.asOf} is not a date`, 'write it as YYYY-MM-DD');

  // Loaded here: the readers, csv-parse and the editor serve only this command.
  const [{ runImport }, { withFile }, { unifiedDiff }, { reportJson }, { reportText }, { summaryLine }] = await Promise.all([
    import('../../imports/run-import.js'), import('../../imports/overlay-source.js'), import('../../imports/kpis/line-diff.js'),
    import('../../imports/report/report-json.js'), import('../../imports/report/report-text.js'), import('../../imports/report/summary.js'),
  ]);
  const dataDir = path.resolve(opts.data);
  const checked = await validate(dataDir);
  // The program must be valid before anything is added to it (ztdeck validate shows the same problems).
  if (!checked.data) throw new UserError(checked.problems, exitCodes.invalidInput);
  const data = checked.data;
  const files = await readInputs(paths);
  const kpisPath = path.join(dataDir, 'kpis.yaml');
  const kpisFile = displayPath(kpisPath);
  const kpisText = await readFile(kpisPath, 'utf8').catch(() => undefined);
  const mappingPath = path.join(dataDir, MAPPING_FILE);
  const mapping = (await stat(mappingPath).catch(() => undefined)) ? await readYamlFile(mappingPath) : undefined;
  if (mapping && !mapping.yaml) throw new UserError(mapping.problems, exitCodes.invalidInput);
  const builtin = [...(await catalogsFor()).catalogs.values()].map((c) => c.index).filter((c) => c.id !== data.catalog.id);

  const result = runImport({
    files, ...(source ? { source } : {}), kpi: opts.kpi, ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.every ? { every: opts.every } : {}),
    ...(opts.tenant ? { tenant: opts.tenant } : {}), replace: Boolean(opts.replace), program: data, catalogs: [data.catalog, ...builtin],
    kpis: { file: kpisFile, ...(kpisText === undefined ? {} : { text: kpisText }) }, ...(mapping?.yaml ? { mapping: mapping.yaml } : {}),
  });
  if (hasErrors(result.problems)) throw new UserError(result.problems, exitCodes.invalidInput);
  const changed = result.after !== result.before;
  if (changed) {
    const after = await validate(withFile(folderSource(dataDir), 'kpis.yaml', result.after));
    if (hasErrors(after.problems)) {
      throw new UserError([{ code: 'import-conflict', severity: 'error', message: `the import would leave ${kpisFile} invalid, so nothing was written`, hint: 'the problems below say why' }, ...after.problems], exitCodes.invalidInput);
    }
  }
  printProblems(ctx, result.problems, opts.format === 'json' ? 'json' : 'text');
  const diff = opts.dryRun ? unifiedDiff(result.before, result.after, path.relative(dataDir, kpisPath)) : '';
  if (changed && !opts.dryRun) await writeFiles([{ path: kpisPath, content: result.after }], { overwrite: true, exitCode: exitCodes.outputFailed });
  if (opts.format === 'json') ctx.io.out(reportJson(result, { kpisFile, written: changed && !opts.dryRun, diff: opts.dryRun ? diff : null }));
  else ctx.io.out(`${reportText(result, kpisFile)}${diff ? `\n${diff}` : ''}`);
  ctx.io.err(`${summaryLine(result, kpisFile, opts.dryRun ? 'dry-run' : 'written')}\n`);
}
