import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { boardProgram, type BoardProgramSpec } from '../helpers/board-program.js';
import { fixturesDir, runCli } from '../helpers/cli.js';
import { openDeck, type OpenedDeck } from '../helpers/pptx.js';

/**
 * Issue 22, read from the decks: generated programs of 1 to 400 objectives,
 * up to 100 decisions and 200 risks, in both shipped templates and on an
 * imported corporate master, as the full deck and the board deck. The
 * summary is one slide that names, in rank order, what fits and counts the
 * rest with the slides that hold it; the board deck keeps its budget.
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'ztdeck-board-'));
const APPETITE = { max_score: 9, by_impact_area: { regulatory: 4 } };
const PROGRAMS: Record<string, BoardProgramSpec> = {
  one: { objectives: 1, seed: 11 },
  thirty: { objectives: 30, decisions: 5, risks: 10, highlights: 3, kpis: 2, seed: 12, appetite: APPETITE },
  three: { objectives: 300, decisions: 25, risks: 40, highlights: 20, kpis: 8, seed: 13 },
  four: { objectives: 400, decisions: 100, risks: 200, highlights: 20, kpis: 9, seed: 14, appetite: APPETITE },
};
const TEMPLATES = ['default', 'dark', 'corporate'] as const;
type Built = { deck: OpenedDeck; summary: Summary; program: string };
const built = new Map<string, Built>();

interface Summary {
  statusSentence: string;
  ranked: {
    attention: { title: string; text: string }[];
    since: { text: string }[];
    decisions: { id: string; text: string }[];
  };
  decisions: { id: string; title: string }[];
  scenarios: { title: string; shortTitle: string; objectives: { title: string }[] }[];
  risks: {
    id: string;
    score: number;
    status: string;
    appetite: string | null;
    appetiteLabel: string | null;
    impactArea: string | null;
  }[];
}

const clean = (s: string) => s.replace(/\u200B/g, '').replace(/\s+/g, ' ');

async function build(program: string, template: string, deck: 'full' | 'exec'): Promise<Built> {
  const out = mkdtempSync(path.join(tmp, 'out-'));
  const r = await runCli([
    'build',
    program,
    '--template',
    template,
    '--deck',
    deck,
    '--out',
    out,
    '--format',
    'pptx,json',
    '--quiet',
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
  const file = readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '';
  return {
    deck: await openDeck(readFileSync(path.join(out, file))),
    summary: JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as Summary,
    program,
  };
}

beforeAll(async () => {
  const imported = await runCli([
    'template',
    'import',
    path.join(fixturesDir, 'corporate-templates', 'msgraph-training.potx'),
    '--name',
    'corporate',
    '--dir',
    tmp,
  ]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const jobs: (() => Promise<void>)[] = [];
  for (const [name, spec] of Object.entries(PROGRAMS)) {
    const program = boardProgram(spec);
    for (const template of TEMPLATES)
      for (const deck of ['full', 'exec'] as const)
        jobs.push(async () => {
          built.set(
            `${name}/${template}/${deck}`,
            await build(program, template === 'corporate' ? path.join(tmp, 'corporate') : template, deck),
          );
        });
  }
  // Two builds at a time: the machines this runs on have two cores.
  await Promise.all(
    [0, 1].map(async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job();
    }),
  );
}, 900_000);

const cases = Object.keys(PROGRAMS).flatMap((p) =>
  TEMPLATES.flatMap((t) => (['full', 'exec'] as const).map((d) => [p, t, d] as const)),
);
const summarySlide = (deck: OpenedDeck) => deck.slides.filter((s) => s.title.startsWith('Executive summary'));

/** The "and N more: …; see the appendix, slides 31–34" lines of the summary, with the slides they name. */
function moreLines(text: string): { count: number; first: number | null; last: number | null }[] {
  const where =
    /and (\d+) more: [^;]*; (?:see the appendix, slides? (\d+)(?:–(\d+))?|full list in the full deck's appendix and the report)/g;
  return [...clean(text).matchAll(where)].map((m) => ({
    count: Number(m[1]),
    first: m[2] ? Number(m[2]) : null,
    last: m[2] ? Number(m[3] ?? m[2]) : null,
  }));
}

describe.each(cases)('%s objectives program, %s template, %s deck', (program, template, kind) => {
  const get = () => built.get(`${program}/${template}/${kind}`) as Built;

  it('has exactly one executive summary slide, which opens with the status sentence', () => {
    const { deck, summary } = get();
    const slides = summarySlide(deck);
    expect(slides).toHaveLength(1);
    expect(summary.statusSentence.length).toBeGreaterThan(20);
    expect(clean(slides[0]?.text ?? '')).toContain(clean(summary.statusSentence));
  });

  it('shows the item ranked first, and counts the rest with the slides that hold them', () => {
    const { deck, summary } = get();
    const text = clean(summarySlide(deck)[0]?.text ?? '');
    const first = summary.ranked.attention[0];
    if (first) expect(text).toContain(clean(first.text));
    const lists = [
      summary.ranked.attention.map((a) => a.text),
      summary.ranked.decisions.map((d) => d.text),
      summary.ranked.since.map((s) => s.text),
    ];
    const more = moreLines(text);
    const cut = lists.filter((items) => items.some((t) => !text.includes(clean(t))));
    expect(more).toHaveLength(cut.length);
    cut.forEach((items, i) => {
      const rest = items.filter((t) => !text.includes(clean(t)));
      const line = more[i];
      expect(line?.count).toBe(rest.length);
      // What is shown is the top of the list: nothing ranked lower is on the slide while a higher one is left out.
      const shown = items.length - rest.length;
      expect(items.slice(0, shown).every((t) => text.includes(clean(t)))).toBe(true);
      if (kind === 'full') {
        expect(line?.first).not.toBeNull();
        const range = deck.slides.slice((line?.first ?? 1) - 1, line?.last ?? 0);
        expect(range.length).toBe((line?.last ?? 0) - (line?.first ?? 0) + 1);
        const there = clean(range.map((s) => s.text).join(' '));
        for (const t of rest.map((r) => clean(r).split(' (')[0] ?? '')) expect(there).toContain(t);
      } else {
        expect(line?.first).toBeNull();
        expect(text).toContain("full list in the full deck's appendix and the report");
      }
    });
  });

  if (kind === 'exec') {
    it('keeps to the budget: at most 12 slides, no text under 10 pt outside the footer', async () => {
      const { deck } = get();
      expect(deck.slides.length).toBeLessThanOrEqual(12);
      const small: string[] = [];
      const parts = deck.entries.filter((n) => /^ppt\/(slides\/slide\d+|charts\/chart\d+)\.xml$/.test(n));
      for (const name of parts) {
        for (const shape of (await deck.part(name)).split(/(?=<p:sp>|<p:graphicFrame>)/)) {
          if (/<p:ph type="(ftr|dt|sldNum)"/.test(shape) || /<p:cNvPr [^>]*name="Footer"/.test(shape)) continue;
          for (const m of shape.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\bsz="(\d+)"/g))
            if (Number(m[1]) < 1000) small.push(`${name}: ${Number(m[1]) / 100} pt`);
        }
      }
      expect(small).toEqual([]);
    });

    it('holds no id from the YAML and no status code', async () => {
      const { deck, program: dir } = get();
      const read = (f: string) =>
        parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, Record<string, unknown>>;
      const ids = new Set<string>();
      for (const f of readdirSync(path.join(dir, 'scenarios'))) {
        const s = read(path.join('scenarios', f)) as {
          scenario?: string;
          objectives?: object;
          custom_objectives?: object;
        };
        if (s.scenario) ids.add(s.scenario);
        for (const k of Object.keys({ ...s.objectives, ...s.custom_objectives })) ids.add(k);
      }
      for (const f of ['risks.yaml', 'decisions.yaml', 'kpis.yaml']) {
        try {
          for (const k of Object.keys(Object.values(read(f))[0] ?? {})) ids.add(k);
        } catch {
          // The program has no such file.
        }
      }
      // An id that is also a word of a title the deck shows ("passwordless") is not a leak; a hyphenated id never is one.
      const { summary } = get();
      const titles = summary.scenarios
        .flatMap((sc) => [sc.title, sc.shortTitle, ...sc.objectives.map((o) => o.title)])
        .join(' ');
      const codes = ['not-started', 'in-progress', 'at-risk', 'not-applicable'];
      const words = [...[...ids].filter((id) => !new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'i').test(titles)), ...codes];
      const found: string[] = [];
      const parts = deck.entries.filter((n) => /^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/.test(n));
      for (const name of parts) {
        const xml = await deck.part(name);
        for (const w of words) if (new RegExp(`(?<![\\w-])${w}(?![\\w-])`).test(xml)) found.push(`${w} in ${name}`);
      }
      expect(found).toEqual([]);
    });

    it('labels each named risk against the appetite, or says it is not set', () => {
      const { deck, summary } = get();
      const slide = deck.slides.find((s) => s.title === 'Risks');
      const open = summary.risks.filter((r) => r.status === 'open');
      if (open.length === 0) {
        expect(slide).toBeUndefined();
        return;
      }
      const text = clean(slide?.text ?? '');
      const set = PROGRAMS[program]?.appetite;
      if (!set) {
        expect(text).toContain('Appetite not set');
        expect(text).not.toMatch(/(Above|Within) appetite/);
        return;
      }
      for (const r of open) {
        const areas: Record<string, number> = set.by_impact_area ?? {};
        const limit = (r.impactArea ? areas[r.impactArea] : undefined) ?? set.max_score;
        expect(r.appetite).toBe(r.score > limit ? 'above' : 'within');
      }
      const shown = (text.match(/(Above|Within) appetite/g) ?? []).length;
      expect(shown).toBe(Math.min(5, open.length));
      const above = open.filter((r) => r.appetite === 'above').slice(0, 5).length;
      expect((text.match(/Above appetite/g) ?? []).length).toBe(above);
    });
  }
});

describe('shuffled YAML', () => {
  it('ranks the same: the same summary lists in the same order', async () => {
    const spec = PROGRAMS.three as BoardProgramSpec;
    const a = await build(boardProgram(spec), 'default', 'exec');
    const b = await build(boardProgram({ ...spec, shuffle: true }), 'default', 'exec');
    expect(b.summary.ranked).toEqual(a.summary.ranked);
    expect(clean(summarySlide(b.deck)[0]?.text ?? '')).toBe(clean(summarySlide(a.deck)[0]?.text ?? ''));
  }, 120_000);
});
