import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpisTarget, readKpis } from '../../../src/pipeline/import-files.js';
import { UserError } from '../../../src/problems/user-error.js';

const program = () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'ztdeck-kpis-target-')));
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'data', 'shared'));
  writeFileSync(path.join(dir, 'data', 'shared', 'kpis.yaml'), 'kpis:\n');
  writeFileSync(path.join(dir, 'outside.yaml'), 'kpis:\n');
  return path.join(dir, 'data');
};
const refusal = (e: unknown) => (e instanceof UserError ? [e.problems[0]?.code, e.problems[0]?.message] : e);

describe('the kpis.yaml an import reads and replaces', () => {
  it('is kpis.yaml itself, there or not yet', async () => {
    const data = program();
    expect(await kpisTarget(data)).toBe(path.join(data, 'kpis.yaml'));
    writeFileSync(path.join(data, 'kpis.yaml'), 'kpis:\n');
    expect(await kpisTarget(data)).toBe(path.join(data, 'kpis.yaml'));
  });
  it('is the file a link leads to inside the program folder (the link is kept)', async () => {
    const data = program();
    symlinkSync(path.join('shared', 'kpis.yaml'), path.join(data, 'kpis.yaml'));
    expect(await kpisTarget(data)).toBe(path.join(data, 'shared', 'kpis.yaml'));
  });
  it('is refused when the link leads out of the folder, to nothing, or to a folder', async () => {
    const cases: [string, string][] = [
      [path.join('..', 'outside.yaml'), 'is a link that leads out of the program folder; nothing was written'],
      [path.join('shared', 'missing.yaml'), 'is a link to nothing; nothing was written'],
      ['shared', 'is a link to something that is not a file; nothing was written'],
    ];
    for (const [to, message] of cases) {
      const data = program();
      symlinkSync(to, path.join(data, 'kpis.yaml'));
      const [code, text] = (await kpisTarget(data).catch(refusal)) as [string, string];
      expect([code, text.endsWith(`kpis.yaml ${message}`)], to).toEqual(['unsafe-file', true]);
    }
  });
  it('is read as bytes and strict UTF-8 text, a byte-order mark kept', async () => {
    const data = program();
    const file = path.join(data, 'kpis.yaml');
    expect(await readKpis(file, 'kpis.yaml')).toEqual({});
    writeFileSync(file, '\uFEFFkpis:\n');
    expect((await readKpis(file, 'kpis.yaml')).text).toBe('\uFEFFkpis:\n');
    writeFileSync(file, Buffer.from([0x6b, 0xe9, 0x0a]));
    expect(await readKpis(file, 'kpis.yaml').catch(refusal)).toEqual([
      'file-not-utf8',
      'kpis.yaml is not valid UTF-8 text',
    ]);
  });
});
