import path from 'node:path';
import type { Command } from 'commander';
import { displayPath } from '../../problems/display-path.js';
import { scaffold } from '../../init/scaffold.js';
import { writeFiles } from '../../output/write-files.js';
import { userError } from '../../problems/user-error.js';
import { isRealDate } from '../../schema/common.js';
import { jsonSchemas } from '../../validate/json-schema.js';
import { DEFAULT_CATALOG } from '../../schema/program.js';
import { chooseCatalog } from '../catalog-option.js';
import type { CommandContext } from '../context.js';
import { SCHEMA_DIR } from './schema.js';
import { plural } from '../../problems/plural.js';

interface InitOptions {
  catalog: string;
  organization: string;
  date?: string;
  force?: boolean;
}

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .summary('create a new program folder, ready to edit')
    .description(
      'Creates program.yaml, one file per scenario with every objective listed as not started, kpis.yaml, risks.yaml, decisions.yaml, highlights.yaml and the JSON Schemas for editor completion.',
    )
    .argument('[dir]', 'folder to create', 'data')
    .option('--catalog <id>', 'catalog id', DEFAULT_CATALOG)
    .option('--organization <name>', 'organization name', 'Your organization')
    .option('--date <YYYY-MM-DD>', 'reporting date (default: today)')
    .option('--force', 'replace files that already exist')
    .action(async (dir: string, opts: InitOptions) => {
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      if (!isRealDate(date)) {
        throw userError('usage', 'usage', `--date ${date} is not a date from 1980 to 2099`, {
          hint: 'write it as YYYY-MM-DD',
        });
      }
      const { index: catalog, available } = await chooseCatalog(opts.catalog);
      const root = path.resolve(dir);
      const files = [...scaffold(catalog, { organization: opts.organization, date })].map(([rel, content]) => ({
        path: path.join(root, rel),
        content,
      }));
      for (const [name, content] of jsonSchemas(catalog, available))
        files.push({ path: path.join(root, SCHEMA_DIR, name), content });
      await writeFiles(files, { overwrite: Boolean(opts.force) });
      ctx.io.err(
        `Created ${displayPath(root)}/ with ${plural(files.length, 'file')}. Next: edit the files, then run "ztdeck validate ${displayPath(root)}".\n`,
      );
    });
}
