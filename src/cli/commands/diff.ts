import { Option, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { compareWith } from '../../pipeline/compare.js';
import { loadState } from '../../pipeline/state.js';
import { openTemplate } from '../../pipeline/template.js';
import { UserError } from '../../problems/user-error.js';
import { changesMarkdown, changesText } from '../../render/changes-text.js';
import type { CommandContext } from '../context.js';

const formats = ['text', 'md', 'json'] as const;

export function registerDiff(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .summary('show what changed between two states of a program')
    .description(
      "Compares two states of a program, each a data folder or a git revision of one (HEAD~3:data, a tag, a branch; read with git, without touching the working tree), and prints what changed: objectives completed, started, blocked, at risk or gone backwards, due dates that slipped, new owners, stage states, KPIs against their targets, risks, decisions, and each scenario's percent complete.",
    )
    .argument('<old>', 'the earlier state: a folder, a revision (HEAD~1) or a revision and folder (HEAD~1:data)')
    .argument('[new]', 'the later state (default: the program folder, --data)')
    .option('--data <dir>', 'the program folder, for revisions given without one', 'data')
    .option('--template <name-or-path>', "the template whose words to use (default: the new state's)")
    .addOption(
      new Option('--format <format>', 'text, md (for a pull-request comment) or json')
        .choices([...formats])
        .default('text'),
    )
    .action(
      async (
        oldSpec: string,
        newArg: string | undefined,
        opts: { data: string; template?: string; format: (typeof formats)[number] },
      ) => {
        const newSpec = newArg ?? opts.data;
        // A revision given without a folder means the program folder as it was then.
        const programDir = (await stat(newSpec).then(
          (s) => s.isDirectory(),
          () => false,
        ))
          ? newSpec
          : opts.data;
        const after = await loadState(newSpec, programDir);
        const { opened, problems } = await openTemplate({ flag: opts.template, program: after.template, programDir });
        if (!opened) throw new UserError(problems, 'input');
        const { diff, changes } = await compareWith(
          oldSpec,
          opened.relabel(after),
          { from: oldSpec, to: newSpec, programDir },
          opened,
        );
        const w = opened.wording;
        const title = `${w.t('changes.title', { since: diff.fromDate })} (${oldSpec} → ${newSpec})`;
        const overall = w.t('changes.overall', {
          from: diff.overall.from,
          to: diff.overall.to,
          delta: changes.overall.deltaText,
        });
        if (opts.format === 'json') ctx.io.out(`${JSON.stringify({ diff, changes }, null, 2)}\n`);
        else if (opts.format === 'md') ctx.io.out(changesMarkdown(changes, title, overall));
        else ctx.io.out(changesText(changes, title, overall));
      },
    );
}
