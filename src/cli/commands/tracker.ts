import { Option, type Command } from 'commander';
import { isUserError } from '../../problems/user-error.js';
import { displayPath } from '../../problems/display-path.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodeOf } from '../exit-codes.js';

interface ImportCliOptions {
  data: string;
  dryRun?: boolean;
  format: 'text' | 'json';
}

export function registerTracker(program: Command, ctx: CommandContext): void {
  const tracker = program
    .command('tracker')
    .summary('the Excel tracker: export the program as a workbook people edit, import their edits back')
    .description(
      'A workbook with a sheet per scenario (per track), in the columns of Microsoft’s tracker, for the owners who update statuses in Excel; their edits come back into the YAML, checked, as a diff.',
    );
  tracker
    .command('export')
    .summary('write the program as an Excel workbook')
    .argument('[data-dir]', 'program folder', 'data')
    .requiredOption('--out <file>', 'the workbook to write (.xlsx)')
    .option('--force', 'replace the workbook if it exists')
    .action(async (dataDir: string, opts: { out: string; force?: boolean }) => {
      const { exportTracker } = await import('../../pipeline/tracker-export.js');
      const done = await exportTracker({ dataDir, out: opts.out, force: Boolean(opts.force) });
      ctx.io.err(`wrote ${displayPath(done.file)} (${done.sheets} sheets)\n`);
    });
  tracker
    .command('import')
    .summary("read the owners' edits from the workbook into the program's YAML")
    .argument('<workbook>', 'the tracker workbook (.xlsx) as the owners saved it')
    .option('--data <dir>', 'program folder', 'data')
    .option('--dry-run', 'print the change as a diff and write nothing')
    .addOption(new Option('--format <format>', 'how the report is printed').choices(['text', 'json']).default('text'))
    .action(async (workbook: string, opts: ImportCliOptions) => {
      const { importTracker } = await import('../../pipeline/tracker-import.js');
      const { trackerReportJson, trackerReportText } = await import('../../tracker/report.js');
      try {
        const outcome = await importTracker({ workbook, dataDir: opts.data, dryRun: Boolean(opts.dryRun) });
        if (opts.format === 'json') ctx.io.out(trackerReportJson(outcome));
        else {
          printProblems(ctx, outcome.problems);
          ctx.io.out(trackerReportText(outcome));
        }
      } catch (e) {
        if (!isUserError(e) || opts.format !== 'json') throw e;
        ctx.io.out(trackerReportJson({ problems: e.problems, changes: [], written: false }));
        ctx.setExit(exitCodeOf[e.kind]);
      }
    });
}
