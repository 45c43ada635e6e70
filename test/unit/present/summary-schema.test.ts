import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { diffPrograms } from '../../../src/diff/diff-programs.js';
import { build } from '../../../src/pipeline/build.js';
import { changesContext } from '../../../src/present/changes-context.js';
import { reportContext } from '../../../src/present/report-context.js';
import { SUMMARY_SCHEMA_FILE, summaryJsonSchema } from '../../../src/present/summary-schema.js';
import { renderJson } from '../../../src/render/report/render-reports.js';
import { boardProgram } from '../../helpers/board-program.js';
import { repoRoot } from '../../helpers/cli.js';
import { defaultTemplate, modelOf, validFixture } from '../../helpers/program.js';

/**
 * summary.json is a published contract (ztdeck.summary/1): its JSON Schema,
 * generated from the zod schema the report context is typed with, must accept
 * what ztdeck writes, key for key (no key missing, none undeclared).
 */
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(summaryJsonSchema()) as object);
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-summary-schema-'));

async function summaryOf(program: string): Promise<unknown> {
  const result = await build(program, { outDir: tmp(), formats: ['json'] });
  const file = result.files.find((f) => path.basename(f.path) === 'summary.json');
  return JSON.parse(String(file?.content));
}

function errors(summary: unknown): string {
  return validate(summary) ? 'No errors' : ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('the JSON Schema of summary.json', () => {
  it("accepts the example's summary.json", async () => {
    expect(errors(await summaryOf(path.join(repoRoot, 'data')))).toBe('No errors');
  });
  it('accepts the summary of a program with risks, decisions, KPIs and a risk appetite', async () => {
    const program = boardProgram({
      objectives: 60,
      decisions: 8,
      risks: 12,
      highlights: 3,
      kpis: 3,
      seed: 24,
      appetite: { max_score: 9, by_impact_area: { regulatory: 4 } },
    });
    const summary = (await summaryOf(program)) as { riskAppetite: unknown; risks: unknown[]; decisions: unknown[] };
    expect(summary.riskAppetite).not.toBeNull();
    expect(summary.risks.length).toBeGreaterThan(0);
    expect(summary.decisions.length).toBeGreaterThan(0);
    expect(errors(summary)).toBe('No errors');
  });
  it('accepts a summary with changes (build --since)', async () => {
    const { wording } = await defaultTemplate();
    const before = await modelOf(validFixture('minimal'));
    const after = await modelOf(path.join(repoRoot, 'data'));
    const diff = diffPrograms(before, after, { from: 'before', to: 'after' });
    const summary = JSON.parse(renderJson(reportContext(after, wording, changesContext(diff, after, wording))));
    expect((summary as { changes: { sections: unknown[] } }).changes.sections.length).toBeGreaterThan(0);
    expect(errors(summary)).toBe('No errors');
  });
  it('refuses a key that is missing or not declared, so the schema and the output cannot drift apart', async () => {
    const summary = (await summaryOf(validFixture('minimal'))) as Record<string, unknown>;
    const { healthRule: _, ...missing } = summary;
    expect(errors(missing)).toContain("must have required property 'healthRule'");
    expect(errors({ ...summary, extra: 1 })).toContain('must NOT have additional properties');
  });
  it('is committed in data/schema exactly as `ztdeck schema` writes it', () => {
    expect(readFileSync(path.join(repoRoot, 'data', 'schema', SUMMARY_SCHEMA_FILE), 'utf8')).toBe(summaryJsonSchema());
  });
});
