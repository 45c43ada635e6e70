import { Option, type Command } from 'commander';
import { allFormats, build, outputFormats, type BuildStage, type OutputFormat } from '../../build.js';
import { displayPath } from '../../data/read-yaml-file.js';
import { writeFiles } from '../../output/write-files.js';
import { UserError } from '../../report/user-error.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { progressLine } from '../progress.js';

interface BuildCliOptions { out: string; deck?: string; template?: string; format: string[]; check?: boolean; quiet?: boolean }

/** --format pptx,html or --format pptx --format html */
function parseFormats(values: readonly string[]): OutputFormat[] {
  const asked = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = asked.filter((f) => !(f in outputFormats));
  if (unknown.length > 0) {
    throw new UserError([{ code: 'usage', severity: 'error', message: `unknown --format ${unknown.join(', ')}`, hint: `use ${allFormats.join(', ')} (comma-separated)` }], exitCodes.usage);
  }
  return asked.length > 0 ? [...new Set(asked)] as OutputFormat[] : allFormats;
}

const STAGE_WORDS: Record<BuildStage, string> = { validate: 'validating', charts: 'drawing charts', deck: 'laying out the deck', reports: 'writing reports' };

export function registerBuild(program: Command, ctx: CommandContext): void {
  program.command('build')
    .summary('build the deck, charts and reports of a program')
    .description(`Validates the program, computes every number once, and writes the outputs: ${allFormats.map((f) => `${f} (${outputFormats[f]})`).join('; ')}. Nothing is written when the data has errors; an existing file is replaced only by a complete new one.`)
    .argument('[data-dir]', 'program folder', 'data')
    .option('--out <dir>', 'output folder', 'output')
    .option('--template <name-or-path>', 'template to use instead of the program\'s (a name in ./templates or built in, or a folder)')
    .option('--deck <name>', 'which deck of the template (full, exec...)')
    .addOption(new Option('--format <formats...>', `outputs to write, comma-separated: ${allFormats.join(', ')} (default: all)`).default([]))
    .option('--check', 'build everything in memory and write nothing')
    .option('-q, --quiet', 'print only warnings and errors')
    .action(async (dataDir: string, opts: BuildCliOptions) => {
      const started = performance.now();
      const formats = parseFormats(opts.format);
      const showProgress = ctx.io.errIsTTY && !ctx.io.env.CI && !opts.quiet;
      const line = showProgress ? progressLine(ctx.io) : undefined;
      const result = await build(dataDir, {
        outDir: opts.out, formats, ...(opts.deck ? { deck: opts.deck } : {}), ...(opts.template ? { template: opts.template } : {}),
        ...(line ? { onProgress: (stage: BuildStage, done?: number, total?: number) => line.show(`${STAGE_WORDS[stage]}${total ? ` ${done ?? 0}/${total}` : ''}…`) } : {}),
      }).finally(() => line?.clear());
      printProblems(ctx, result.warnings);
      if (!opts.check) await writeFiles(result.files, { overwrite: true, exitCode: exitCodes.outputFailed });
      if (opts.quiet) return;
      for (const f of result.files) ctx.io.out(`${opts.check ? 'Checked' : 'Wrote'} ${displayPath(f.path)}\n`);
      const parts = [
        formats.includes('pptx') ? `deck of ${result.slides} slides with ${result.charts} charts` : '',
        formats.includes('png') ? `${result.images} chart images` : '',
        ...(['html', 'md', 'json'] as const).filter((f) => formats.includes(f)).map((f) => ({ html: 'report.html', md: 'summary.md', json: 'summary.json' })[f]),
      ].filter(Boolean);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      ctx.io.err(`${opts.check ? 'Built in memory, nothing written' : 'Built'}: ${parts.join(', ')} in ${seconds} s\n`);
    });
}
