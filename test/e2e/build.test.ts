import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.js';
import { fixturesDir, repoRoot, runCli, STACK_LINE } from '../helpers/cli.js';
import { modelOf } from '../helpers/program.js';
import { openDeck, texts, type OpenedDeck } from '../helpers/pptx.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-build-'));
const deckIn = (dir: string) => path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pptx')) ?? 'missing.pptx');
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

async function buildWithCli(
  dataDir: string,
  extra: string[] = [],
): Promise<{ out: string; file: string; stderr: string; deck: OpenedDeck }> {
  const out = tmp();
  const r = await runCli(['build', dataDir, '--out', out, '--format', 'pptx', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const file = deckIn(out);
  expect(r.stdout).toBe(`Wrote ${file}\n`);
  return { out, file, stderr: r.stderr, deck: await openDeck(readFileSync(file)) };
}

describe('ztdeck build on the example', async () => {
  const { file, stderr, deck } = await buildWithCli('data');
  const model = await modelOf(path.join(repoRoot, 'data'));

  it('prints one summary line naming slides and charts', () => {
    expect(stderr).toMatch(/^Built: deck of \d+ slides with \d+ charts in \d+\.\d s\n$/);
    expect(stderr).toContain(`deck of ${deck.slides.length} slides`);
  });
  it('names the file after the organization and the reporting date', () => {
    expect(path.basename(file)).toBe('alder-finch-logistics-2026-11-20.pptx');
  });
  it('follows the default composition', () => {
    const titles = deck.slides.map((s) => s.title);
    expect(titles[0]).toBe(model.program);
    // The summary continues on a slide of its own when its lists are longer than the first slide holds.
    const summaries = titles.filter((t) => t.startsWith('Executive summary')).length;
    expect(titles[1]).toMatch(/^Executive summary( \(1 of \d\))?$/);
    expect(titles[1 + summaries]).toBe('Program at a glance');
    expect(titles[2 + summaries]).toBe(model.scenarios[0]?.title);
    const order = [
      'Progress by functional area',
      'Key performance indicators',
      'Risks',
      'Planned versus actual',
      'Decisions asked of leadership',
      'Appendix: all objectives',
    ];
    const positions = order.map((t) => titles.findIndex((x) => x.startsWith(t)));
    expect(positions.every((p) => p > 3)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // One tracker per scenario, two for the scenario split in tracks.
    const trackers = deck.slides.filter((s) => /PROGRESS TRACKER/.test(s.text));
    expect(trackers).toHaveLength(model.scenarios.length + 1);
  });
  it('gives every slide a real title and speaker notes written from the data', () => {
    for (const s of deck.slides) {
      expect(s.title.length, `slide ${s.index}`).toBeGreaterThan(3);
      expect(s.xml).toMatch(/<p:ph[^>]*type="title"/);
      expect(s.notes.length, `slide ${s.index} notes`).toBeGreaterThan(40);
    }
    expect(deck.slides[1]?.notes).toContain(`${model.progress.complete} of ${model.progress.applicable}`);
  });
  it('has alt text on every chart and picture', () => {
    let charts = 0;
    for (const s of deck.slides) {
      for (const frame of s.xml.match(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g) ?? []) {
        if (!frame.includes('drawingml/2006/chart')) continue;
        charts++;
        expect(/descr="([^"]{20,})"/.test(frame), `slide ${s.index}`).toBe(true);
      }
      for (const pic of s.xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) expect(pic).toMatch(/descr="[^"]{5,}"/);
    }
    expect(charts).toBeGreaterThanOrEqual(10);
    expect(stderr).toContain(`with ${charts} charts`);
  });
  it('writes native charts with their data in an embedded workbook', () => {
    const books = deck.entries.filter((e) => /^ppt\/embeddings\/.+\.xlsx$/.test(e));
    const charts = deck.entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e));
    expect(books.length).toBe(charts.length);
  });
  it('shows every scenario title and every catalog objective title', () => {
    const all = normalize(deck.slides.map((s) => s.text).join(' '));
    for (const s of model.scenarios) {
      expect(all).toContain(s.title);
      for (const o of s.objectives) expect(all, o.title).toContain(normalize(o.title));
    }
  });
  it('draws the tracker shields from the stage states', () => {
    const s = model.scenarios.find((x) => x.id === 'secure-remote-hybrid-work')!;
    const slide = deck.slides.find((x) => x.title === s.title && /PROGRESS TRACKER/.test(x.text))!;
    for (const st of s.stages)
      expect(slide.xml).toContain(
        `name="Shield ${st.label}: ${{ 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete', 'not-applicable': 'Not applicable' }[st.state]}"`,
      );
  });
  it('parses as XML in every part', async () => {
    for (const name of deck.entries.filter((e) => /\.(xml|rels)$/.test(e))) {
      expect(XMLValidator.validate(await deck.part(name)), name).toBe(true);
    }
  });
  it('is byte-identical when built again, in another process', async () => {
    const again = await buildWithCli('data');
    expect(readFileSync(again.file).equals(readFileSync(file))).toBe(true);
  });
});

