import { describe, expect, it } from 'vitest';
import { boardTrackers, trackerUnits } from '../../../../src/render/pptx/board-plan.js';
import { boardBudget, composition } from '../../../../src/render/pptx/render-deck.js';
import { deckFileSchema } from '../../../../src/schema/deck.js';
import { functionalAreas } from '../../../../src/charts/specs/program.js';
import { appetiteStatement, statusSentence } from '../../../../src/present/board-context.js';
import { Wording } from '../../../../src/templating/wording.js';
import { boardProgram } from '../../../helpers/board-program.js';
import { makeProgram } from '../../../helpers/make-program.js';
import { defaultTemplate, modelOf } from '../../../helpers/program.js';

const board = (slides: string[], budget?: object) =>
  deckFileSchema.safeParse({
    default: 'b',
    decks: { b: { title: 'B', audience: 'board', slides, ...(budget ? { budget } : {}) } },
  });

describe('a board deck in deck.yaml', () => {
  it('takes the sections that fit one slide, each once', () => {
    expect(board(['title', 'executive-summary', 'glance', 'tracker', 'kpis', 'risks', 'decisions']).success).toBe(true);
  });
  it('refuses a section that runs over several slides, or one listed twice, naming it', () => {
    const appendix = board(['title', 'appendix']);
    expect(appendix.success).toBe(false);
    expect(appendix.error?.issues[0]?.message).toContain('cannot hold appendix slides');
    expect(appendix.error?.issues[0]?.path).toEqual(['decks', 'b', 'slides', 1]);
    const twice = board(['title', 'kpis', 'kpis']);
    expect(twice.error?.issues[0]?.message).toBe('kpis is listed twice');
  });
  it('refuses more sections than its budget has slides', () => {
    expect(
      board(['title', 'executive-summary', 'glance', 'tracker', 'kpis'], { slides: 4 }).error?.issues[0]?.message,
    ).toBe('the deck has 5 sections for a budget of 4 slides');
  });
  it('has the budget the issue asks for by default: 12 slides, nothing under 10 pt, 6 KPIs, 5 risks', () => {
    expect(boardBudget({ audience: 'board' })).toEqual({ slides: 12, min_text_size: 10, kpis: 6, risks: 5 });
    expect(boardBudget({ audience: 'team' })).toBeNull();
  });
});

describe('the trackers of a board deck', async () => {
  const model = await modelOf(boardProgram({ objectives: 300, seed: 4 }));
  const slides = ['title', 'executive-summary', 'glance', 'tracker', 'kpis', 'risks', 'decisions'] as const;
  it('are all there when the budget has a slide for each (6 trackers, 6 other sections, 12 slides)', () => {
    const plan = boardTrackers(model, slides, { slides: 12, min_text_size: 10, kpis: 6, risks: 5 });
    expect(plan.shown).toEqual(trackerUnits(model));
    expect(plan.left).toEqual([]);
  });
  it('go to the worst health first when the budget is short, shown in the program order', () => {
    const plan = boardTrackers(model, slides, { slides: 9, min_text_size: 10, kpis: 6, risks: 5 });
    expect(plan.shown).toHaveLength(3);
    expect(plan.left).toHaveLength(3);
    const rank = ['red', 'amber', 'not-started', 'green', 'not-applicable'];
    const level = (id: string) => rank.indexOf(model.scenarios.find((s) => s.id === id)?.health.level ?? '');
    const worstLeft = Math.min(...plan.left.map((u) => level(u.scenarioId)));
    expect(plan.shown.every((u) => level(u.scenarioId) <= worstLeft)).toBe(true);
    const all = trackerUnits(model);
    expect(plan.shown.map((u) => all.indexOf(u))).toEqual(
      [...plan.shown.map((u) => all.indexOf(u))].sort((a, b) => a - b),
    );
  });
});

describe('sections with nothing to show', async () => {
  it('leave out the risk slide when every risk is closed, without calling them "not recorded"', async () => {
    const model = await modelOf(
      makeProgram({
        risks: {
          gone: {
            title: 'Gone',
            likelihood: 2,
            impact: 2,
            treatment: 'reduce',
            owner: 'x',
            trend: 'stable',
            status: 'closed',
          },
        },
      }),
    );
    const { slides, left } = composition(model, {
      slides: ['title', 'risks', 'appendix-attention'],
      keep_empty: false,
    });
    expect(slides).toEqual(['title']);
    expect(left).toEqual([]);
  });
});

describe('a program whose only applicable objective has no functional area', async () => {
  const model = await modelOf(boardProgram({ objectives: 1, seed: 11 }));
  it('has no areas slide (every area is ruled out), and its areas chart still has a series', async () => {
    const { theme, wording } = await defaultTemplate();
    expect(model.areas.some((a) => a.progress.total > 0)).toBe(true);
    expect(composition(model, { slides: ['title', 'areas'], keep_empty: false })).toEqual({
      slides: ['title'],
      left: [],
    });
    expect(functionalAreas(model, theme, wording).series.length).toBeGreaterThan(0);
  });
});

describe('the status sentence', async () => {
  const { template } = await defaultTemplate();
  const wording = new Wording(template);
  it('is never empty, for an empty program and a full one, and counts what needs the board', async () => {
    const empty = await modelOf(makeProgram());
    expect(statusSentence(empty, wording)).toBe(
      'Not started overall: 0 of 10 objectives complete; 0 open risks (appetite not set); no decision pending.',
    );
    const full = await modelOf(
      boardProgram({ objectives: 60, risks: 30, decisions: 10, seed: 9, appetite: { max_score: 9 } }),
    );
    const above = full.risks.filter((r) => r.status === 'open' && r.score > 9).length;
    const sentence = statusSentence(full, wording);
    expect(sentence).toContain(`${full.progress.complete} of ${full.progress.applicable} objectives complete`);
    expect(sentence).toContain(`${above} risk${above === 1 ? '' : 's'} above appetite`);
    expect(sentence).toContain(`${full.openDecisions.length} decisions needed`);
    expect(appetiteStatement(full, wording)).toBe('Risk appetite: a score above 9 is above appetite');
  });
});
