import path from 'node:path';
import { Option, type Command } from 'commander';
import { openTemplate } from '../../pipeline/template.js';
import { checksWithTemplate, validateFolder } from '../../pipeline/validate.js';
import { displayPath } from '../../problems/display-path.js';
import { countLine, problemFormats, type ProblemFormat } from '../../problems/format-problems.js';
import { hasErrors } from '../../problems/problem.js';
import { printProblems, type CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { plural } from '../../problems/plural.js';

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .summary('check a program folder and report every problem')
    .description(
      'Checks every file of a program folder against the schema, the catalog and each other, and the template it names, and reports every problem with file:line:column and a hint.',
    )
    .argument('[data-dir]', 'program folder', 'data')
    .addOption(
      new Option('--format <format>', 'how problems are printed').choices(Object.keys(problemFormats)).default('text'),
    )
    .action(async (dataDir: string, opts: { format: ProblemFormat }) => {
      const result = await validateFolder(dataDir);
      // The program's template too, as build would load it: its files, and its colours' contrast (warnings).
      const template = result.program
        ? await openTemplate({
            program: result.program.template,
            programDir: dataDir,
            programLocation: result.templateLocation,
          })
        : { problems: [] };
      const problems = [
        ...result.problems,
        ...template.problems,
        ...('opened' in template && template.opened ? checksWithTemplate(result, template.opened.template.kpis) : []),
      ];
      printProblems(ctx, problems, opts.format);
      const failed = hasErrors(problems);
      if (!failed && opts.format === 'text') {
        const d = result.data;
        const objectives = d
          ? d.scenarios.reduce(
              (n, s) => n + d.catalog.objectiveIds(s.scenario).length + Object.keys(s.custom_objectives).length,
              0,
            )
          : 0;
        ctx.io.err(
          `${displayPath(path.resolve(dataDir))} is valid: ${plural(d?.scenarios.length ?? 0, 'scenario')}, ${plural(objectives, 'objective')}, ${plural(Object.keys(d?.kpis ?? {}).length, 'KPI')}, ${plural(Object.keys(d?.risks ?? {}).length, 'risk')} (${countLine(problems)})\n`,
        );
      }
      ctx.setExit(failed ? exitCodes.invalidInput : exitCodes.ok);
    });
}
