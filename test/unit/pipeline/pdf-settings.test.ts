import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTemplate } from '../../../src/pipeline/template.js';
import { repoRoot } from '../../helpers/cli.js';

const programDir = path.join(repoRoot, 'data');

function templateWith(yaml: string, parent = 'default'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-pdf-settings-'));
  mkdirSync(path.join(dir, 'own'));
  writeFileSync(path.join(dir, 'own', 'template.yaml'), `name: Own\nextends: ${parent}\n${yaml}`);
  return path.join(dir, 'own');
}

describe("template.yaml's pdf settings", () => {
  it('default to a 180 s time limit and previews 1280 pixels wide', async () => {
    const { opened } = await openTemplate({ programDir });
    expect(opened?.template.pdf).toEqual({ timeoutSeconds: 180, previewWidth: 1280 });
  });
  it('are taken from the nearest template that sets each', async () => {
    const parent = templateWith('pdf:\n  timeout_seconds: 30\n  preview_width: 800\n');
    const child = path.join(path.dirname(parent), 'child');
    mkdirSync(child);
    writeFileSync(path.join(child, 'template.yaml'), 'name: Child\nextends: ../own\npdf:\n  preview_width: 640\n');
    const { opened, problems } = await openTemplate({ flag: child, programDir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(opened?.template.pdf).toEqual({ timeoutSeconds: 30, previewWidth: 640 });
  });
  it('refuse a time limit of zero and an unknown key, located in template.yaml', async () => {
    const { opened, problems } = await openTemplate({
      flag: templateWith('pdf:\n  timeout_seconds: 0\n  dpi: 300\n'),
      programDir,
    });
    expect(opened).toBeUndefined();
    expect(problems.map((p) => p.code).sort()).toEqual(['out-of-range', 'unknown-key']);
    expect(problems[0]?.location?.file).toMatch(/template\.yaml$/);
  });
});