describe('build in one process', () => {
  it('gives the same bytes twice (no clock, no counters, no random ids)', async () => {
    const a = await build(path.join(fixturesDir, 'valid', 'custom-catalog'), { outDir: tmp() });
    const b = await build(path.join(fixturesDir, 'valid', 'custom-catalog'), { outDir: tmp() });
    expect(Buffer.compare(a.files[0]!.content as Buffer, b.files[0]!.content as Buffer)).toBe(0);
  });
});

describe("a deck from an organization's own catalog", async () => {
  const { deck } = await buildWithCli(path.join(fixturesDir, 'valid', 'custom-catalog'));
  const tracker = (title: string) => deck.slides.find((s) => s.title === title && /PROGRESS TRACKER/.test(s.text))!;

  it("draws the tracker with the catalog's stages and the objectives' states", () => {
    const slide = tracker('Secure the workplace');
    expect(slide.xml).toContain('name="Shield Foundation: Complete"');
    expect(slide.xml).toContain('name="Shield Hardening: In progress"');
    expect(slide.xml).toContain('name="Shield Optimised: Not started"');
    expect(slide.xml).toContain('name="Objective: Badge access on every door (Complete)"');
    expect(slide.xml).toContain('name="Objective: Clean desk policy (Not applicable)"');
    expect(slide.xml).toContain('name="Objective: Digital visitor log (Blocked)"');
    expect(slide.xml).toContain('name="Objective: CCTV analytics (Not started)"');
    expect(slide.xml).toContain('name="Focus: Hardening"');
    expect(slide.xml).not.toContain('name="Finished"');
  });
  it('draws one tracker per track, each with its own focus', () => {
    expect(tracker('Suppliers').xml).toContain('name="Focus: Foundation"');
    expect(tracker('Software').xml).toContain('name="Focus: Optimised"');
    expect(tracker('Software').xml).toContain('name="Objective: Software bills of materials (Complete)"');
  });
});

