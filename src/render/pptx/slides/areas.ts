import { functionalAreas } from '../../../charts/specs/program.js';
import { plural } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow } from './common.js';

export function renderAreas(deck: DeckBuilder): void {
  const m = deck.model;
  const { theme } = deck;
  const areas = m.areas.filter((a) => a.progress.total > 0);
  const short = new Map(m.scenarios.map((s) => [s.id, s.shortTitle]));
  const withoutArea = m.scenarios.flatMap((s) => s.objectives).filter((o) => o.areas.length === 0).length;
  const c = deck.slide({
    layout: 'content',
    title: 'Progress by functional area',
    notes: [
      'This view regroups the objectives by the functional areas of the Zero Trust architecture, across all scenarios in scope. An objective can serve more than one area; objectives that do not belong to one area, such as governance work, are left out.',
      ...areas.map((a) => `${a.title}: ${a.progress.complete} of ${a.progress.applicable} complete (${a.progress.percentComplete}%)${a.progress.byStatus.blocked ? `, ${a.progress.byStatus.blocked} blocked` : ''}.`),
      withoutArea ? `${plural(withoutArea, 'objective')} have no functional area.` : '',
    ].filter(Boolean).join('\n\n'),
  });
  if (areas.length === 0) {
    c.text('No objective in scope is assigned to a functional area.', { x: CONTENT.x, y: 3.5, w: CONTENT.w, h: 0.5 }, { size: 14, color: theme.colors.muted, align: 'center' });
    return;
  }
  c.specChart(functionalAreas(m, theme), { x: CONTENT.x, y: CONTENT.y, w: 6.4, h: CONTENT.h - 0.2 }, { valAxisMajorUnit: 5 });
  const cols = [{ header: 'Area', w: 1.45 }, { header: 'Complete', w: 1.0, align: 'right' as const }, { header: '%', w: 0.65, align: 'right' as const }, { header: 'Scenarios', w: 2.45 }];
  const rows: TableRow[] = [headerRow(cols, theme), ...areas.map((a): TableRow => [
    { text: a.title, options: { bold: true } },
    { text: `${a.progress.complete} of ${a.progress.applicable}`, options: { align: 'right' } },
    { text: `${a.progress.percentComplete}%`, options: { align: 'right', bold: true } },
    { text: a.byScenario.map((b) => `${short.get(b.scenarioId) ?? b.scenarioId} ${b.progress.percentComplete}%`).join('\n'), options: { fontSize: 9, color: theme.colors.muted } },
  ])];
  c.table(rows, { x: CONTENT.x + 6.7, y: CONTENT.y, w: 5.55, h: 0 }, { colW: cols.map((x) => x.w), fontSize: 11 });
}
