import type { ScenarioModel } from '../../model/types.js';
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
