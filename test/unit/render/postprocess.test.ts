import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalizePackage } from '../../../src/render/pptx/postprocess/finalize.js';
import { PptxGenJSClass } from '../../../src/render/pptx/pptxgen.js';
import type { Theme } from '../../../src/schema/template.js';
import { loadTemplate } from '../../../src/templating/load-template.js';

const theme = (await loadTemplate('default')).template!.theme as Theme;

/** A raw pptxgenjs deck with every defect the post-processing step knows about. */
async function rawDeck(charts = 1): Promise<Uint8Array> {
  const pptx = new PptxGenJSClass();
  pptx.company = 'ACME & Sons <Ltd>';
  pptx.defineSlideMaster({
    title: 'RTL',
    objects: [{ text: { text: 'سري للغاية', options: { x: 1, y: 7, w: 4, h: 0.3, rtlMode: true } } }],
  });
  for (let n = 0; n < 2; n++) {
    const slide = pptx.addSlide({ masterName: 'RTL' });
    slide.addText('Title \u000b with a vertical tab', { x: 1, y: 0.5, w: 8, h: 1 });
    slide.addText([{ text: 'Bold ', options: { bold: true } }, { text: 'and plain' }], { x: 1, y: 1.5, w: 8, h: 1 });
    slide.addTable([[{ text: 'a' }, { text: 'b' }]], { x: 1, y: 3, w: 4 });
    for (let c = 0; c < charts; c++) {
      slide.addChart('line', [{ name: 'KPI', labels: ['May', 'Jun'], values: [1, 2] }], {
        x: 6,
        y: 3,
        w: 3,
        h: 2,
        lineDataSymbol: 'circle',
        catAxisLabelFrequency: '2',
      });
    }
    slide.addNotes('First line.\nSecond line.');
  }
  return pptx.write({ outputType: 'uint8array' }) as Promise<Uint8Array>;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

const options = { date: '2026-11-20', company: 'ACME & Sons <Ltd>', theme };

describe('finalizePackage', async () => {
  const raw = await rawDeck();
  const before = await parts(raw);
  const fixed = await finalizePackage(raw, options);
  const after = await parts(fixed);

  it('starts from a raw deck that has the defects', () => {
    expect(before.get('docProps/app.xml')).toContain('<Company>ACME & Sons <Ltd></Company>');
    expect(before.get('[Content_Types].xml')).toContain('slideMaster2.xml');
    expect(before.get('ppt/slides/slide1.xml')).toContain('\u000b');
  });
  it('drops content-type overrides for parts that do not exist', () => {
    const overrides = [...(after.get('[Content_Types].xml') ?? '').matchAll(/PartName="\/([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(overrides.length).toBeGreaterThan(5);
    for (const name of overrides) expect(after.has(name), name).toBe(true);
  });
  it('gives every shape of a slide its own id', () => {
    for (const [name, xml] of after) {
      if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
      const ids = [...xml.matchAll(/<p:cNvPr\s[^>]*?\bid="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
    const beforeIds = [...(before.get('ppt/slides/slide1.xml') ?? '').matchAll(/<p:cNvPr\s[^>]*?\bid="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(beforeIds).size).toBeLessThan(beforeIds.length);
  });
  it('escapes the company and dates the document from the reporting date', () => {
    expect(after.get('docProps/app.xml')).toContain('<Company>ACME &amp; Sons &lt;Ltd&gt;</Company>');
    expect(after.get('docProps/core.xml')).toMatch(/<dcterms:created[^>]*>2026-11-20T00:00:00Z<\/dcterms:created>/);
    expect(after.get('docProps/core.xml')).toMatch(/<dcterms:modified[^>]*>2026-11-20T00:00:00Z<\/dcterms:modified>/);
  });
  it('removes control characters from every part', () => {
    for (const [name, xml] of after)
      if (/\.(xml|rels)$/.test(name)) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
  it('keeps one paragraph property per paragraph', () => {
    const xml = after.get('ppt/slides/slide1.xml') ?? '';
    for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
      expect((p.match(/<a:pPr\b/g) ?? []).length, p).toBeLessThanOrEqual(1);
  });
  it('makes line charts schema-valid', () => {
    const chart = after.get('ppt/charts/chart1.xml') ?? '';
    expect(chart).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(chart).not.toContain('invertIfNegative');
    expect(chart.indexOf('<c:marker>')).toBeLessThan(chart.indexOf('<c:dLbls>'));
  });
  it('marks right-to-left text of a layout as right-to-left again', () => {
    const layout = (m: Map<string, string>) =>
      [...m].find(([k, v]) => k.startsWith('ppt/slideLayouts/') && v.includes('سري'))?.[1];
    expect(layout(before)).not.toContain('rtl="1"');
    expect(layout(after)).toMatch(/<a:pPr rtl="1"[^>]*>(?:(?!<\/a:p>).)*سري/);
  });
  it('writes a category axis label skip where the schema wants it', () => {
    const order = (xml: string | undefined) =>
      /<c:noMultiLvlLbl[^>]*\/>\s*<c:tickLblSkip/.test(xml ?? '')
        ? 'after'
        : /<c:tickLblSkip[^>]*\/>\s*<c:noMultiLvlLbl/.test(xml ?? '')
          ? 'before'
          : 'none';
    expect(order(before.get('ppt/charts/chart1.xml'))).toBe('after');
    expect(order(after.get('ppt/charts/chart1.xml'))).toBe('before');
  });
  it('splits speaker notes into paragraphs', () => {
    const notes = after.get('ppt/notesSlides/notesSlide1.xml') ?? '';
    expect(notes).toContain('<a:t>First line.</a:t>');
    expect(notes).toContain('<a:t>Second line.</a:t>');
    expect(notes).not.toMatch(/<a:t>[^<]*[\r\n][^<]*<\/a:t>/);
  });
  it('splits speaker notes in several scripts into paragraphs before it gives each run its language', async () => {
    const pptx = new PptxGenJSClass();
    pptx.addSlide().addNotes('Led by ליאור כהן (Lead).\n\nOn this slide: 王芳 (Engineer).');
    const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
    const notes = (await parts(await finalizePackage(raw, options))).get('ppt/notesSlides/notesSlide1.xml') ?? '';
    expect(notes).not.toMatch(/<a:t>[^<]*[\r\n][^<]*<\/a:t>/);
    const paragraphs = [...notes.matchAll(/<a:p>(.*?)<\/a:p>/g)].map((m) => m[1] ?? '');
    const texts = paragraphs.map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
    expect(texts).toContain('Led by ליאור כהן (Lead).');
    expect(texts).toContain('On this slide: 王芳 (Engineer).');
    expect(notes).toMatch(/<a:rPr lang="he-IL"[^>]*\/><a:t>ליאור כהן/);
  });
  it('writes the template into the theme part', () => {
    const t = after.get('ppt/theme/theme1.xml') ?? '';
    expect(t).toContain(`<a:accent1><a:srgbClr val="${theme.colors.accent}"/></a:accent1>`);
    expect(t).toMatch(new RegExp(`<a:majorFont><a:latin typeface="${theme.fonts.heading}"`));
  });
  it("keeps the brand's link colours when the template has them, else the accent and muted", async () => {
    const t = after.get('ppt/theme/theme1.xml') ?? '';
    expect(t).toContain(`<a:hlink><a:srgbClr val="${theme.colors.accent}"/></a:hlink>`);
    expect(t).toContain(`<a:folHlink><a:srgbClr val="${theme.colors.muted}"/></a:folHlink>`);
    const links = { ...theme, colors: { ...theme.colors, hyperlink: 'EE0000', followed_hyperlink: '7030A0' } };
    const branded = await parts(await finalizePackage(await rawDeck(), { ...options, theme: links }));
    expect(branded.get('ppt/theme/theme1.xml')).toContain(
      '<a:hlink><a:srgbClr val="EE0000"/></a:hlink><a:folHlink><a:srgbClr val="7030A0"/></a:folHlink>',
    );
  });
  it('writes a deflated zip, content types first, with fixed dates', async () => {
    const zip = await JSZip.loadAsync(fixed);
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names[1]).toBe('_rels/.rels');
    expect(names.some((n) => n.endsWith('/'))).toBe(false);
    for (const f of Object.values(zip.files)) expect(f.date.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(fixed.length).toBeLessThan(raw.length);
  });
  it('numbers charts from 1 and gives the same bytes whatever was built before in the process', async () => {
    const second = await finalizePackage(await rawDeck(), options);
    expect(Buffer.compare(second, fixed)).toBe(0);
    const names = [...after.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(names).toEqual(['ppt/charts/chart1.xml', 'ppt/charts/chart2.xml']);
    const books = [...after.keys()].filter((n) => n.startsWith('ppt/embeddings/')).sort();
    expect(books).toEqual([
      'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx',
      'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx',
    ]);
    expect(after.get('ppt/slides/_rels/slide2.xml.rels')).toContain('/ppt/charts/chart2.xml');
  });
});

describe('finalizePackage shares identical media', async () => {
  const png = (colour: string) => {
    const canvas = createCanvas(60, 20);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 60, 20);
    return `data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`;
  };
  const logo = png('#0F5FA8');
  const pptx = new PptxGenJSClass();
  for (const title of ['A', 'B', 'C'])
    pptx.defineSlideMaster({ title, objects: [{ image: { x: 11, y: 0.2, w: 1.5, h: 0.5, data: logo } }] });
  for (const title of ['A', 'B', 'C']) pptx.addSlide({ masterName: title }).addText(title, { x: 1, y: 1, w: 3, h: 1 });
  pptx.addSlide({ masterName: 'A' }).addImage({ x: 1, y: 2, w: 3, h: 1, data: png('#B91C1C') });
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const before = await parts(raw);
  const after = await parts(await finalizePackage(raw, options));
  const media = (m: Map<string, string>) => [...m.keys()].filter((n) => n.startsWith('ppt/media/')).sort();
  const targets = (m: Map<string, string>) =>
    [...m]
      .filter(([n]) => n.endsWith('.rels'))
      .flatMap(([n, xml]) => [...xml.matchAll(/Target="([^"]*media[^"]*)"/g)].map((t) => [n, t[1] ?? ''] as const));

  it('starts from a deck that stores the logo once per layout', () => {
    expect(media(before)).toHaveLength(4);
  });
  it('keeps one part per picture and points every layout at it', () => {
    expect(media(after)).toHaveLength(2);
    const logoTargets = targets(after).filter(([n]) => n.startsWith('ppt/slideLayouts/'));
    expect(logoTargets).toHaveLength(3);
    expect(new Set(logoTargets.map(([, t]) => t)).size).toBe(1);
    for (const [rels, target] of targets(after)) {
      const from = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
      const resolved = path.posix.join(path.posix.dirname(from), target);
      expect(after.has(resolved), `${rels} → ${target}`).toBe(true);
    }
  });
  it('leaves no content type for a part that is gone', () => {
    for (const m of (after.get('[Content_Types].xml') ?? '').matchAll(/PartName="\/([^"]+)"/g))
      expect(after.has(m[1] ?? ''), m[1]).toBe(true);
  });
});
