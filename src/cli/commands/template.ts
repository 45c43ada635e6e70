import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { displayPath } from '../../data/read-yaml-file.js';
import { writeFiles } from '../../output/write-files.js';
import { UserError } from '../../report/user-error.js';
import { id } from '../../schema/common.js';
import { loadTemplate } from '../../templates/load-template.js';
import type { CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';

interface ImportOptions { name: string; dir: string; force?: boolean }

export function registerTemplate(program: Command, ctx: CommandContext): void {
  const template = program.command('template').summary('work with templates').description('Work with templates (brand, composition and wording of the deck).');
  template.command('import')
    .summary('create a template from a corporate .pptx or .potx')
    .description('Creates <dir>/<name>/ from a PowerPoint file: the theme\'s colours and fonts, and the largest picture on its slide master or layouts as the logo. The new template extends default.')
    .argument('<file>', 'a .pptx or .potx file')
    .requiredOption('--name <name>', 'name of the new template (lower-case words joined by hyphens)')
    .option('--dir <dir>', 'folder the template goes in', 'templates')
    .option('--force', 'replace the files of an existing template')
    .action(async (file: string, opts: ImportOptions) => {
      const usage = (message: string, hint: string) => new UserError([{ code: 'usage', severity: 'error', message, hint }], exitCodes.usage);
      if (!id.safeParse(opts.name).success) throw usage(`--name ${opts.name} is not a valid template name`, 'use lower-case letters, digits and hyphens, for example acme-brand');
      if (!/\.(pptx|potx)$/i.test(file)) throw usage(`${file} is not a .pptx or .potx file`, 'give a PowerPoint presentation or template');
      // Loaded here: the zip and XML readers serve only this command.
      const { MAX_PACKAGE_BYTES, readCorporateTheme } = await import('../../templates/import/read-theme.js');
      const { importedTemplateFiles } = await import('../../templates/import/template-files.js');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) throw new UserError([{ code: 'path-not-found', severity: 'error', message: `${file} does not exist`, hint: 'check the path', location: { file } }], exitCodes.invalidInput);
      if (info.size > MAX_PACKAGE_BYTES) throw new UserError([{ code: 'file-too-large', severity: 'error', message: `${file} is larger than ${MAX_PACKAGE_BYTES / 1024 / 1024} MiB`, hint: 'use the template file (.potx) rather than a large deck', location: { file } }], exitCodes.invalidInput);
      let theme;
      try {
        theme = await readCorporateTheme(await readFile(file));
      } catch (e) {
        throw new UserError([{ code: 'template-asset', severity: 'error', message: `${path.basename(file)} cannot be read as a PowerPoint file: ${e instanceof Error ? e.message : String(e)}`, hint: 'save it again from PowerPoint as .pptx or .potx', location: { file } }], exitCodes.invalidInput);
      }
      const dir = path.resolve(opts.dir, opts.name);
      const files = importedTemplateFiles(opts.name, path.basename(file), theme);
      await writeFiles([...files].map(([rel, content]) => ({ path: path.join(dir, rel), content })), { overwrite: Boolean(opts.force), exitCode: exitCodes.outputFailed });
      const check = await loadTemplate(dir);
      if (!check.template) throw new UserError(check.problems, exitCodes.invalidInput);
      const found = [
        `${Object.keys(theme.colors).length} theme colours`,
        theme.majorFont || theme.minorFont ? `fonts ${[...new Set([theme.majorFont, theme.minorFont].filter(Boolean))].join(' and ')}` : 'no fonts (the default template\'s are kept)',
        theme.logo ? `a ${theme.logo.width}×${theme.logo.height} logo` : 'no logo',
      ];
      for (const note of theme.notes) ctx.io.err(`ztdeck: note: ${note}\n`);
      ctx.io.err(`Created ${displayPath(dir)}/ from ${path.basename(file)}: ${found.join(', ')}. Build with it: ztdeck build --template ${displayPath(dir)}\n`);
    });
}
