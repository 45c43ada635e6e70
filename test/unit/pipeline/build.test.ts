import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/pipeline/build.js';
import { allFormats, outputs } from '../../../src/pipeline/outputs.js';
import { UserError } from '../../../src/problems/user-error.js';
import { fixturesDir } from '../../helpers/cli.js';
import { validFixture } from '../../helpers/program.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-pipeline-'));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the build to fail');
    },
    (e: unknown) => e as UserError,
  );

describe('the outputs registry', () => {
  it('has a sink with a description for every format, in the order they are made', () => {
    expect(allFormats).toEqual(['pptx', 'png', 'html', 'md', 'json']);
    for (const f of allFormats) expect(outputs[f].description.length).toBeGreaterThan(10);
  });
  it('says which sinks show the PNGs', () => {
    expect(outputs.png.drawsPngs).toBe(true);
    expect(outputs.json.drawsPngs).toBe(false);
    expect(typeof outputs.pptx.drawsPngs).toBe('function');
  });
});

describe('build', () => {
  it('makes only what is asked, in the registry order whatever order the formats are named in', async () => {
    const result = await build(validFixture('minimal'), { outDir: tmp(), formats: ['json', 'md'] });
    expect(result.files.map((f) => path.basename(f.path))).toEqual(['summary.md', 'summary.json']);
    expect(result.folders).toEqual([]);
    expect(result.slides).toBe(0);
  });
  it('reports the problems of the data and of the template in one run', async () => {
    const program = path.join(tmp(), 'p');
    cpSync(validFixture('minimal'), program, { recursive: true });
    writeFileSync(path.join(program, 'highlights.yaml'), 'highlights: 3\n');
    const error = await failure(
      build(program, { outDir: tmp(), template: path.join(fixturesDir, 'templates', 'hostile', 'bad-colour') }),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.kind).toBe('input');
    expect(error.problems.map((p) => p.code).sort()).toEqual(['invalid-value', 'wrong-type']);
  });
  it('calls an unknown deck a usage error, with the decks there are', async () => {
    const error = await failure(build(validFixture('minimal'), { outDir: tmp(), deck: 'exce', formats: ['json'] }));
    expect(error.kind).toBe('usage');
    expect(error.problems[0]?.hint).toBe('did you mean "exec"? decks: full, exec');
  });
});
