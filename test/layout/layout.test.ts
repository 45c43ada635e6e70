import { beforeAll, describe, expect, it } from 'vitest';
import { openDeck, texts, type DeckSlide } from '../helpers/pptx.js';
import { buildMatrix, type LayoutDeck } from './matrix.js';

/**
 * Facts of the layout over the matrix (programs × brands), read from the
 * decks' XML. test/layout/render.test.ts renders the same decks with
 * LibreOffice (npm run test:render, in CI).
 */
const EMU = 914400;
/** Where the footer's rule is: nothing of a slide's content may reach below it. */
const FOOTER_RULE = 6.97;

let decks: (LayoutDeck & { slides: DeckSlide[]; layouts: string[] })[] = [];

beforeAll(async () => {
  const built = await buildMatrix();
  decks = await Promise.all(
    built.map(async (d) => {
      const opened = await openDeck(d.bytes);
      const layouts = await Promise.all(
        opened.entries.filter((e) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(e)).map((e) => opened.part(e)),
      );
      return { ...d, slides: opened.slides, layouts };
    }),
  );
}, 300_000);

/** A slide's title without its "(2 of 3)". */
const base = (title: string) => title.replace(/\s*\(\d+ of \d+\)$/, '');

/** Runs of slides continuing one another, and how many items of a kind each holds. */
function continuations(slides: DeckSlide[], count: (s: DeckSlide) => number): number[][] {
  const runs: number[][] = [];
  let previous = '';
  for (const s of slides) {
    const continued = /\((\d+) of \d+\)$/.exec(s.title);
    if (continued && continued[1] !== '1' && base(s.title) === previous) runs[runs.length - 1]?.push(count(s));
    else runs.push([count(s)]);
    previous = base(s.title);
  }
  return runs.filter((r) => r.length > 1);
}

const tableRows = (s: DeckSlide) =>
  [...s.xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].reduce((n, t) => n + (t[0].match(/<a:tr /g)?.length ?? 1) - 1, 0);
