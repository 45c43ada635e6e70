import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../helpers/cli.js';
import { copyOfExample } from '../helpers/edits.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-formats-'));

/** A copy of the example whose program.yaml ends with `extra`, and an empty output folder beside it. */
function program(extra: string): { data: string; out: string } {
  const data = copyOfExample();
  const file = path.join(data, 'program.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${extra}`);
  return { data, out: path.join(tmp(), 'out') };
}

/** A template of its own that extends the default one with `yaml`. */
function template(yaml: string): string {
  const dir = path.join(tmp(), 'own');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'template.yaml'), `name: Own\nextends: default\n${yaml}`);
  return dir;
}

const written = (out: string) => (existsSync(out) ? readdirSync(out).sort() : []);

describe('the formats a build writes when --format names none', () => {
  it("are program.yaml's formats:, in the registry's order, and the build line names them", async () => {
    const { data, out } = program('formats: [json, md]\n');
    const r = await runCli(['build', data, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(written(out)).toEqual(['summary.json', 'summary.md']);
    expect(r.stderr).toMatch(/^Built: summary\.md, summary\.json in /m);
  });
  it("are template.yaml's when the program names none, and the program's win over the template's", async () => {
    const own = template('formats: [html]\n');
    const fromTemplate = program('');
    const t = await runCli(['build', fromTemplate.data, '--out', fromTemplate.out, '--template', own]);
    expect(t.code, t.stderr).toBe(0);
    expect(written(fromTemplate.out)).toEqual(['report.html']);
    const both = program('formats: [md]\n');
    const p = await runCli(['build', both.data, '--out', both.out, '--template', own]);
    expect(p.code, p.stderr).toBe(0);
    expect(written(both.out)).toEqual(['summary.md']);
  });
  it('give way to --format', async () => {
    const { data, out } = program('formats: [json]\n');
    const r = await runCli(['build', data, '--out', out, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(written(out)).toEqual(['summary.md']);
  });
  it('with pdf and no LibreOffice: refused, exit 2, with the install hint, nothing written', async () => {
    const { data, out } = program('formats: [pptx, pdf]\n');
    const r = await runCli(['build', data, '--out', out], { env: { PATH: tmp(), ZTDECK_SOFFICE: '' } });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('[office-missing]');
    expect(r.stderr).toContain('apt-get install libreoffice-impress');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });
  it('refuses an unknown or repeated format, located in program.yaml, writing nothing', async () => {
    for (const [list, message] of [
      ['[pptx, docx]', /program\.yaml:\d+:17 error \[invalid-value\] formats\[1\]: "docx" is not a valid choice/],
      [
        '[pptx, md, pptx]',
        /program\.yaml:\d+:21 error \[duplicate-id\] the format pptx is listed twice\n[\s\S]*hint: list each format once/,
      ],
    ] as const) {
      const { data, out } = program(`formats: ${list}\n`);
      const r = await runCli(['build', data, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(out)).toBe(false);
    }
  });
});
