import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeProgram } from '../helpers/make-program.js';
import { openDeck, type OpenedDeck } from '../helpers/pptx.js';

/**
 * Issue 12, read from the decks themselves: every highlight, open risk and
 * open decision is in the deck by its title (on a slide or in its notes), and
 * no text sends the reader to a slide the deck does not have.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ztdeck-truth-'));
const squash = (s: string) => s.replace(/\s+/g, ' ');

async function deckOf(program: string, args: string[] = []): Promise<OpenedDeck> {
  const out = tmp();
  const r = await runCli(['build', program, '--out', out, '--format', 'pptx', '--quiet', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return openDeck(readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '')));
}

/** Every "see “title”" of a deck names slides the deck has (the first of them, when they continue: "title (1 of 3)"). */
function references(deck: OpenedDeck): { ref: string; found: boolean }[] {
  const titles = deck.slides.map((s) => squash(s.title));
  const has = (ref: string) => titles.some((t) => t === ref || t.startsWith(`${ref} (1 of `));
  return deck.slides.flatMap((s) =>
    [...`${s.text} ${s.notes}`.matchAll(/see “([^”]+)”/g)].map((m) => ({
      ref: m[1] ?? '',
      found: has(squash(m[1] ?? '')),
    })),
  );
}

describe('a program with many long highlights, open risks and decisions', async () => {
  const highlights = Array.from(
    { length: 20 },
    (_, i) =>
      `Highlight ${i + 1}: the segmentation of warehouse network ${i + 1} was completed ahead of plan, with every depot moved onto its own zone and the old flat network switched off`,
  );
  const risks = Object.fromEntries(
    Array.from({ length: 36 }, (_, i) => [
      `r${i}`,
      {
        title: `Risk ${i + 1}: a supplier's breach spreads into zone ${i + 1} through a shared remote access account`,
        likelihood: 1 + (i % 5),
        impact: 1 + ((i * 3) % 5),
        treatment: 'reduce',
        owner: 'CISO',
        trend: 'stable',
      },
    ]),
  );
  const decisions = Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [
      `d${i}`,
      {
        title: `Decision ${i + 1}: fund the endpoint licences of region ${i + 1} for the next three years`,
        asked_of: 'CFO',
        needed_by: '2026-12-15',
        ...(i % 5 === 4 ? { status: 'decided', outcome: 'Funded' } : {}),
      },
    ]),
  );
  // A stage too crowded for the tracker: the objectives it has no room for are listed elsewhere, and the slide says where.
  const crowded = Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [
      `own-${i + 1}`,
      { title: `Own objective ${i + 1} of the first stage`, stage: 1, status: 'not-started' },
    ]),
  );
  const program = makeProgram({
    scenarios: {
      'secure-remote-hybrid-work': {
        custom_objectives: crowded,
        objectives: Object.fromEntries(
          [
            'strong-authentication',
            'saas-sso',
            'modern-auth-new-apps',
            'register-devices',
            'starting-point-policies',
            'app-proxy-sso',
            'enroll-devices',
          ].map((id) => [
            id,
            { status: 'blocked', blockers: [`Waiting for the ${id} licence, which procurement has not yet ordered`] },
          ]),
        ),
      },
    },
    highlights,
    risks,
    decisions,
  });
  const full = await deckOf(program);
  const exec = await deckOf(program, ['--deck', 'exec']);
  const everything = (deck: OpenedDeck) => squash(deck.slides.map((s) => `${s.text} ${s.notes}`).join(' '));

  it('the full deck names every highlight, open risk and open decision', () => {
    const all = everything(full);
    for (const h of highlights) expect(all, h).toContain(h);
    for (const r of Object.values(risks)) expect(all, r.title).toContain(r.title);
    for (const d of Object.values(decisions).filter((x) => !('status' in x))) expect(all, d.title).toContain(d.title);
  });
  it('the board deck names the top of each and counts the rest, pointing to the full deck (never the notes alone)', () => {
    const slides = squash(exec.slides.map((s) => s.text).join(' '));
    expect(slides).toContain(highlights[0]);
    expect(slides).toMatch(/and \d+ more: \d+ highlights; full list in the full deck's appendix and the report/);
    expect(slides).toMatch(/and \d+ more open risks, full list in the full deck's appendix and the report/);
    expect(slides).toMatch(/and \d+ more: \d+ due later; full list in the full deck's appendix and the report/);
  });
  it.each([
    ['full', full],
    ['exec', exec],
  ])('the %s deck sends the reader only to slides it has', (_, deck) => {
    expect(references(deck).filter((r) => !r.found)).toEqual([]);
    expect(everything(deck)).not.toMatch(/see the (detail|following) slides?/);
  });
  it('sends the reader from a crowded tracker to the detail slide, or to the full deck from the board deck', () => {
    expect(references(full).some((r) => r.ref === 'Secure remote and hybrid work: objectives' && r.found)).toBe(true);
    // The note is whole, wrapped if it must be, never cut.
    const crowdedTracker = full.slides.find((s) => s.title === 'Secure remote and hybrid work')!;
    expect(squash(crowdedTracker.text)).toMatch(
      /\+ \d+ more objectives, see “Secure remote and hybrid work: objectives”/,
    );
    const tracker = exec.slides.find((s) => s.title === 'Secure remote and hybrid work')!;
    expect(squash(tracker.text)).toMatch(
      /\+ \d+ more objectives, full list in the full deck's appendix and the report/,
    );
    // What needs attention comes first in a crowded stage: every blocked objective of the stage is on the slide.
    expect((tracker.text.match(/— Blocked/g) ?? []).length).toBe(7);
  });
  it('says where the rest of each summary list is: the appendix slides that hold it, on one summary slide', () => {
    expect(full.slides.filter((s) => s.title.startsWith('Executive summary'))).toHaveLength(1);
    const summary = full.slides.find((s) => s.title === 'Executive summary')!;
    const where = [
      ...squash(summary.text).matchAll(/and (\d+) more: [^;]+; see the appendix, slides? (\d+)(?:–(\d+))?/g),
    ];
    expect(where.length).toBeGreaterThanOrEqual(2);
    for (const m of where) {
      const [first, last] = [Number(m[2]), Number(m[3] ?? m[2])];
      for (let n = first; n <= last; n++) expect(full.slides[n - 1]?.title).toMatch(/^Appendix: /);
    }
  });
  it('keeps the count of what needs attention on the slide, whatever the cut', () => {
    const summary = full.slides.find((s) => s.title.startsWith('Executive summary'))!;
    const shown = (summary.text.match(/\): blocked/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(squash(summary.text)).toMatch(
      new RegExp(`and ${7 - shown} more: ${7 - shown} blocked; see the appendix, slide \\d+`),
    );
  });
});

describe('a tracker stage with more objectives than it has room for', async () => {
  // A scenario with a long title: the note naming its detail slide needs two lines at the tracker's smallest size.
  const crowded = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `own-${i + 1}`,
      { title: `Own objective ${i + 1} of the first stage`, stage: 1, status: 'not-started' },
    ]),
  );
  const out = tmp();
  const built = await runCli([
    'build',
    makeProgram({ scenarios: { 'identify-protect-sensitive-business-data': { custom_objectives: crowded } } }),
    '--out',
    out,
    '--format',
    'pptx',
  ]);
  const deck = await openDeck(readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.pptx')) ?? '')));

  it('says how many more and where they are, whole: the note wraps rather than being cut', () => {
    expect(built.code, built.stderr).toBe(0);
    const tracker = deck.slides.find((s) => s.title === 'Identify and protect sensitive business data')!;
    expect(squash(tracker.text)).toMatch(
      /\+ \d+ more objectives, see “Identify and protect sensitive business data: objectives”/,
    );
    // The stage's objectives not on the slide are reported; the note itself fits its box.
    expect(built.stderr).toMatch(/has too many objectives for the tracker/);
    expect(built.stderr).not.toMatch(/more objectives, see .* needs more room than its box/);
  });
});

