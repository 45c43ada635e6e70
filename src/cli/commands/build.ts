import path from 'node:path';
import { Option, type Command } from 'commander';
import type { BatchTask } from '../../batch/protocol.js';
import { defaultJobs, runBatch } from '../../batch/run-batch.js';
import { buildAndWrite, type BuildStage } from '../../pipeline/build.js';
import { allFormats, outputFormats, outputs, type OutputFormat } from '../../pipeline/outputs.js';
import { displayPath } from '../../problems/display-path.js';
import { userError } from '../../problems/user-error.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodeOf, exitCodes } from '../exit-codes.js';
import { progressLine } from '../progress.js';
import { plural } from '../../problems/plural.js';
import { builtParts } from '../build-summary.js';

interface BuildCliOptions {
  out: string;
  deck?: string;
  template?: string;
  since?: string;
  format: string[];
  check?: boolean;
  quiet?: boolean;
  jobs?: string;
  watch?: boolean;
}

/** --format pptx,html or --format pptx --format html */
function parseFormats(values: readonly string[]): OutputFormat[] | undefined {
  const asked = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = asked.filter((f) => !(outputFormats as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw userError('usage', 'usage', `unknown --format ${unknown.join(', ')}`, {
      hint: `use ${outputFormats.join(', ')} (comma-separated)`,
    });
  // None named: the program's or the template's formats:, else the default set (the build decides, once they are read).
  return asked.length > 0 ? ([...new Set(asked)] as OutputFormat[]) : undefined;
}

const STAGE_WORDS: Record<BuildStage, string> = {
  validate: 'validating',
  charts: 'drawing charts',
  deck: 'laying out the deck',
  reports: 'writing reports',
};

/**
 * The progress line: the stage at work, and the charts drawn so far while they
 * are drawn beside the deck ("laying out the deck… (charts 7/19)").
 */
export function progressText(show: (text: string) => void): (stage: BuildStage, done?: number, total?: number) => void {
  let current: BuildStage = 'validate';
  let charts = '';
  return (stage, done, total) => {
    if (stage === 'charts') charts = total && (done ?? 0) < total ? `${done ?? 0}/${total}` : '';
    // Chart progress does not take the line from a later stage.
    if (stage !== 'charts' || current === 'validate') current = stage;
    if (current === 'charts') show(`${STAGE_WORDS.charts}${charts ? ` ${charts}` : ''}…`);
    else show(`${STAGE_WORDS[current]}…${charts ? ` (charts ${charts})` : ''}`);
  };
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .summary('build the deck, charts and reports of a program')
    .description(
      `Validates the program, computes every number once, and writes the outputs: ${outputFormats.map((f) => `${f} (${outputs[f].description})`).join('; ')}. Nothing is written when the data has errors; an existing file is replaced only by a complete new one.`,
    )
    .argument('[data-dirs...]', 'program folder, or several (each into <out>/<folder name>/, in parallel)')
    .option('--out <dir>', 'output folder', 'output')
    .option(
      '--template <name-or-path>',
      "template to use instead of the program's (a name in ./templates or built in, or a folder)",
    )
    .option('--deck <name>', 'which deck of the template (full, exec...)')
    .option(
      '--since <state>',
      'an earlier state to compare with (a folder, HEAD~1, a tag, or HEAD~1:data): adds what changed since',
    )
    .addOption(
      new Option(
        '--format <formats...>',
        `outputs to write, comma-separated: ${outputFormats.join(', ')} (default: ${allFormats.join(', ')})`,
      ).default([]),
    )
    .option('--check', 'build everything in memory and write nothing')
    .option(
      '-w, --watch',
      "build, then build again whenever the program's files or its template change (Ctrl-C to stop)",
    )
    .option('-q, --quiet', 'print only warnings and errors')
    .option('--jobs <n>', 'with several programs: how many to build at once (default: the number of CPU cores)')
    .action(async (dataDirs: string[], opts: BuildCliOptions) => {
      const started = performance.now();
      const formats = parseFormats(opts.format);
      if (opts.watch) {
        refuseWatchWith(dataDirs, opts);
        const { watchBuild } = await import('./build-watch.js');
        ctx.setExit(
          await watchBuild(ctx, {
            dataDir: dataDirs[0] ?? 'data',
            outDir: opts.out,
            formats,
            template: opts.template,
            deck: opts.deck,
            since: opts.since,
            quiet: Boolean(opts.quiet),
          }),
        );
        return;
      }
      if (dataDirs.length > 1) {
        ctx.setExit(await buildMany(ctx, dataDirs, formats, opts));
        return;
      }
      const dataDir = dataDirs[0] ?? 'data';
      const showProgress = ctx.io.errIsTTY && !ctx.io.env.CI && !opts.quiet;
      const line = showProgress ? progressLine(ctx.io) : undefined;
      const result = await buildAndWrite(dataDir, {
        outDir: opts.out,
        formats,
        deck: opts.deck,
        template: opts.template,
        since: opts.since,
        check: Boolean(opts.check),
        ...(line ? { onProgress: progressText((text) => line.show(text)) } : {}),
      }).finally(() => line?.clear());
      printProblems(ctx, result.warnings);
      if (opts.quiet) return;
      for (const f of result.files) ctx.io.out(`${opts.check ? 'Checked' : 'Wrote'} ${displayPath(f.path)}\n`);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      ctx.io.err(
        `${opts.check ? 'Built in memory, nothing written' : 'Built'}: ${builtParts(result, result.formats)} in ${seconds} s\n`,
      );
    });
}

/** --watch is for one program whose outputs are written. */
function refuseWatchWith(dataDirs: readonly string[], opts: BuildCliOptions): void {
  if (dataDirs.length > 1)
    throw userError('usage', 'usage', '--watch builds one program, not several', {
      hint: 'run one ztdeck build --watch per program folder',
    });
  if (opts.check)
    throw userError('usage', 'usage', '--watch cannot be used with --check', {
      hint: 'to check the data as you edit it, drop --check: a failed build keeps the last good outputs',
    });
  if (opts.jobs !== undefined)
    throw userError('usage', 'usage', '--jobs is for several programs, not --watch', { hint: 'drop --jobs' });
}

/** Several programs: each into <out>/<folder name>/, in parallel; one broken program does not stop the others. */
async function buildMany(
  ctx: CommandContext,
  dataDirs: string[],
  formats: OutputFormat[] | undefined,
  opts: BuildCliOptions,
): Promise<number> {
  const started = performance.now();
  const names = dataDirs.map((d) => path.basename(path.resolve(d)));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice)
    throw userError('usage', 'usage', `two programs would write to ${opts.out}/${twice}/`, {
      hint: 'give each program folder its own name',
    });
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw userError('usage', 'usage', `--jobs ${opts.jobs} is not a positive whole number`, {
      hint: 'for example --jobs 2',
    });
  const tasks: BatchTask[] = dataDirs.map((dataDir, index) => ({
    index,
    dataDir,
    outDir: path.join(opts.out, names[index] ?? String(index)),
    ...(formats ? { formats } : {}),
    check: Boolean(opts.check),
    ...(opts.template ? { template: opts.template } : {}),
    ...(opts.deck ? { deck: opts.deck } : {}),
    ...(opts.since ? { since: opts.since } : {}),
  }));
  const line = ctx.io.errIsTTY && !ctx.io.env.CI && !opts.quiet ? progressLine(ctx.io) : undefined;
  const results = await runBatch(tasks, jobs, (_, done) =>
    line?.show(`built ${done}/${tasks.length} programs…`),
  ).finally(() => line?.clear());
  let exit: number = exitCodes.ok;
  for (const r of results) {
    const name = names[r.index] ?? '';
    if (r.ok) {
      if (!opts.quiet)
        ctx.io.out(
          `ok      ${name}: ${plural(r.slides, 'slide')}, ${plural(r.charts, 'chart')}, ${plural(r.files.length, 'file')} in ${displayPath(path.resolve(tasks[r.index]?.outDir ?? ''))}/ (${r.seconds.toFixed(1)} s)\n`,
        );
      printProblems(ctx, r.warnings);
      continue;
    }
    ctx.io.out(`FAILED  ${name} (${r.seconds.toFixed(1)} s)\n`);
    if ('bug' in r) {
      ctx.io.err(
        `ztdeck: internal error while building ${name}. This is a bug in ztdeck; please report it.\n${r.bug}\n`,
      );
      exit = Math.max(exit, exitCodes.internal);
    } else {
      printProblems(ctx, r.problems);
      exit = Math.max(exit, exitCodeOf[r.kind]);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ctx.io.err(
    `${opts.check ? 'Built in memory, nothing written' : 'Built'}: ${results.length - failed} of ${plural(results.length, 'program')} in ${seconds} s with ${Math.min(jobs, tasks.length)} worker${Math.min(jobs, tasks.length) === 1 ? '' : 's'}${failed ? `; ${failed} failed` : ''}\n`,
  );
  return exit;
}
