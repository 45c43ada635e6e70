import { z } from 'zod';
import { suggestionHint } from '../problems/suggest.js';
import { id, text, type IssueParams } from './common.js';

/**
 * Every kind of slide ztdeck can draw. Scenario kinds repeat for each scenario
 * in scope: consecutive ones form a group (tracker, detail, stakeholders for
 * scenario 1, then for scenario 2...).
 */
export const slideKinds = {
  title: { scope: 'program' },
  'executive-summary': { scope: 'program' },
  changes: { scope: 'program' },
  glance: { scope: 'program' },
  tracker: { scope: 'scenario' },
  'scenario-detail': { scope: 'scenario' },
  stakeholders: { scope: 'scenario' },
  areas: { scope: 'program' },
  kpis: { scope: 'program' },
  risks: { scope: 'program' },
  'planned-vs-actual': { scope: 'program' },
  decisions: { scope: 'program' },
  appendix: { scope: 'program' },
  'appendix-attention': { scope: 'program' },
  'appendix-since': { scope: 'program' },
  'appendix-decisions': { scope: 'program' },
} as const satisfies Record<string, { scope: 'program' | 'scenario' }>;

export type SlideKind = keyof typeof slideKinds;
export const slideKindIds = Object.keys(slideKinds) as [SlideKind, ...SlideKind[]];

/** The slides a board deck may hold: each takes exactly one slide (a tracker, one per scenario or track). */
export const boardSlideKinds = [
  'title',
  'executive-summary',
  'glance',
  'tracker',
  'areas',
  'kpis',
  'risks',
  'planned-vs-actual',
  'decisions',
] as const satisfies readonly SlideKind[];

/** What a board deck may spend: slides, the smallest text, the KPIs and risks it names. */
export const boardBudgetSchema = z.strictObject({
  slides: z
    .number()
    .int()
    .min(4)
    .max(40)
    .default(12)
    .describe('The most slides the deck has, for any program: trackers beyond it are left to the full deck'),
  min_text_size: z
    .number()
    .min(8)
    .max(24)
    .default(10)
    .describe('No text on a slide (the footer aside) is smaller than this, in points: fewer items, not smaller type'),
  kpis: z
    .number()
    .int()
    .min(1)
    .max(6)
    .default(6)
    .describe('The most KPIs the KPI slide shows, the furthest from target first'),
  risks: z
    .number()
    .int()
    .min(1)
    .max(8)
    .default(5)
    .describe('The most risks the risk slide names, above appetite first'),
});

export type BoardBudget = z.infer<typeof boardBudgetSchema>;

/** deck.yaml: which decks a template offers, and which slides each holds, in order. */
export const deckFileSchema = z
  .strictObject({
    default: id.describe('The deck built when --deck is not given'),
    decks: z.record(
      id,
      z.strictObject({
        title: text(120).describe('What the deck is for'),
        slides: z.array(z.enum(slideKindIds)).min(1).max(40),
        keep_empty: z
          .union([z.boolean(), z.array(z.enum(slideKindIds))])
          .default(false)
          .describe(
            'Sections with nothing recorded yet (no KPIs, risks, decisions...) are left out of the deck and named in the notes of the summary; true keeps them all, or list the slide kinds to keep',
          ),
        audience: z
          .enum(['team', 'board'])
          .default('team')
          .describe(
            'team: everything, continued over as many slides as it takes; board: one slide per section within a budget (budget:), nothing under its smallest text size, no ids or codes',
          ),
        budget: boardBudgetSchema
          .optional()
          .describe('What a board deck may spend (audience: board); the defaults when absent'),
      }),
    ),
  })
  .superRefine((d, ctx) => {
    for (const [name, deck] of Object.entries(d.decks)) boardRules(name, deck, ctx);
    if (!Object.hasOwn(d.decks, d.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: `there is no deck "${d.default}" under decks`,
        params: {
          code: 'unknown-reference',
          hint: suggestionHint(d.default, Object.keys(d.decks), `use one of: ${Object.keys(d.decks).join(', ')}`),
        } satisfies IssueParams,
      });
    }
  });

/** A board deck holds each section once, only sections that fit one slide, and fits its budget for any program. */
function boardRules(
  name: string,
  deck: { slides: SlideKind[]; audience: 'team' | 'board'; budget?: { slides: number } | undefined },
  ctx: z.RefinementCtx,
): void {
  if (deck.audience !== 'board') return;
  const issue = (index: number | null, message: string, hint: string) =>
    ctx.addIssue({
      code: 'custom',
      path: ['decks', name, ...(index === null ? [] : ['slides', index])],
      message,
      params: { code: 'invalid-value', hint } satisfies IssueParams,
    });
  const allowed: readonly string[] = boardSlideKinds;
  deck.slides.forEach((kind, i) => {
    if (!allowed.includes(kind))
      issue(
        i,
        `a board deck cannot hold ${kind} slides: they run over several slides`,
        `use one of: ${boardSlideKinds.join(', ')}`,
      );
    else if (deck.slides.indexOf(kind) !== i)
      issue(i, `${kind} is listed twice`, 'a board deck holds each section once');
  });
  const sections = new Set(deck.slides.filter((k) => k !== 'tracker')).size + (deck.slides.includes('tracker') ? 1 : 0);
  const budget = deck.budget?.slides ?? 12;
  if (sections > budget)
    issue(
      null,
      `the deck has ${sections} sections for a budget of ${budget} slides`,
      'list fewer slides, or raise budget: slides',
    );
}

export type DeckFile = z.infer<typeof deckFileSchema>;

export type DeckDefinition = DeckFile['decks'][string];
