import { z } from 'zod';
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
} as const satisfies Record<string, { scope: 'program' | 'scenario' }>;

export type SlideKind = keyof typeof slideKinds;
export const slideKindIds = Object.keys(slideKinds) as [SlideKind, ...SlideKind[]];

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
      }),
    ),
  })
  .superRefine((d, ctx) => {
    if (!Object.hasOwn(d.decks, d.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: `there is no deck "${d.default}" under decks`,
        params: {
          code: 'unknown-reference',
          hint: `use one of: ${Object.keys(d.decks).join(', ')}`,
        } satisfies IssueParams,
      });
    }
  });

export type DeckFile = z.infer<typeof deckFileSchema>;

export type DeckDefinition = DeckFile['decks'][string];