describe('a program whose text is hostile to XML and to layout', async () => {
  const { stderr, deck } = await buildWithCli(path.join(fixturesDir, 'valid', 'hostile-text'));

  it('keeps every character as typed', () => {
    // A paragraph's runs joined as they read: text in several scripts is in one run per language.
    const all = deck.slides
      .flatMap((s) => [...s.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => texts(p[1] ?? '').join('')))
      .join(' ');
    for (const s of [
      'Ингрид Хальворсен',
      'ליאור כהן',
      '王芳 (Wang Fang)',
      'ليلى حداد (Layla Haddad)',
      'Zoë Lefèvre',
      'Licence & <budget> "approval"',
      'Risk with & <markup> "quotes"',
    ])
      expect(all, s).toContain(s);
    expect(deck.slides[0]?.title).toBe('Zero Trust programme — Ωmega & <Beta> 東京');
  });
  it('escapes the company in the document properties', async () => {
    expect(await deck.part('docProps/app.xml')).toContain(
      '<Company>ACME &amp; Sons &lt;Ltd&gt; &quot;Q&quot; &apos;x&apos; 🛡️</Company>',
    );
  });
  it('parses as XML in every part', async () => {
    for (const name of deck.entries.filter((e) => /\.(xml|rels)$/.test(e)))
      expect(XMLValidator.validate(await deck.part(name)), name).toBe(true);
  });
  it('warns, naming the slide, when the tracker cannot show every objective', () => {
    expect(stderr).toMatch(
      /warning \[text-truncated\] slide \d+ "Secure remote and hybrid work": Stage 1 has too many objectives for the tracker; \d+ are shown elsewhere \(see “Secure remote and hybrid work: objectives”\)/,
    );
    const detail = deck.slides
      .filter((s) => s.title.startsWith('Secure remote and hybrid work: objectives'))
      .map((s) => s.text)
      .join(' ');
    for (let i = 0; i < 8; i++) expect(detail).toContain(`${i}`);
  });
  it('continues stakeholders beyond nine on another slide, repeating sponsor and lead', () => {
    const pages = deck.slides.filter((s) => s.title.startsWith('Remote and hybrid work stakeholders'));
    expect(pages.map((s) => s.title)).toEqual([
      'Remote and hybrid work stakeholders (1 of 2)',
      'Remote and hybrid work stakeholders (2 of 2)',
    ]);
    for (const p of pages) expect(p.text).toContain('Ингрид Хальворсен');
  });
  it('continues long tables with the header repeated', () => {
    const pages = deck.slides.filter((s) => s.title.startsWith('Secure remote and hybrid work: objectives'));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(texts(p.xml).join('|')).toContain('Stage|Objective|Owner|Due|Status|%');
  });
});

describe('a failed build', () => {
  it('writes nothing and leaves the previous deck untouched', async () => {
    const out = tmp();
    const previous = path.join(out, 'alder-finch-logistics-2026-11-20.pptx');
    writeFileSync(previous, 'previous deck');
    const before = statSync(previous).mtimeMs;
    const r = await runCli(['build', path.join(fixturesDir, 'invalid', 'unknown-status'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(out)).toEqual(['alder-finch-logistics-2026-11-20.pptx']);
    expect(readFileSync(previous, 'utf8')).toBe('previous deck');
    expect(statSync(previous).mtimeMs).toBe(before);
  });
  it('with --check builds in memory and writes nothing', async () => {
    const out = tmp();
    const r = await runCli(['build', '--check', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual([]);
  });
  it('names an unknown deck', async () => {
    const r = await runCli(['build', '--deck', 'board', '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('template default has no deck "board"');
  });
});

describe('the exec deck', () => {
  it('is shorter and has no appendix', async () => {
    const { deck } = await buildWithCli('data', ['--deck', 'exec']);
    const { deck: full } = await buildWithCli('data');
    expect(deck.slides.some((s) => s.title.startsWith('Appendix'))).toBe(false);
    expect(deck.slides.some((s) => s.title.endsWith(': objectives') || s.title.includes(': objectives ('))).toBe(false);
    expect(deck.slides.length).toBeLessThan(full.slides.length - 10);
  });
});

// LibreOffice is installed by .ci/run for pptx-check; where it is, check that it renders every title in full.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
describe.runIf(soffice && existsSync('/usr/bin/pdftotext'))('LibreOffice rendering of the example', () => {
  it('shows every scenario and objective title without cutting them', async () => {
    const { file } = await buildWithCli('data');
    const dir = tmp();
    execFileSync(
      soffice as string,
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const pdf = path.join(dir, path.basename(file).replace(/\.pptx$/, '.pdf'));
    execFileSync('/usr/bin/pdftotext', [pdf, path.join(dir, 'text.txt')]);
    const text = normalize(readFileSync(path.join(dir, 'text.txt'), 'utf8').replace(/-\n/g, '-'));
    const model = await modelOf(path.join(repoRoot, 'data'));
    for (const s of model.scenarios) {
      expect(text).toContain(s.title);
      for (const o of s.objectives) expect(text, o.title).toContain(normalize(o.title));
    }
  }, 240_000);
});
