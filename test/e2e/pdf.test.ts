import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findOffice, findOnPath } from '../../src/output/office/find-office.js';
import { repoRoot, runCli, STACK_LINE, type CliResult } from '../helpers/cli.js';
import { openDeck, type OpenedDeck } from '../helpers/pptx.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-pdf-'));
const DECK = 'alder-finch-logistics-2026-11-20';
const office = findOffice();
const poppler = findOnPath('pdftoppm') && findOnPath('pdftotext') && findOnPath('pdfinfo');
if (!office || !poppler)
  console.warn(
    'LibreOffice (soffice) or poppler-utils is not installed: the PDF and previews e2e tests are skipped (.ci/run installs both)',
  );
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.skipIf(!office || !poppler)('the example as a PDF and slide previews (LibreOffice)', () => {
  // Two conversions in all (each takes 10–40 s): one build of everything, and one more to compare bytes.
  const first = { out: tmp(), run: undefined as CliResult | undefined };
  const second = { out: tmp(), run: undefined as CliResult | undefined };
  let deck: OpenedDeck;
  beforeAll(async () => {
    first.run = await runCli(['build', 'data', '--out', first.out, '--format', 'pptx,pdf,previews,html,md']);
    second.run = await runCli(['build', 'data', '--out', second.out, '--format', 'pdf,previews', '--quiet']);
    deck = await openDeck(readFileSync(path.join(first.out, `${DECK}.pptx`)));
  }, 400_000);
  const pdfIn = (out: string) => path.join(out, `${DECK}.pdf`);

  it('writes the PDF beside the deck, with one page per slide', () => {
    expect(first.run?.code, first.run?.stderr).toBe(0);
    expect(first.run?.stdout).toContain(`Wrote ${pdfIn(first.out)}\n`);
    const info = execFileSync('pdfinfo', [pdfIn(first.out)], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(deck.slides.length);
    expect(deck.slides.length).toBeGreaterThan(10);
  });
  it("holds every slide's title as text", () => {
    const text = oneLine(execFileSync('pdftotext', [pdfIn(first.out), '-'], { encoding: 'utf8' }));
    const missing = deck.slides.map((s) => oneLine(s.title)).filter((t) => t && !text.includes(t));
    expect(missing).toEqual([]);
  });
  it('has the slide titles as bookmarks', () => {
    const outline = readFileSync(pdfIn(first.out), 'latin1');
    expect(outline).toContain('/Outlines');
    const titles = [...outline.matchAll(/\/Title<FEFF([0-9A-F]+)>/g)].map((m) =>
      Buffer.from(m[1] ?? '', 'hex')
        .swap16()
        .toString('utf16le'),
    );
    expect(titles).toEqual(expect.arrayContaining([oneLine(deck.slides[1]?.title ?? 'none')]));
  });
  it('draws one preview per slide, 1280 pixels wide, listed in summary.md and shown in report.html', () => {
    const previews = readdirSync(path.join(first.out, 'previews')).filter((f) => f.endsWith('.png'));
    expect(previews).toHaveLength(deck.slides.length);
    expect(previews[0]).toBe('slide-01.png');
    const png = readFileSync(path.join(first.out, 'previews', 'slide-01.png'));
    expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
    expect(readFileSync(path.join(first.out, 'summary.md'), 'utf8')).toContain('(previews/slide-01.png)');
    const html = readFileSync(path.join(first.out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>The deck</h2>');
    expect(html).toContain(png.toString('base64').slice(0, 200));
  });
  it('gives the same PDF and PNG bytes on a second build', () => {
    expect(second.run?.code, second.run?.stderr).toBe(0);
    expect(readFileSync(pdfIn(second.out)).equals(readFileSync(pdfIn(first.out)))).toBe(true);
    for (const name of readdirSync(path.join(first.out, 'previews')).filter((f) => f.endsWith('.png')))
      expect(
        readFileSync(path.join(second.out, 'previews', name)).equals(
          readFileSync(path.join(first.out, 'previews', name)),
        ),
        name,
      ).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('a PDF without a working LibreOffice', () => {
  it('refuses a pdf build before anything is written when LibreOffice is not installed (exit 2, the install hint)', async () => {
    const out = path.join(tmp(), 'out');
    const empty = tmp();
    const r = await runCli(['build', 'data', '--out', out, '--format', 'pptx,pdf'], {
      env: { PATH: empty, ZTDECK_SOFFICE: '' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[office-missing]');
    expect(r.stderr).toContain('apt-get install libreoffice-impress');
    expect(r.stderr).toContain('brew install --cask libreoffice');
    expect(r.stderr).toContain('do not need it');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });
  it('stops a LibreOffice that hangs at the time limit, with a clear error, and keeps the previous outputs', async () => {
    const dir = tmp();
    const soffice = path.join(dir, 'soffice');
    writeFileSync(soffice, '#!/bin/sh\necho "starting the conversion"\nsleep 60\n');
    chmodSync(soffice, 0o755);
    const template = path.join(dir, 'slow-template');
    mkdirSync(template);
    writeFileSync(path.join(template, 'template.yaml'), 'name: Slow\nextends: default\npdf:\n  timeout_seconds: 2\n');
    const out = path.join(dir, 'out');
    const before = await runCli(['build', 'data', '--out', out, '--format', 'md', '--quiet']);
    expect(before.code, before.stderr).toBe(0);
    const summary = readFileSync(path.join(out, 'summary.md'));
    const started = Date.now();
    const r = await runCli(['build', 'data', '--out', out, '--format', 'pdf,md', '--template', template], {
      env: { ZTDECK_SOFFICE: soffice },
    });
    expect(Date.now() - started).toBeLessThan(50_000);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[office-timeout]');
    expect(r.stderr).toContain('within 2 s and was stopped');
    expect(r.stderr).toContain('starting the conversion');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(out).sort()).toEqual(['summary.md']);
    expect(readFileSync(path.join(out, 'summary.md')).equals(summary)).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('several programs converted to PDF', () => {
  it('runs one LibreOffice at a time across the workers of a batch', async () => {
    const dir = tmp();
    const log = path.join(dir, 'conversions.log');
    // A soffice that takes 3 s, logs when it starts and ends, and writes a PDF into --outdir.
    const soffice = path.join(dir, 'soffice');
    writeFileSync(
      soffice,
      `#!/bin/sh\necho "start $(date +%s%N)" >> "${log}"\nsleep 3\nwhile [ "$1" != "--outdir" ]; do shift; done\nmkdir -p "$2"\nprintf "%%PDF-1.4 fake" > "$2/$(basename "$3" .pptx).pdf"\necho "end $(date +%s%N)" >> "${log}"\n`,
    );
    chmodSync(soffice, 0o755);
    // Two copies of one program reach their conversions at about the same time.
    for (const name of ['north', 'south'])
      cpSync(path.join(repoRoot, 'data'), path.join(dir, name), { recursive: true });
    const out = path.join(dir, 'out');
    const programs = ['north', 'south'].map((name) => path.join(dir, name));
    const r = await runCli(['build', ...programs, '--out', out, '--format', 'pdf', '--jobs', '2'], {
      env: { ZTDECK_SOFFICE: soffice },
    });
    expect(r.code, r.stderr).toBe(0);
    const events = readFileSync(log, 'utf8').trim().split('\n');
    expect(events.map((e) => e.split(' ')[0])).toEqual(['start', 'end', 'start', 'end']);
    for (const name of ['north', 'south'])
      expect(readdirSync(path.join(out, name)).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  });
});

describe('ztdeck doctor', () => {
  it('says whether LibreOffice and pdftoppm were found, and their versions', async () => {
    const r = await runCli(['doctor']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ztdeck \d+\.\d+\.\d+\nNode\.js \d+/);
    if (office) expect(r.stdout).toMatch(/^LibreOffice \(--format pdf, previews\): LibreOffice \d+\.\d+.* \(.+\)$/m);
    const without = await runCli(['doctor'], { env: { PATH: tmp(), ZTDECK_SOFFICE: '' } });
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('LibreOffice (--format pdf, previews): not found');
    expect(without.stdout).toContain('apt-get install libreoffice-impress');
  });
});
