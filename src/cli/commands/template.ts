import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { readInside } from '../../data/read-inside.js';
import { unreadable } from '../../data/read-yaml-file.js';
import { displayPath } from '../../problems/display-path.js';
import { writeFiles, type OutputFile } from '../../output/write-files.js';
import { UserError, userError } from '../../problems/user-error.js';
import { id } from '../../schema/common.js';
import type { CorporateTheme } from '../../templating/import/read-theme.js';
import { loadTemplate } from '../../templating/load-template.js';
import type { CommandContext } from '../context.js';

interface ImportOptions {
  name: string;
  dir: string;
  force?: boolean;
}

/** The template an imported one extends: a name that would shadow it is refused. */
const PARENT = 'default';

export function registerTemplate(program: Command, ctx: CommandContext): void {
  const template = program
    .command('template')
    .summary('work with templates')
    .description('Work with templates (brand, composition and wording of the deck).');
  template
    .command('import')
    .summary('create a template from a corporate .pptx or .potx')
    .description(
      "Creates <dir>/<name>/ from a PowerPoint file: the theme's colours (each moved to the nearest shade with enough contrast where it has too little) and fonts, and the picture on the most slide layouts as the logo. The new template extends default. The template is checked before anything is written.",
    )
    .argument('<file>', 'a .pptx or .potx file (or a macro-enabled .pptm or .potm: its macros are not used)')
    .requiredOption('--name <name>', 'name of the new template (lower-case words joined by hyphens)')
    .option('--dir <dir>', 'folder the template goes in', 'templates')
    .option('--force', 'replace the files of an existing template')
    .action((file: string, opts: ImportOptions) => importTemplate(file, opts, ctx));
}

/** template import: the PowerPoint file read, the template made and checked, then written and described. */
async function importTemplate(file: string, opts: ImportOptions, ctx: CommandContext): Promise<void> {
  checkImportArguments(file, opts);
  const { bytes, theme } = await readPowerPoint(file);
  // Loaded here: the zip and XML readers serve only this command.
  const { importedTemplateFiles } = await import('../../templating/import/template-files.js');
  const dir = path.resolve(opts.dir, opts.name);
  const parent = (await loadTemplate(PARENT)).template;
  if (!parent) throw new Error(`the built-in template ${PARENT} does not load`);
  const made = importedTemplateFiles(opts.name, path.basename(file), theme, parent.theme.colors);
  const { importedMasterFiles } = await import('../../templating/import/master-files.js');
  const master = importedMasterFiles(bytes);
  const files = [...made.files, ...master.files].map(([rel, content]) => ({ rel, content }));
  await checkTemplate(opts.name, files);
  await writeFiles(
    files.map((f) => ({ path: path.join(dir, f.rel), content: f.content })),
    { overwrite: Boolean(opts.force) },
  );
  const found = [
    `${Object.keys(theme.colors).length} theme colours`,
    theme.majorFont || theme.minorFont
      ? `fonts ${[...new Set([theme.majorFont, theme.minorFont].filter(Boolean))].join(' and ')}`
      : "no fonts (the default template's are kept)",
    theme.logo ? `a ${theme.logo.width}×${theme.logo.height} logo` : 'no logo',
  ];
  for (const note of [...theme.notes, ...made.notes, ...master.notes]) ctx.io.err(`ztdeck: note: ${note}\n`);
  if (master.report.length)
    ctx.io.err(
      `The slide master is kept (master.potx), with these layouts (master.yaml):\n${master.report.map((l) => `  ${l}\n`).join('')}`,
    );
  ctx.io.err(
    `Created ${displayPath(dir)}/ from ${path.basename(file)}: ${found.join(', ')}. Build with it: ztdeck build --template ${displayPath(dir)}\n`,
  );
}

/** The name and the file's kind, checked before anything is read. */
function checkImportArguments(file: string, opts: ImportOptions): void {
  const usage = (message: string, hint: string) => userError('usage', 'usage', message, { hint });
  if (!id.safeParse(opts.name).success)
    throw usage(
      `--name ${opts.name} is not a valid template name`,
      'use lower-case letters, digits and hyphens, for example acme-brand',
    );
  if (opts.name === PARENT)
    throw usage(`--name ${PARENT} would hide the template it extends`, 'choose a name of your own, for example acme');
  if (!/\.(pptx|potx|pptm|potm)$/i.test(file))
    throw usage(
      `${file} is not a PowerPoint file (.pptx, .potx, .pptm or .potm)`,
      'give a PowerPoint presentation or template',
    );
}

/** The file's bytes, within the package limit, and its theme: a located UserError when either cannot be read. */
async function readPowerPoint(file: string): Promise<{ bytes: Buffer; theme: CorporateTheme }> {
  const { PACKAGE_LIMITS } = await import('../../ooxml/read-package.js');
  const { readCorporateTheme } = await import('../../templating/import/read-theme.js');
  const located = { file: displayPath(path.resolve(file)) };
  const real = await realpath(file).catch(() => undefined);
  const info = real ? await stat(real) : undefined;
  if (!real || !info?.isFile())
    throw userError('input', 'path-not-found', `${file} does not exist or is not a file`, {
      hint: 'check the path',
      location: located,
    });
  let bytes: Buffer;
  try {
    bytes = await readInside(path.dirname(real), path.basename(real), PACKAGE_LIMITS.bytes);
  } catch (e) {
    throw new UserError(
      [{ ...unreadable(e, located.file), hint: 'use the template file (.potx) rather than a large deck' }],
      'input',
    );
  }
  try {
    return { bytes, theme: await readCorporateTheme(bytes, { macroEnabled: /m$/i.test(file) }) };
  } catch (e) {
    throw userError(
      'input',
      'template-asset',
      `${path.basename(file)} cannot be read as a PowerPoint file: ${e instanceof Error ? e.message : String(e)}`,
      { hint: 'save it again from PowerPoint as .pptx or .potx', location: located },
    );
  }
}

/** Loads the new template from a private temporary folder before anything reaches the user's: a template that does not load is never written. */
async function checkTemplate(
  name: string,
  files: readonly { rel: string; content: OutputFile['content'] }[],
): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'ztdeck-import-'));
  try {
    const dir = path.join(scratch, name);
    await writeFiles(
      files.map((f) => ({ path: path.join(dir, f.rel), content: f.content })),
      { overwrite: true, kind: 'input' },
    );
    const check = await loadTemplate(dir);
    if (!check.template) throw new UserError(check.problems, 'input');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