describe('a program that has just started', async () => {
  const program = makeProgram();
  const deck = await deckOf(program);

  it("leaves out the sections with nothing recorded, and names them once in the summary's notes", () => {
    const titles = deck.slides.map((s) => s.title);
    for (const t of ['Key performance indicators', 'Risks', 'Decisions asked of leadership', 'Planned versus actual'])
      expect(titles).not.toContain(t);
    const notes = deck.slides.find((s) => s.title.startsWith('Executive summary'))!.notes;
    expect(notes).toContain(
      'Not yet recorded, so not shown: Key performance indicators, Risks, Planned versus actual and Decisions asked of leadership.',
    );
    expect(deck.slides.filter((s) => s.notes.includes('Not yet recorded'))).toHaveLength(1);
  });
  it("keeps them when the template's deck asks to", async () => {
    const dir = path.join(tmp(), 'keep');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'template.yaml'), 'name: keep\nextends: default\n');
    writeFileSync(
      path.join(dir, 'deck.yaml'),
      'decks:\n  full:\n    title: Everything\n    keep_empty: [kpis]\n    slides: [title, executive-summary, kpis, risks]\n',
    );
    const kept = await deckOf(program, ['--template', dir]);
    expect(kept.slides.map((s) => s.title)).toEqual([
      'Made program',
      'Executive summary',
      'Key performance indicators',
    ]);
    expect(kept.slides[2]?.text).toContain('No KPIs are recorded yet.');
  });
  it('calls a scenario where nothing has started "Not started", not "On track"', () => {
    const summary = deck.slides.find((s) => s.title.startsWith('Executive summary'))!;
    expect(summary.text).toContain('Not started');
    expect(summary.text).not.toContain('On track');
  });
});

describe('the classification marking', async () => {
  const deck = await deckOf(makeProgram({ classification: 'Confidential - Board only' }));
  it('is shown exactly as written, never upper-cased', async () => {
    const layouts = await Promise.all(
      deck.entries.filter((e) => /slideLayouts\/slideLayout\d+\.xml$/.test(e)).map((e) => deck.part(e)),
    );
    expect(layouts.join(' ')).toContain('Confidential - Board only');
    expect(layouts.join(' ')).not.toContain('CONFIDENTIAL');
  });
});
