import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { REPORT_CSP } from '../../src/render/report/html-policy.js';
import { CHROMIUM, hasChromium, visit } from '../helpers/chromium.js';
import { fixturesDir, runCli, STACK_LINE } from '../helpers/cli.js';
import { hostileReports, LANDING, RAN, RAN_TITLE } from '../helpers/hostile-reports.js';

/**
 * Issue 21: whatever a report template writes, report.html runs no script and
 * does not leave the page. Each hostile template is built (one build, a program
 * each), its page read as a browser reads it, and then opened in headless
 * Chromium, which must show the page's own title at its own address.
 */
const root = mkdtempSync(path.join(tmpdir(), 'ztdeck-report-html-'));
const out = path.join(root, 'out');
const programs = hostileReports.map(({ name, source }) => {
  const dir = path.join(root, name);
  cpSync(path.join(fixturesDir, 'valid', 'minimal'), dir, { recursive: true });
  appendFileSync(path.join(dir, 'program.yaml'), 'template: ./tpl\n');
  mkdirSync(path.join(dir, 'tpl', 'reports'), { recursive: true });
  writeFileSync(path.join(dir, 'tpl', 'template.yaml'), `name: ${name}\nextends: default\n`);
  writeFileSync(path.join(dir, 'tpl', 'reports', 'report.html.hbs'), source);
  return dir;
});
const page = (name: string) => path.join(out, name, 'report.html');

type Element = DefaultTreeAdapterMap['element'];
const elements = (node: DefaultTreeAdapterMap['parentNode']): Element[] =>
  node.childNodes.filter(tree.isElementNode).flatMap((e) => [e, ...elements(e)]);

/** Where the text `at` begins in a template: line:column. */
function placeOf(source: string, at: string): string {
  const offset = source.indexOf(at);
  if (offset === -1) throw new Error(`the test's template has no ${at}`);
  return `${source.slice(0, offset).split('\n').length}:${offset - source.lastIndexOf('\n', offset - 1)}`;
}

describe('report.html holds no script and never leaves the page, whatever the template writes', async () => {
  const r = await runCli(['build', ...programs, '--out', out, '--format', 'html']);

  it('builds every page', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each(hostileReports)(
    '$name: warns about each thing left out, at its place in the template',
    ({ name, source, warns }) => {
      for (const [what, at] of warns) {
        const line = r.stderr
          .split('\n')
          .find((l) => l.includes(`${name}/tpl/reports/report.html.hbs:`) && l.includes(`writes ${what}`));
        expect(line, `${what} in\n${r.stderr}`).toBeDefined();
        expect(line).toContain(`report.html.hbs:${placeOf(source, at)} warning [template-unsafe-html]`);
      }
    },
  );

  it.each(hostileReports)(
    '$name: the policy comes first in the head, and nothing that runs or leaves is left',
    ({ name }) => {
      const html = readFileSync(page(name), 'utf8');
      const document = parse(html);
      const all = elements(document);
      const head = all.find((e) => e.tagName === 'head')!;
      const first = head.childNodes.find(tree.isElementNode)!;
      expect(first.attrs).toEqual([
        { name: 'http-equiv', value: 'Content-Security-Policy' },
        { name: 'content', value: REPORT_CSP },
      ]);
      expect(REPORT_CSP).toContain("script-src 'none'");
      const tags = new Set(all.map((e) => e.tagName));
      for (const tag of [
        'script',
        'iframe',
        'object',
        'embed',
        'base',
        'link',
        'noscript',
        'template',
        'set',
        'animate',
      ])
        expect(tags.has(tag), tag).toBe(false);
      for (const e of all) {
        for (const a of e.attrs) {
          expect(a.name, `<${e.tagName} ${a.name}>`).not.toMatch(/^on|srcdoc/i);
          expect(a.value.replace(/[\s\u0000-\u001f]/g, ''), `<${e.tagName} ${a.name}>`).not.toMatch(
            /^(javascript|vbscript):/i,
          );
        }
        if (e.tagName === 'meta' && e !== first) expect(e.attrs.map((a) => a.name)).not.toContain('http-equiv');
      }
      expect(html).not.toContain(RAN_TITLE);
      expect(all.find((e) => e.attrs.some((a) => a.value === 'ok'))).toBeDefined();
      expect(html).toContain('>Test program</p>');
    },
  );

  describe.skipIf(!hasChromium)('in headless Chromium', () => {
    it('runs none of their scripts and stays on each page', { timeout: 120_000 }, async () => {
      for (const { name } of hostileReports)
        writeFileSync(path.join(out, name, LANDING), '<!doctype html><title>left the page</title>');
      // The control: a page without the policy, whose script runs and whose refresh leaves, as the browser must show.
      const control = path.join(out, 'control.html');
      writeFileSync(control, `<!doctype html><title>c</title><script>${RAN}</script>`);
      writeFileSync(
        path.join(out, 'refresh.html'),
        `<!doctype html><meta http-equiv="refresh" content="0;url=${LANDING}">`,
      );
      writeFileSync(path.join(out, LANDING), '<!doctype html><title>left the page</title>');
      const urls = [control, path.join(out, 'refresh.html'), ...hostileReports.map((h) => page(h.name))].map(
        (f) => pathToFileURL(f).href,
      );
      const [ran, left, ...pages] = await visit(urls);
      expect(ran?.title).toBe(RAN_TITLE);
      expect(left?.title).toBe('left the page');
      const escaped = pages.flatMap((p, i) => {
        const name = hostileReports[i]!.name;
        const wrong = [
          p.href !== urls[i + 2] && `went to ${p.href}`,
          (p.title === RAN_TITLE || p.html.includes(RAN_TITLE)) && 'ran a script',
          p.dialogs.length > 0 && `opened a dialog: ${p.dialogs.join(', ')}`,
          !p.html.includes('Test program') && 'lost its content',
        ].filter(Boolean);
        return wrong.length ? [`${name}: ${wrong.join('; ')}`] : [];
      });
      expect(escaped).toEqual([]);
    });
  });
  if (!hasChromium)
    console.warn(`${CHROMIUM} is not installed (apt-get install chromium): report.html is not opened in a browser`);
});
