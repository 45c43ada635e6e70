import { Command, CommanderError } from 'commander';
import { ztdeckVersion } from '../paths.js';
import { isUserError } from '../problems/user-error.js';
import { registerBuild } from './commands/build.js';
import { registerCatalog } from './commands/catalog.js';
import { registerDiff } from './commands/diff.js';
import { registerDoctor } from './commands/doctor.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerSchema } from './commands/schema.js';
import { registerTemplate } from './commands/template.js';
import { registerTracker } from './commands/tracker.js';
import { registerValidate } from './commands/validate.js';
import { printProblems, type CommandContext } from './context.js';
import { exitCodeOf, exitCodes } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

const commands = [
  registerBuild,
  registerDiff,
  registerValidate,
  registerImport,
  registerCatalog,
  registerSchema,
  registerInit,
  registerTemplate,
  registerDoctor,
  registerTracker,
] as const;

/** The whole CLI: argv in, exit code out. Only bin.ts touches the process. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exit: number = exitCodes.ok;
  const ctx: CommandContext = {
    io,
    setExit: (code) => {
      exit = code;
    },
  };
  const program = new Command('ztdeck')
    .description('Zero Trust adoption progress decks, charts and reports from YAML.')
    .version(ztdeckVersion, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run ztdeck --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of commands) register(program, ctx);
  const configure = (cmd: Command, prefix: string) => {
    for (const sub of cmd.commands) {
      sub
        .exitOverride()
        .configureOutput({ writeOut: io.out, writeErr: io.err })
        .showHelpAfterError(`(run ztdeck ${prefix}${sub.name()} --help for usage)`);
      configure(sub, `${prefix}${sub.name()} `);
    }
  };
  configure(program, '');

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return exitCodes.ok;
      return e.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (isUserError(e)) {
      printProblems(ctx, e.problems);
      return exitCodeOf[e.kind];
    }
    io.err(
      `ztdeck: internal error. This is a bug in ztdeck; please report it with the text below.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return exitCodes.internal;
  }
}
