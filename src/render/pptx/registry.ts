import type { ProgramModel, ScenarioModel } from '../../model/types.js';
import { type slideKinds, type SlideKind } from '../../schema/deck.js';
import type { DeckBuilder } from './deck-builder.js';
import { renderAppendix } from './slides/appendix.js';
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
  ? (deck: DeckBuilder, scenario: ScenarioModel) => void
  : (deck: DeckBuilder) => void;

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
};

/**
 * Sections that have nothing to show for a program yet: such a slide is left
 * out of the deck (and named once, in the summary's notes) unless the deck
 * asks to keep it. Other slides always have something to show.
 */
export const emptyWhen: Partial<Record<SlideKind, (model: ProgramModel) => boolean>> = {
  kpis: (model) => model.kpis.length === 0,
  risks: (model) => model.risks.length === 0,
  decisions: (model) => model.decisions.length === 0,
  areas: (model) => model.areas.every((a) => a.progress.total === 0),
  'planned-vs-actual': (model) =>
    model.plannedVsActual.planned.every((n) => n === 0) && model.plannedVsActual.actual.every((n) => !n),
};
