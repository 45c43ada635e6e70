import type { ProgramModel } from '../../model/types.js';
import type { BoardBudget, SlideKind } from '../../schema/deck.js';

/** A tracker: a scenario, or a track of a scenario split in tracks. */
export interface TrackerUnit {
  scenarioId: string;
  trackId: string | null;
  title: string;
}

const SEVERITY = ['red', 'amber', 'not-started', 'green', 'not-applicable'] as const;

/** Every tracker a deck would draw, in the program's order. */
export function trackerUnits(model: ProgramModel): TrackerUnit[] {
  return model.scenarios.flatMap((s): TrackerUnit[] =>
    s.tracks.length === 0
      ? [{ scenarioId: s.id, trackId: null, title: s.title }]
      : s.tracks.map((t) => ({ scenarioId: s.id, trackId: t.id, title: `${s.shortTitle} · ${t.title}` })),
  );
}

/**
 * The trackers a board deck draws: all of them when the budget has a slide
 * for each after its other sections (one slide each), else as many as it has,
 * the scenarios in the worst health first, shown in the program's order. The
 * rest are named on the glance and left to the full deck.
 */
export function boardTrackers(
  model: ProgramModel,
  slides: readonly SlideKind[],
  budget: BoardBudget,
): { shown: TrackerUnit[]; left: TrackerUnit[] } {
  const units = slides.includes('tracker') ? trackerUnits(model) : [];
  const room = Math.max(0, budget.slides - slides.filter((k) => k !== 'tracker').length);
  if (units.length <= room) return { shown: units, left: [] };
  const health = new Map(model.scenarios.map((s) => [s.id, SEVERITY.indexOf(s.health.level)]));
  const ranked = units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (health.get(a.u.scenarioId) ?? 0) - (health.get(b.u.scenarioId) ?? 0) || a.i - b.i);
  const kept = new Set(ranked.slice(0, room).map((x) => x.i));
  return { shown: units.filter((_, i) => kept.has(i)), left: units.filter((_, i) => !kept.has(i)) };
}
