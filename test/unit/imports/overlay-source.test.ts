import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFolder as validate } from '../../../src/pipeline/validate.js';
import { folderSource } from '../../../src/data/file-source.js';
import { withFile } from '../../../src/imports/overlay-source.js';
import { repoRoot } from '../../helpers/cli.js';
import { validFixture } from '../../helpers/program.js';

describe('validating what an import would write, before writing it', () => {
  const example = path.join(repoRoot, 'data');
  const kpis = readFileSync(path.join(example, 'kpis.yaml'), 'utf8');
  it('reads the replaced file from memory and the rest from the folder', async () => {
    const ok = await validate(
      withFile(
        folderSource(example),
        'kpis.yaml',
        kpis.replace('      2026-11-15: 66\n', '      2026-11-15: 66\n      2026-11-16: 67\n'),
      ),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.data?.kpis['secure-score']?.series['2026-11-16']).toBe(67);
    const late = await validate(
      withFile(
        folderSource(example),
        'kpis.yaml',
        kpis.replace('      2026-11-15: 66\n', '      2026-11-15: 66\n      2026-11-21: 67\n'),
      ),
    );
    expect(late.problems.map((p) => [p.code, p.location?.file, p.location?.line])).toEqual([
      ['date-order', 'data/kpis.yaml', 22],
    ]);
  });
  it('adds the file to a program that had none', async () => {
    const minimal = validFixture('minimal');
    const before = await validate(minimal);
    expect(Object.keys(before.data?.kpis ?? {})).toEqual([]);
    const after = await validate(
      withFile(
        folderSource(minimal),
        'kpis.yaml',
        'kpis:\n  x:\n    title: X\n    unit: "%"\n    direction: higher\n    target: 1\n    series:\n      2026-01-01: 1\n',
      ),
    );
    expect(after.problems).toEqual([]);
    expect(Object.keys(after.data?.kpis ?? {})).toEqual(['x']);
  });
});
