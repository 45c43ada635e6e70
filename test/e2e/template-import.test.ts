import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-brand-'));

describe('a hand-written template whose colours lack contrast', async () => {
  const data = copyOfExample();
  const root = path.dirname(data);
  const folder = path.join(root, 'templates', 'pale');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'template.yaml'), 'name: Pale\nextends: default\n');
  writeFileSync(path.join(folder, 'theme.yaml'), 'name: Pale\ncolors:\n  accent: "1E90FF"\n');
  writeFileSync(
    path.join(data, 'program.yaml'),
    readFileSync(path.join(data, 'program.yaml'), 'utf8').replace('template: default', 'template: pale'),
  );
  const expected =
    /templates\/pale\/theme\.yaml:3:11 warning \[template-contrast\] colors\.accent 1E90FF on colors\.background FFFFFF has a contrast of 3\.2:1; kickers, headings and KPI values need 4\.5:1[^\n]*\n[\s\S]*hint: "([0-9A-F]{6})" is the nearest shade of the same hue that passes \(for colors\.accent in theme\.yaml\)/;

  it('is warned about by validate, located in its theme.yaml, with the nearest passing shade', async () => {
    const r = await runCli(['validate', data], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(expected);
  });
  it('and by build', async () => {
    const r = await runCli(['build', data, '--out', path.join(root, 'out'), '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(expected);
  });
  it('is not said of the shipped templates', async () => {
    for (const template of ['default', 'dark']) {
      const r = await runCli(['build', '--template', template, '--out', path.join(tmp(), 'o'), '--format', 'json']);
      expect(r.stderr).not.toMatch(/template-(contrast|colors)/);
    }
  });
});