/** People on a stakeholder slide's grid: every avatar but the sponsor's and the lead's. */
const cards = (s: DeckSlide) => Math.max(0, (s.xml.match(/name="Avatar of /g)?.length ?? 0) - 2);
/** KPI panels: the charts of a KPI slide. */
const kpis = (s: DeckSlide) =>
  /^Key performance indicators/.test(s.title) ? (s.rels.match(/relationships\/chart"/g)?.length ?? 0) : 0;

describe('layout over programs and brands', () => {
  it('builds every deck of the matrix', () => {
    expect(decks.length).toBeGreaterThanOrEqual(20);
    expect(new Set(decks.map((d) => d.template)).size).toBeGreaterThanOrEqual(5);
  });

  it('never continues a table, a card grid or a KPI page with less than a third of the page before', () => {
    const thin: string[] = [];
    for (const d of decks)
      for (const [what, count] of [
        ['rows', tableRows],
        ['cards', cards],
        ['KPIs', kpis],
      ] as const)
        for (const run of continuations(d.slides, count))
          run.forEach((n, i) => {
            const before = run[i - 1];
            if (before !== undefined && n * 3 < before)
              thin.push(`${d.program}/${d.template}: ${what} ${run.join(' + ')}`);
          });
    expect(thin).toEqual([]);
  });

  it('spreads continued pages: the long-text program continues tables, cards and KPIs', () => {
    const longText = decks.filter((d) => d.program === 'long-text');
    for (const d of longText) {
      expect(continuations(d.slides, tableRows).length).toBeGreaterThan(1);
      expect(continuations(d.slides, cards).filter((r) => r[0]).length).toBeGreaterThan(0);
      expect(continuations(d.slides, kpis).filter((r) => r[0]).length).toBeGreaterThan(0);
    }
  });

  it('keeps every table above the footer, by the row heights it measured', () => {
    const low: string[] = [];
    for (const d of decks)
      for (const s of d.slides)
        for (const t of s.xml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)) {
          if (!t[0].includes('<a:tbl>')) continue;
          const y = Number(/<a:off x="\d+" y="(\d+)"/.exec(t[0])?.[1] ?? 0) / EMU;
          const rows = [...t[0].matchAll(/<a:tr h="(\d+)"/g)].reduce((h, m) => h + Number(m[1]) / EMU, 0);
          if (y + rows > FOOTER_RULE)
            low.push(`${d.program}/${d.template} slide ${s.index}: ${(y + rows).toFixed(2)} in`);
        }
    expect(low).toEqual([]);
  });

  it('names the slide, or the footer, in every text-truncated warning', () => {
    const vague = decks.flatMap((d) =>
      d.warnings.filter((w) => w.code === 'text-truncated' && !/^(slide \d+ "|the footer: )/.test(w.message)),
    );
    expect(vague).toEqual([]);
    // The long-text program has text that must give: the build says so.
    expect(decks.filter((d) => d.program === 'long-text').every((d) => d.warnings.length > 0)).toBe(true);
  });

  it('marks every paragraph that starts right-to-left as such, on slides and layouts; a list reads as the program', () => {
    const rtlStart = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;
    const wrong: string[] = [];
    const rtlItems: string[] = [];
    for (const d of decks.filter((x) => x.program === 'rtl'))
      for (const [where, xml] of [
        ...d.slides.map((s) => [`slide ${s.index}`, s.xml]),
        ...d.layouts.map((x) => ['layout', x]),
      ])
        for (const p of (xml ?? '').matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
          const text = texts(p[1] ?? '').join('');
          const rtl = /<a:pPr[^>]*rtl="1"/.test(p[1] ?? '');
          // The rtl program is written in the template's language (en-GB): its lists read left to right, each item too.
          if (/<a:buChar\b/.test(p[1] ?? '')) {
            if (rtl) rtlItems.push(`${d.template} ${where}: ${text.slice(0, 40)}`);
          } else if (rtlStart.test(text) && !rtl) wrong.push(`${d.template} ${where}: ${text.slice(0, 40)}`);
        }
    expect(wrong).toEqual([]);
    expect(rtlItems).toEqual([]);
    const anyRtl = decks.find((x) => x.program === 'rtl')?.slides.some((s) => s.xml.includes('rtl="1"'));
    expect(anyRtl).toBe(true);
  });

  it('lays out trackers of six and eight stages without splitting a stage name inside a word', () => {
    for (const d of decks.filter((x) => /stages$/.test(x.program))) {
      const tracker = d.slides.find((s) => s.xml.includes('name="Shield '));
      expect(tracker, `${d.program}/${d.template}`).toBeDefined();
      const shields = tracker?.xml.match(/name="Shield [^"]*"/g) ?? [];
      expect(shields.length).toBeGreaterThanOrEqual(d.program === 'six-stages' ? 6 : 8);
      // A break mark in a stage's name would mean a word split where a smaller size would have fitted.
      expect(
        texts(tracker?.xml ?? '').filter((t) => /^(Continuously|Optimiz)/.test(t) && t.includes('\u200B')),
      ).toEqual([]);
      expect(d.warnings.filter((w) => /stage name/.test(w.message))).toEqual([]);
    }
  });

  it('keeps the classification marking whole in every footer', () => {
    for (const d of decks.filter((x) => x.program === 'long-text'))
      for (const layout of d.layouts.filter((x) => x.includes('FOOTER') || x.includes('Lenkungsausschuss')))
        expect(texts(layout).some((t) => t.startsWith('VS – NUR FÜR DEN DIENSTGEBRAUCH') && !t.endsWith('…'))).toBe(
          true,
        );
  });
});

describe('a font without metrics', () => {
  it('is measured as the widest of its kind, and the build says so once', async () => {
    const { build } = await import('../../src/index.js');
    const { layoutDir } = await import('./matrix.js');
    const path = await import('node:path');
    const { tmpdir } = await import('node:os');
    const result = await build(path.join(layoutDir, 'programs', 'six-stages'), {
      outDir: path.join(tmpdir(), 'ztdeck-layout-out'),
      template: path.join(layoutDir, 'templates', 'unknown-font'),
      formats: ['pptx'],
    });
    const fallbacks = result.warnings.filter((w) => w.code === 'font-fallback');
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]?.message).toMatch(/"Frutiger Next Pro" is not a font ztdeck has metrics for/);
    expect(fallbacks[0]?.hint).toMatch(/docs\/fonts\.md/);
  });
});
