import type { ProgramModel, ScenarioModel } from '../../model/types.js';
import { type slideKinds, type SlideKind } from '../../schema/deck.js';
import type { SlideDeck } from './slide-deck.js';
import { renderAppendix } from './slides/appendix.js';
import { renderBoardDecisions } from './slides/decisions-board.js';
import { renderBoardKpis } from './slides/kpis-board.js';
import { renderBoardRisks } from './slides/risks-board.js';
import { renderAttentionList, renderDecisionsList, renderSinceList } from './slides/ranked-lists.js';
import { renderAreas } from './slides/areas.js';
import { renderChanges } from './slides/changes.js';
import { renderDecisions } from './slides/decisions.js';
import { renderExecutiveSummary } from './slides/executive-summary.js';
import { renderGlance } from './slides/glance.js';
import { renderKpis } from './slides/kpis.js';
import { renderPlannedVsActual } from './slides/planned-vs-actual.js';
import { renderRisks } from './slides/risks.js';
import { renderScenarioDetail } from './slides/scenario-detail.js';
import { renderStakeholders } from './slides/stakeholders.js';
import { renderTitle } from './slides/title.js';
import { renderTrackerSlides } from './slides/tracker.js';

type Renderer<K extends SlideKind> = (typeof slideKinds)[K]['scope'] extends 'scenario'
  ? (deck: SlideDeck, scenario: ScenarioModel) => void
  : (deck: SlideDeck) => void;

/** Every slide kind and the module that draws it; a new kind does not compile until it is here. */
export const slideRenderers: { [K in SlideKind]: Renderer<K> } = {
  title: renderTitle,
  'executive-summary': renderExecutiveSummary,
  changes: renderChanges,
  glance: renderGlance,
  tracker: renderTrackerSlides,
  'scenario-detail': renderScenarioDetail,
  stakeholders: renderStakeholders,
  areas: renderAreas,
  kpis: renderKpis,
  risks: renderRisks,
  'planned-vs-actual': renderPlannedVsActual,
  decisions: renderDecisions,
  appendix: renderAppendix,
  'appendix-attention': renderAttentionList,
  'appendix-since': renderSinceList,
  'appendix-decisions': renderDecisionsList,
};

/**
 * The slides drawn differently in a board deck: one slide each, the most that
 * matters first and the rest counted (a board deck's other kinds are drawn as
 * in any deck, at its smallest text size or more).
 */
export const boardRenderers: Partial<{ [K in SlideKind]: Renderer<K> }> = {
  kpis: renderBoardKpis,
  risks: renderBoardRisks,
  decisions: renderBoardDecisions,
};

/** Why a section has nothing to show: nothing is recorded for it yet, or nothing in it is open (every risk closed). */
export type EmptyReason = 'not-recorded' | 'nothing-open';

/**
 * Sections that have nothing to show for a program yet: such a slide is left
 * out of the deck unless the deck asks to keep it. Those not recorded yet are
 * named once, in the summary's notes; the others say so in their own words
 * there (every risk closed) or need no word (an empty ranked list). Other
 * slides always have something to show.
 */
export const emptyWhen: Partial<Record<SlideKind, (model: ProgramModel) => EmptyReason | null>> = {
  kpis: (model) => (model.kpis.length === 0 ? 'not-recorded' : null),
  risks: (model) =>
    model.risks.length === 0 ? 'not-recorded' : model.risks.every((r) => r.status !== 'open') ? 'nothing-open' : null,
  decisions: (model) => (model.decisions.length === 0 ? 'not-recorded' : null),
  areas: (model) =>
    model.areas.every((a) => a.progress.total === 0)
      ? 'not-recorded'
      : model.areas.every((a) => a.progress.applicable === 0)
        ? 'nothing-open'
        : null,
  'planned-vs-actual': (model) =>
    model.plannedVsActual.planned.every((n) => n === 0) && model.plannedVsActual.actual.every((n) => !n)
      ? 'not-recorded'
      : null,
  'appendix-attention': (model) => (model.attention.length === 0 ? 'nothing-open' : null),
  'appendix-since': (model) => (model.since.length === 0 ? 'nothing-open' : null),
  'appendix-decisions': (model) => (model.openDecisions.length === 0 ? 'nothing-open' : null),
};
