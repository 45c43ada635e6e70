import { type Command, Option } from 'commander';
import { periods, type Period } from '../../imports/dates.js';
import { sourceIds, type SourceId } from '../../imports/types.js';
import { importKpis } from '../../pipeline/import-kpis.js';
import { isUserError, userError } from '../../problems/user-error.js';
import { isRealDate } from '../../schema/common.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodeOf } from '../exit-codes.js';

interface ImportCliOptions {
  data: string;
  kpi: string[];
  asOf?: string;
  every?: Period;
  tenant?: string;
  replace?: boolean;
  source?: boolean;
  dryRun?: boolean;
  format: 'text' | 'json';
}

const usage = (message: string, hint: string) => userError('usage', 'usage', message, { hint });

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .summary(
      'import KPI values from Secure Score, Zero Trust Assessment, Intune, Entra, Defender, Maester or ScubaGear files',
    )
    .description(
      [
        'Adds the values of files the tools wrote (an API answer saved as JSON, a portal CSV export, an assessment report) to kpis.yaml, offline.',
        `Sources: ${sourceIds.join(', ')}; detected from each file's shape when not named.`,
        'kpis.yaml is edited, not rewritten: comments and untouched lines stay byte for byte; each imported value carries a "# import <source>: ..." comment.',
        'Dates come from the file: the calendar date as the stamp writes it (the UTC date of a Z stamp, the local date of a +10:00 stamp); a file without dates needs --as-of.',
        'Nothing is written when anything is wrong, or when the result would not pass ztdeck validate.',
      ].join(' '),
    )
    .argument('<source-or-files...>', `[source] then the files: ${sourceIds.join(' | ')}`)
    .option('--data <dir>', 'program folder', 'data')
    .addOption(
      new Option('--kpi <id>', 'send the values to this KPI (or <measure>=<kpi-id>); repeat for several')
        .argParser((v: string, acc: string[]) => [...acc, v])
        .default([], 'each measure to the KPI of its id'),
    )
    .option('--as-of <YYYY-MM-DD>', "the date of values whose file carries none (never the file's modification time)")
    .addOption(
      new Option('--every <period>', 'keep one value per period: the last on or before its end').choices(periods),
    )
    .option('--tenant <id>', 'the tenant to import when the files hold several')
    .option('--replace', 'replace a value kpis.yaml already holds for a date with the imported one')
    .option(
      '--source',
      'make the tool the source: of a KPI whose source: names another (refused without it); its title stays yours',
    )
    .option('--dry-run', 'print the change as a diff and write nothing')
    .addOption(new Option('--format <format>', 'how the report is printed').choices(['text', 'json']).default('text'))
    .action(async (args: string[], opts: ImportCliOptions) => {
      try {
        await runCommand(ctx, args, opts);
      } catch (e) {
        // Tools asked for JSON get a JSON document on stdout when the import fails too: the problems, nothing written.
        if (!isUserError(e) || opts.format !== 'json') throw e;
        const { failedReportJson } = await import('../../imports/report/report-json.js');
        ctx.io.out(failedReportJson(e.problems));
        ctx.setExit(exitCodeOf[e.kind]);
      }
    });
}

async function runCommand(ctx: CommandContext, args: readonly string[], opts: ImportCliOptions): Promise<void> {
  const [first = '', ...rest] = args;
  const source = (sourceIds as readonly string[]).includes(first) ? (first as SourceId) : undefined;
  const files = source ? rest : args;
  if (files.length === 0)
    throw usage('no file to import', `give the files, for example: ztdeck import secure-score secureScores.json`);
  if (opts.asOf !== undefined && !isRealDate(opts.asOf))
    throw usage(`--as-of ${opts.asOf} is not a date`, 'write it as YYYY-MM-DD');
  const outcome = await importKpis({
    dataDir: opts.data,
    files,
    source,
    kpi: opts.kpi,
    asOf: opts.asOf,
    every: opts.every,
    tenant: opts.tenant,
    replace: Boolean(opts.replace),
    acceptSource: Boolean(opts.source),
    dryRun: Boolean(opts.dryRun),
  });
  const [{ reportJson }, { reportText }, { summaryLine }] = await Promise.all([
    import('../../imports/report/report-json.js'),
    import('../../imports/report/report-text.js'),
    import('../../imports/report/summary.js'),
  ]);
  const { result, kpisFile, diff, written } = outcome;
  // JSON: the problems (warnings) are part of the report on stdout; text: diagnostics on stderr.
  if (opts.format === 'json') ctx.io.out(reportJson(result, { kpisFile, written, diff: opts.dryRun ? diff : null }));
  else {
    printProblems(ctx, result.problems);
    ctx.io.out(`${reportText(result, kpisFile)}${diff ? `\n${diff}` : ''}`);
  }
  ctx.io.err(`${summaryLine(result, kpisFile, opts.dryRun ? 'dry-run' : 'written')}\n`);
}
