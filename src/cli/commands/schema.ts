import path from 'node:path';
import type { Command } from 'commander';
import { displayPath } from '../../problems/display-path.js';
import { writeFiles } from '../../output/write-files.js';
import { jsonSchemas } from '../../validate/json-schema.js';
import { chooseCatalog, type CatalogChoice } from '../catalog-option.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_CATALOG } from '../../schema/program.js';
import { suggestionHint } from '../../problems/suggest.js';
import { userError } from '../../problems/user-error.js';
import { SUMMARY_SCHEMA_FILE, summaryJsonSchema } from '../../present/summary-schema.js';

export const SCHEMA_DIR = 'schema';

const CHOSEN_BY = {
  '--catalog': 'from --catalog',
  'program.yaml': 'named in program.yaml',
  default: 'the default',
} as const satisfies Record<CatalogChoice, string>;

export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .summary('write JSON Schemas of the data files, for editor completion')
    .description(
      'Writes one JSON Schema per data file kind into <data-dir>/schema/ (or --out), generated from the schemas ztdeck validates with, and the schema of summary.json (summary.schema.json). Reference them from the YAML files with a "# yaml-language-server: $schema=..." comment.',
    )
    .argument('[data-dir]', 'program folder', 'data')
    .option('--out <dir>', 'folder to write the schemas to (default: <data-dir>/schema)')
    .option(
      '--catalog <id>',
      `catalog whose ids editors should complete (default: the one program.yaml names, else ${DEFAULT_CATALOG})`,
    )
    .option(
      '--stdout <kind>',
      'print one schema (program, scenario, kpis, risks, decisions, highlights, summary) instead of writing files',
    )
    .action(async (dataDir: string, opts: { out?: string; stdout?: string; catalog?: string }) => {
      const catalog = await chooseCatalog(opts.catalog, dataDir);
      const schemas = jsonSchemas(catalog.index, catalog.available);
      schemas.set(SUMMARY_SCHEMA_FILE, summaryJsonSchema());
      if (opts.stdout !== undefined) {
        const text = schemas.get(`${opts.stdout}.schema.json`);
        if (text === undefined) {
          const kinds = [...schemas.keys()].map((k) => k.replace('.schema.json', ''));
          throw userError('usage', 'usage', `--stdout ${opts.stdout} is not a schema ztdeck writes`, {
            hint: suggestionHint(opts.stdout, kinds, `use one of ${kinds.join(', ')}`),
          });
        }
        ctx.io.out(text);
        return;
      }
      const dir = path.resolve(opts.out ?? path.join(dataDir, SCHEMA_DIR));
      await writeFiles(
        [...schemas].map(([name, content]) => ({ path: path.join(dir, name), content })),
        { overwrite: true },
      );
      ctx.io.err(
        `Wrote ${schemas.size} JSON Schemas to ${displayPath(dir)}/ (catalog ${catalog.index.id}, ${CHOSEN_BY[catalog.from]})\n`,
      );
    });
}
