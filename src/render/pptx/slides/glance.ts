import type { StageModel } from '../../../model/types.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import { headerRow, legend, stageLabel, stateLabels } from './common.js';

export function renderGlance(deck: DeckBuilder): void {
  const m = deck.model;
  const { colors } = deck.theme;
  const labels = m.catalog.stageLabels;
  const cell = (st: StageModel): TableCell => ({
    text: [
      { text: st.total === 0 ? '–' : `${st.percentComplete}%`, options: { bold: true, fontSize: 14, breakLine: true } },
      { text: `${stateLabels[st.state]} · ${st.complete}/${st.applicable}${st.isFocus ? ' · focus' : ''}`, options: { fontSize: 9, color: colors.muted } },
    ],
    options: {
      fill: { color: colors.state_fill[st.state] }, align: 'center',
      ...(st.isFocus ? { border: [{ type: 'solid', pt: 2.5, color: colors.accent }, { type: 'solid', pt: 2.5, color: colors.accent }, { type: 'solid', pt: 2.5, color: colors.accent }, { type: 'solid', pt: 2.5, color: colors.accent }] } : {}),
    },
  });
  const rows: TableRow[] = [headerRow([{ header: 'Business scenario' }, ...labels.map((l) => ({ header: l, align: 'center' as const })), { header: 'Overall', align: 'center' }], deck.theme)];
  const notes: string[] = [];
  for (const s of m.scenarios) {
    rows.push([
      { text: [{ text: s.title, options: { bold: true, breakLine: true } }, { text: `Phase: ${s.phase.title}`, options: { fontSize: 9, color: colors.muted } }] },
      ...s.stages.map(cell),
      { text: [{ text: `${s.progress.percentComplete}%`, options: { bold: true, fontSize: 14, breakLine: true } }, { text: `${s.progress.complete} of ${s.progress.applicable}`, options: { fontSize: 9, color: colors.muted } }], options: { align: 'center' } },
    ]);
    for (const t of s.tracks) {
      rows.push([
        { text: `↳ ${t.title}`, options: { fontSize: 10, color: colors.muted } },
        ...t.stages.map(cell),
        { text: `${t.progress.percentComplete}%`, options: { align: 'center', bold: true } },
      ]);
    }
    const current = s.stages.find((st) => st.isFocus);
    notes.push(`${s.title}: ${s.progress.percentComplete}% complete, in the ${s.phase.title.toLowerCase()} phase, focused on ${stageLabel(labels, s.focusStage)}${current ? ` (${current.complete} of ${current.applicable} done there)` : ''}; ${s.stages.filter((st) => st.state === 'complete').length} of ${s.stages.length} stages complete.`);
  }
  const c = deck.slide({
    layout: 'content',
    title: 'Program at a glance',
    notes: `Each cell shows a stage's percent complete and its state, as on Microsoft's tracker shields: not started, in progress or complete. The outlined cell is the stage each team focuses on now.\n\n${notes.join('\n')}`,
  });
  const n = labels.length;
  const scenarioW = 3.4;
  const overallW = 1.3;
  const stageW = (CONTENT.w - scenarioW - overallW) / n;
  const bodyRows = rows.length - 1;
  const rowH = Math.min(0.75, (CONTENT.h - 0.85) / Math.max(1, bodyRows));
  c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0 }, { colW: [scenarioW, ...Array(n).fill(stageW), overallW], fontSize: 11, rowH: [0.4, ...Array(bodyRows).fill(rowH)] });
  legend(c, (['not-started', 'in-progress', 'complete'] as const).map((s) => ({
    label: stateLabels[s], draw: (b) => c.shape('rect', b, { fill: colors.state_fill[s], line: colors.line, lineWidth: 0.5 }),
  })), { x: CONTENT.x, y: CONTENT.y + CONTENT.h - 0.3, w: 8, h: 0.3 });
}
