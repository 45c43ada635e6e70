import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot, runCli } from '../helpers/cli.js';
import { openDeck, type OpenedDeck } from '../helpers/pptx.js';

/**
 * Decks built on real corporate masters the project did not make (see
 * test/fixtures/corporate-templates/SOURCES.md): `template import` keeps the
 * master and picks layouts, `build` draws the example deck on them. The
 * LibreOffice render of the same decks is in test/layout/render.test.ts.
 */
export const CORPORATE = ['catppuccin-latte', 'mecanon-ufrj', 'msgraph-training', 'lo-vivid', 'lo-nature-illustration'];

const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-corporate-'));
const decks = new Map<
  string,
  { deck: OpenedDeck; master: { layouts: Record<string, string> }; theme: string; report: string }
>();

async function layoutName(deck: OpenedDeck, slideRels: string): Promise<string> {
  const target = /Type="[^"]*\/slideLayout" Target="\.\.\/slideLayouts\/([^"]+)"/.exec(slideRels)?.[1] ?? '';
  const xml = await deck.part(`ppt/slideLayouts/${target}`);
  const name = /<p:cSld\s(?:[^>"]|"[^"]*")*?\bname="([^"]*)"/.exec(xml)?.[1];
  return name
    ? name
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : target;
}

beforeAll(async () => {
  for (const name of CORPORATE) {
    const imported = await runCli([
      'template',
      'import',
      path.join(fixturesDir, 'corporate-templates', `${name}.potx`),
      '--name',
      name,
      '--dir',
      dir,
    ]);
    if (imported.code !== 0) throw new Error(`import ${name}: ${imported.stderr}`);
    const out = path.join(dir, `${name}-out`);
    const built = await runCli([
      'build',
      path.join(repoRoot, 'data'),
      '--template',
      path.join(dir, name),
      '--out',
      out,
      '--format',
      'pptx',
    ]);
    if (built.code !== 0) throw new Error(`build on ${name}: ${built.stderr}`);
    const file = path.join(out, 'alder-finch-logistics-2026-11-20.pptx');
    decks.set(name, {
      deck: await openDeck(readFileSync(file)),
      master: parse(readFileSync(path.join(dir, name, 'master.yaml'), 'utf8')) as { layouts: Record<string, string> },
      theme: readFileSync(path.join(dir, name, 'theme.yaml'), 'utf8'),
      report: imported.stderr,
    });
  }
}, 300_000);

describe('a deck on a corporate master', () => {
  it('is told at import which layouts it uses', () => {
    for (const [name, d] of decks) {
      expect(d.report, name).toMatch(/The slide master is kept \(master\.potx\)/);
      expect(d.report, name).toMatch(/content slides: "[^"]+" \(/);
      expect(Object.keys(d.master.layouts).sort(), name).toEqual(['content', 'sidebar', 'title']);
    }
  });

  it('puts every slide on the corporate layout of its kind, by name', async () => {
    for (const [name, { deck, master }] of decks) {
      const names = await Promise.all(deck.slides.map((s) => layoutName(deck, s.rels)));
      expect(names[0], name).toBe(master.layouts.title);
      expect(new Set(names.slice(1)), name).toEqual(
        new Set([master.layouts.content, master.layouts.sidebar].filter(Boolean)),
      );
      // pptxgenjs's own layouts are gone.
      const layouts = deck.entries.filter((e) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(e));
      for (const l of layouts) expect(await deck.part(l), `${name} ${l}`).not.toMatch(/name="ZT_/);
    }
  });

  it('keeps the slide size of the master, 4:3 included', async () => {
    for (const [name, { deck }] of decks) {
      const corporate = readFileSync(path.join(dir, name, 'master.potx'));
      const { unzipSync } = await import('fflate');
      const pres = new TextDecoder().decode(unzipSync(corporate)['ppt/presentation.xml']);
      const size = /<p:sldSz\b[^>]*\/>/.exec(pres)?.[0].match(/c[xy]="\d+"/g);
      const deckSize = /<p:sldSz\b[^>]*\/>/.exec(await deck.part('ppt/presentation.xml'))?.[0].match(/c[xy]="\d+"/g);
      expect(deckSize, name).toEqual(size);
    }
    const nature = await decks.get('lo-nature-illustration')?.deck.part('ppt/presentation.xml');
    expect(nature).toMatch(/<p:sldSz cx="10080625" cy="7559675"/);
  });

  it('makes each title the layout placeholder, inheriting its position', () => {
    for (const [name, { deck }] of decks)
      for (const s of deck.slides) {
        const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:title|ctrTitle)"\/>[\s\S]*?<\/p:sp>/.exec(
          s.xml,
        )?.[0];
        expect(title, `${name} slide ${s.index}`).toBeDefined();
        expect(title, `${name} slide ${s.index}`).toContain('<p:spPr/>');
        expect(title, `${name} slide ${s.index}`).not.toMatch(/<a:latin\b|<a:solidFill>/);
      }
  });

  it("stores each of the master's pictures once", async () => {
    for (const [name, { deck }] of decks) {
      const media = deck.entries.filter((e) => /^ppt\/media\/master/.test(e));
      const hashes = await Promise.all(
        media.map(async (m) =>
          createHash('sha256')
            .update((await deck.zip.file(m)?.async('uint8array')) ?? new Uint8Array())
            .digest('hex'),
        ),
      );
      expect(new Set(hashes).size, name).toBe(hashes.length);
    }
    expect(decks.get('mecanon-ufrj')?.deck.entries.filter((e) => /^ppt\/media\/master/.test(e)).length).toBeGreaterThan(
      0,
    );
  });

  it("writes the template's colours and fonts into every theme of the master", async () => {
    for (const [name, { deck, theme }] of decks) {
      const colors = parse(theme) as { colors?: { text?: string; background?: string }; fonts?: { heading?: string } };
      const themes = deck.entries.filter((e) => /^ppt\/theme\/theme\d+\.xml$/.test(e));
      expect(themes.length, name).toBeGreaterThan(1);
      for (const t of themes) {
        const xml = await deck.part(t);
        if (colors.colors?.text)
          expect(xml, `${name} ${t}`).toContain(`<a:dk1><a:srgbClr val="${colors.colors.text}"/>`);
        if (colors.fonts?.heading)
          expect(xml, `${name} ${t}`).toMatch(
            new RegExp(`<a:majorFont>\\s*<a:latin typeface="${colors.fonts.heading}"`),
          );
      }
    }
  });

  it('fills the layout footer, date and number placeholders where the layout has them', async () => {
    const vivid = decks.get('lo-vivid')?.deck;
    const slide = vivid?.slides[1]?.xml ?? '';
    expect(slide).toMatch(/<p:ph type="ftr" idx="\d+"\/>[\s\S]*Confidential - steering committee/);
    expect(slide).toMatch(/<p:ph type="sldNum" idx="\d+"\/>[\s\S]*<a:fld [^>]*type="slidenum">/);
    // The MS Graph layouts have no footer placeholder: the footer is written on the slide.
    expect(decks.get('msgraph-training')?.deck.slides[1]?.text).toContain('Confidential - steering committee');
  });
});
