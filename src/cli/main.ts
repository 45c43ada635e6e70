import { Command, CommanderError } from 'commander';
import { ztdeckVersion } from '../paths.js';
import { isUserError } from '../problems/user-error.js';
import { printProblems, type CommandContext } from './context.js';
import { exitCodeOf, exitCodes } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

type Register = (program: Command, ctx: CommandContext) => void;

/**
 * Each command's module, loaded when it runs: a build does not load the
 * importers, the tracker or the template importer (nor `--version` anything).
 * In the order help lists them.
 */
const commands = new Map<string, () => Promise<Register>>([
  ['build', async () => (await import('./commands/build.js')).registerBuild],
  ['diff', async () => (await import('./commands/diff.js')).registerDiff],
  ['validate', async () => (await import('./commands/validate.js')).registerValidate],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['catalog', async () => (await import('./commands/catalog.js')).registerCatalog],
  ['schema', async () => (await import('./commands/schema.js')).registerSchema],
  ['init', async () => (await import('./commands/init.js')).registerInit],
  ['template', async () => (await import('./commands/template.js')).registerTemplate],
  ['doctor', async () => (await import('./commands/doctor.js')).registerDoctor],
  ['tracker', async () => (await import('./commands/tracker.js')).registerTracker],
]);

/**
 * The commands to register for this command line: the one it names first, or
 * all of them (help, the version, a mistake, whose message lists or suggests
 * the commands).
 */
async function registersFor(argv: readonly string[]): Promise<Register[]> {
  const named = argv[0] === undefined ? undefined : commands.get(argv[0]);
  if (argv[0] === '-v' || argv[0] === '--version') return [];
  await import('../schema/zod-setup.js');
  if (named) return [await named()];
  return Promise.all([...commands.values()].map((load) => load()));
}

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
  const configure = (cmd: Command, prefix: string) => {
    for (const sub of cmd.commands) {
      sub
        .exitOverride()
        .configureOutput({ writeOut: io.out, writeErr: io.err })
        .showHelpAfterError(`(run ztdeck ${prefix}${sub.name()} --help for usage)`);
      configure(sub, `${prefix}${sub.name()} `);
    }
  };

  try {
    for (const register of await registersFor(argv)) register(program, ctx);
    configure(program, '');
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
