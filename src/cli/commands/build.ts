import type { Command } from 'commander';
import { build } from '../../build.js';
import { displayPath } from '../../data/read-yaml-file.js';
import { writeFiles } from '../../output/write-files.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';

interface BuildCliOptions { out: string; deck?: string; check?: boolean; quiet?: boolean }

export function registerBuild(program: Command, ctx: CommandContext): void {
  program.command('build')
    .summary('build the progress deck of a program')
    .description('Validates the program, computes every number once, and writes the PowerPoint deck (native text, tables and charts, speaker notes, alt text). Nothing is written when the data has errors; an existing deck is replaced only by a complete new one.')
    .argument('[data-dir]', 'program folder', 'data')
    .option('--out <dir>', 'output folder', 'output')
    .option('--deck <name>', 'which deck of the template (full, exec...)')
    .option('--check', 'build everything in memory and write nothing')
    .option('-q, --quiet', 'print only warnings and errors')
    .action(async (dataDir: string, opts: BuildCliOptions) => {
      const started = performance.now();
      const result = await build(dataDir, { outDir: opts.out, ...(opts.deck ? { deck: opts.deck } : {}) });
      printProblems(ctx, result.warnings);
      if (!opts.check) await writeFiles(result.files, { overwrite: true, exitCode: exitCodes.outputFailed });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!opts.quiet) {
        for (const f of result.files) ctx.io.out(`${opts.check ? 'Checked' : 'Wrote'} ${displayPath(f.path)}\n`);
        ctx.io.err(`${opts.check ? 'Built in memory (nothing written)' : 'Built'}: deck of ${result.slides} slides with ${result.charts} charts in ${seconds} s\n`);
      }
      ctx.setExit(exitCodes.ok);
    });
}
