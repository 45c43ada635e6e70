import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { openDeck } from '../helpers/pptx.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-reports-'));
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('ztdeck build writes charts and reports beside the deck', async () => {
  const out = tmp();
  const r = await runCli(['build', '--out', out]);
  const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as {
    schema: string;
    overall: { percentComplete: number };
    scenarios: { id: string; title: string; percentComplete: number; complete: number; applicable: number }[];
  };
  const markdown = readFileSync(path.join(out, 'summary.md'), 'utf8');
  const html = readFileSync(path.join(out, 'report.html'), 'utf8');

  it('writes the deck, at least 8 chart images and the three reports', () => {
    expect(r.code, r.stderr).toBe(0);
    const written = files(out);
    expect(written.filter((f) => f.startsWith('charts/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(8);
    expect(written).toEqual(
      expect.arrayContaining(['report.html', 'summary.md', 'summary.json', 'alder-finch-logistics-2026-11-20.pptx']),
    );
    expect(r.stderr).toMatch(
      /^Built: deck of \d+ slides with \d+ charts, \d+ chart images, report\.html, summary\.md, summary\.json in \d+\.\d s\n$/,
    );
  });
  it('versions the JSON', () => {
    expect(summary.schema).toBe('ztdeck.summary/1');
  });
  it('names every scenario with its percent complete in the Markdown, as in the JSON and the deck', async () => {
    const deck = await openDeck(readFileSync(path.join(out, 'alder-finch-logistics-2026-11-20.pptx')));
    const glance = deck.slides.find((s) => s.title === 'Program at a glance')!.text;
    expect(markdown).toContain(`**${summary.overall.percentComplete}%** of applicable objectives complete`);
    for (const s of summary.scenarios) {
      expect(markdown).toContain(`| ${s.title} | `);
      expect(markdown).toContain(` | ${s.percentComplete}% (${s.complete}/${s.applicable}) | `);
      expect(glance).toContain(`${s.title} `);
      expect(glance).toContain(`${s.percentComplete}% ${s.complete} of ${s.applicable}`);
    }
  });
  it('uses status words, not only colours, in the Markdown', () => {
    expect(markdown).toMatch(/\| (On track|Needs attention|Off track) \|/);
  });
  it('makes the HTML self-contained: inline CSS, charts as data URIs, no external resource', () => {
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<link\b|<script\b|@import|url\(/i);
    const sources = [...html.matchAll(/\bsrc="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(sources.length).toBeGreaterThanOrEqual(8);
    for (const src of sources) expect(src.startsWith('data:image/png;base64,')).toBe(true);
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\balt="[^"]{20,}"/);
    expect(html).toContain('<meta name="viewport"');
    expect(html).toContain('@media print');
  });
  it('escapes data in the HTML', () => {
    expect(html).toContain('Alder &amp; Finch Logistics');
    expect(html).not.toContain('Alder & Finch');
  });
  it('gives the same bytes for every file when built again', async () => {
    const again = tmp();
    expect((await runCli(['build', '--out', again])).code).toBe(0);
    for (const f of files(out))
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
  });
});

describe('--format', () => {
  it('writes only what was asked', async () => {
    const out = tmp();
    const r = await runCli(['build', '--format', 'md,json', '--out', out]);
    expect(r.code).toBe(0);
    expect(files(out)).toEqual(['summary.json', 'summary.md']);
    expect(r.stderr).toMatch(/^Built: summary\.md, summary\.json in/);
  });
  it('refuses an unknown format', async () => {
    const r = await runCli(['build', '--format', 'docx', '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --format docx');
  });
});

describe('progress', () => {
  const io = (tty: boolean, env: Record<string, string> = {}) => {
    const o = {
      stdout: '',
      stderr: '',
      env,
      errIsTTY: tty,
      out: (t: string) => {
        o.stdout += t;
      },
      err: (t: string) => {
        o.stderr += t;
      },
    };
    return o;
  };
  it('shows on a terminal, and is cleared at the end', async () => {
    const terminal = io(true);
    expect(await main(['build', '--format', 'png', '--out', tmp()], terminal)).toBe(0);
    expect(terminal.stderr).toContain('drawing charts');
    expect(terminal.stderr).toContain('\r\u001b[2K');
  });
  it('never shows in CI or when stderr is not a terminal', async () => {
    for (const o of [io(true, { CI: 'true' }), io(false)]) {
      expect(await main(['build', '--format', 'png', '--out', tmp()], o)).toBe(0);
      expect(o.stderr).not.toContain('\r');
      expect(o.stderr).not.toContain('drawing charts');
    }
  });
});
