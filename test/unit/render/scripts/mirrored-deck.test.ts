import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../../src/index.js';
import { openDeck, type OpenedDeck } from '../../../helpers/pptx.js';
import { fixturesDir, runCli } from '../../../helpers/cli.js';

/**
 * A deck in a right-to-left language is laid out mirrored: the Hebrew and
 * Arabic script fixtures are built as they are (mirrored) and with a template
 * whose theme keeps right-to-left text aligned left (rtl_align: left, not
 * mirrored), and every shape, picture, table and chart of each slide and
 * layout must sit where the other deck's lands mirrored about the slide's
 * middle, tables with their columns in reverse and text aligned to the other side.
 */
const SLIDE_W = 12192000;
/** Positions and widths are rounded to a thousandth of an inch (457 EMU each way), and the grid is 13.333 in wide (305 EMU short). */
const SLACK = 1500;

async function deckOf(program: string, template?: string): Promise<OpenedDeck> {
  const result = await build(path.join(fixturesDir, 'scripts', 'programs', program), {
    outDir: mkdtempSync(path.join(tmpdir(), 'ztdeck-mirror-')),
    formats: ['pptx'],
    ...(template ? { template } : {}),
  });
  return openDeck(result.files.find((f) => f.path.endsWith('.pptx'))?.content as Uint8Array);
}

/** The fixture's template with right-to-left text kept aligned left. */
function alignedLeft(program: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ztdeck-mirror-template-')), 'left');
  mkdirSync(dir);
  const parent = path.relative(dir, path.join(fixturesDir, 'scripts', 'templates', program));
  writeFileSync(path.join(dir, 'template.yaml'), `name: left\nextends: ${parent}\n`);
  writeFileSync(path.join(dir, 'theme.yaml'), 'rtl_align: left\n');
  return dir;
}

interface Placed {
  x: number;
  cx: number;
  kind: string;
}
/** Each drawn object of a part, in order: its kind, left edge and width. */
function placed(xml: string): Placed[] {
  return [
    ...xml.matchAll(/<(p:sp|p:pic|p:graphicFrame|p:cxnSp)>[\s\S]*?<a:off x="(-?\d+)" y="-?\d+"\/><a:ext cx="(\d+)"/g),
  ].map((m) => ({ kind: m[1] ?? '', x: Number(m[2]), cx: Number(m[3]) }));
}
/** Each table's column widths. */
const gridCols = (xml: string) =>
  xml
    .split('<a:tblGrid>')
    .slice(1)
    .map((t) => [...(t.split('</a:tblGrid>')[0] ?? '').matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1])));
const aligns = (xml: string) => [...xml.matchAll(/algn="(\w+)"/g)].map((m) => m[1]);

describe.each(['hebrew', 'arabic'])('the %s program, mirrored', (program) => {
  let mirrored: OpenedDeck;
  let plain: OpenedDeck;
  beforeAll(async () => {
    mirrored = await deckOf(program);
    plain = await deckOf(program, alignedLeft(program));
  }, 120_000);

  it('places every object of every slide where the other deck has it, mirrored', () => {
    expect(mirrored.slides.length).toBe(plain.slides.length);
    let objects = 0;
    for (const [i, slide] of mirrored.slides.entries()) {
      const [m, p] = [placed(slide.xml), placed(plain.slides[i]?.xml ?? '')];
      expect(
        m.map((o) => o.kind),
        `slide ${i + 1}`,
      ).toEqual(p.map((o) => o.kind));
      m.forEach((o, k) => {
        const q = p[k] as Placed;
        expect(o.cx, `slide ${i + 1}, object ${k + 1}`).toBeCloseTo(q.cx, -4);
        expect(Math.abs(o.x - (SLIDE_W - q.x - q.cx)), `slide ${i + 1}, object ${k + 1}`).toBeLessThanOrEqual(SLACK);
      });
      objects += m.length;
    }
    expect(objects).toBeGreaterThan(200);
  });

  it("draws the layouts' footer, sidebar and accent bars mirrored too", async () => {
    const layouts = mirrored.entries.filter((e) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(e)).sort();
    let objects = 0;
    for (const name of layouts) {
      const [m, p] = [placed(await mirrored.part(name)), placed(await plain.part(name))];
      expect(m.length, name).toBe(p.length);
      m.forEach((o, k) => {
        const q = p[k] as Placed;
        expect(Math.abs(o.x - (SLIDE_W - q.x - q.cx)), `${name}, object ${k + 1}`).toBeLessThanOrEqual(SLACK);
      });
      objects += m.length;
    }
    expect(objects).toBeGreaterThan(10);
  });

  it('lists table columns from the right, and aligns text to the other side', () => {
    let tables = 0;
    for (const [i, slide] of mirrored.slides.entries()) {
      const other = gridCols(plain.slides[i]?.xml ?? '');
      const reversed = other.map((cols) => [...cols].reverse());
      const near = (a: number[], b: number[]) =>
        a.length === b.length && a.every((w, k) => Math.abs(w - (b[k] ?? 0)) <= 1);
      gridCols(slide.xml).forEach((cols, t) =>
        expect(near(cols, reversed[t] ?? []), `slide ${i + 1}, table ${t + 1}`).toBe(true),
      );
      tables += other.filter((cols) => new Set(cols).size > 1).length;
    }
    expect(tables).toBeGreaterThan(3);
    const titleAligns = mirrored.slides
      .map((s) => /<p:ph type="title"[\s\S]*?<\/p:sp>/.exec(s.xml)?.[0] ?? '')
      .map(aligns);
    expect(titleAligns.filter((a) => a.length > 0).every((a) => a.every((x) => x === 'r'))).toBe(true);
  });
});

describe('the Arabic program on a corporate master without a footer placeholder, mirrored', () => {
  it('writes the footer line aligned right, as the rest of the deck', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ztdeck-mirror-corporate-'));
    const potx = path.join(fixturesDir, 'corporate-templates', 'msgraph-training.potx');
    const imported = await runCli(['template', 'import', potx, '--name', 'corporate', '--dir', dir]);
    expect(imported.code, imported.stderr).toBe(0);
    const deck = await deckOf('arabic', path.join(dir, 'corporate'));
    const footers = deck.slides.flatMap((s) =>
      [...s.xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="Footer"[\s\S]*?<\/p:sp>/g)].map((m) => m[0]),
    );
    expect(footers.length).toBeGreaterThan(10);
    for (const footer of footers) expect(aligns(footer)).toEqual(['r']);
  }, 120_000);
});
