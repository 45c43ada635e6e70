import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableCell, TableRow } from '../pptxgen.js';
import { fitTable, headerRow, legend, measureRows, scaleRows } from './common.js';

type Stage = SlideDeck['ctx']['scenarios'][number]['stages'][number];

/**
 * The table of every scenario (and track) by stage. Each cell holds the
 * stage's percentage and, below it, its state and counts; when the rows do
 * not fit even at the smallest size the deck allows (many scenarios of an
 * organization's own catalog), the cells keep the percentage only and the
 * state is told by the cell's fill, as the legend says.
 */
export function renderGlance(deck: SlideDeck): void {
  const labels = deck.ctx.program.catalog.stageLabels;
  const n = labels.length;
  const colW = [3.4, ...Array<number>(n).fill((CONTENT.w - 3.4 - 1.3) / n), 1.3];
  const room = CONTENT.h - 0.4;
  const smallest = (rows: TableRow[]) =>
    measureRows(deck.fonts, scaleRows(rows, 0.7, 11), colW, 11 * 0.7).reduce((a, b) => a + b, 0);
  const detailed = glanceRows(deck, false);
  drawGlance(deck, smallest(detailed) <= room ? detailed : glanceRows(deck, true), colW, room);
}

function glanceRows(deck: SlideDeck, compact: boolean): TableRow[] {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const labels = ctx.program.catalog.stageLabels;
  const focusBorder = { type: 'solid' as const, pt: 2.5, color: colors.accent };
  const cell = (st: Stage): TableCell => ({
    text: [
      {
        text: st.total === 0 ? w.t('none') : w.percent(st.percentComplete),
        options: { bold: true, fontSize: 14, ...(compact ? {} : { breakLine: true }) },
      },
      ...(compact
        ? []
        : [
            {
              text: w.t('glance.cell', {
                state: st.stateLabel,
                complete: st.complete,
                applicable: st.applicable,
                focus: st.isFocus,
              }),
              options: { fontSize: 9, color: colors.muted },
            },
          ]),
    ],
    options: {
      fill: { color: colors.state_fill[st.state] },
      align: 'center',
      ...(st.isFocus
        ? {
            border: [focusBorder, focusBorder, focusBorder, focusBorder] as [
              typeof focusBorder,
              typeof focusBorder,
              typeof focusBorder,
              typeof focusBorder,
            ],
          }
        : {}),
    },
  });
  const rows: TableRow[] = [
    headerRow(
      [
        { header: w.t('glance.scenario') },
        ...labels.map((l) => ({ header: l, align: 'center' as const })),
        { header: w.t('glance.overall'), align: 'center' },
      ],
      deck.theme,
    ),
  ];
  // With --since, each scenario's overall cell also says how far it moved.
  const delta = (id: string) => {
    const d = ctx.changes?.scenarios.find((x) => x.id === id);
    return d && d.from !== null ? ` · ${d.deltaText} pp` : '';
  };
  for (const s of ctx.scenarios) {
    rows.push([
      {
        text: compact
          ? [{ text: s.title, options: { bold: true } }]
          : [
              { text: s.title, options: { bold: true, breakLine: true } },
              { text: w.t('glance.phase', { phase: s.phase.title }), options: { fontSize: 9, color: colors.muted } },
            ],
      },
      ...s.stages.map(cell),
      {
        text: compact
          ? [{ text: w.percent(s.percentComplete), options: { bold: true, fontSize: 14 } }]
          : [
              { text: w.percent(s.percentComplete), options: { bold: true, fontSize: 14, breakLine: true } },
              { text: `${w.t('glance.overall_cell', s)}${delta(s.id)}`, options: { fontSize: 9, color: colors.muted } },
            ],
        options: { align: 'center' },
      },
    ]);
    for (const t of s.tracks) {
      rows.push([
        { text: `↳ ${t.title}`, options: { fontSize: 10, color: colors.muted } },
        ...t.stages.map(cell),
        { text: w.percent(t.percentComplete), options: { align: 'center', bold: true } },
      ]);
    }
  }
  return rows;
}

function drawGlance(deck: SlideDeck, rows: TableRow[], colW: number[], room: number): void {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const c = deck.slide({ layout: 'content', title: deck.title('glance'), notes: deck.notes('glance') });
  const bodyRows = rows.length - 1;
  // Rows share the room evenly, each at least as tall as its text measures (narrow columns, long names).
  const even = Math.min(0.75, (CONTENT.h - 0.85) / Math.max(1, bodyRows));
  fitTable(
    c,
    rows,
    { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: room },
    {
      colW,
      fontSize: 11,
      minRowH: [0.4, ...Array<number>(bodyRows).fill(even)],
      what: 'the table',
    },
  );
  legend(
    c,
    // The not-applicable state is in the legend only when a stage has it.
    (['not-started', 'in-progress', 'complete', 'not-applicable'] as const)
      .filter((s) => s !== 'not-applicable' || ctx.scenarios.some((x) => x.stages.some((st) => st.state === s)))
      .map((s) => ({
        label: w.t(`state.${s}`),
        draw: (b) => c.shape('rect', b, { fill: colors.state_fill[s], line: colors.line, lineWidth: 0.5 }),
      })),
    { x: CONTENT.x, y: CONTENT.y + CONTENT.h - 0.3, w: 6, h: 0.3 },
  );
  // A board deck whose budget has no slide for some trackers says which, and where they are.
  if (deck.trackersLeft.length > 0)
    c.fit(
      w.t('glance.trackers_left', { names: w.join(deck.trackersLeft.map((u) => u.title)), where: w.t('refs.full') }),
      { x: CONTENT.x + 6.1, y: CONTENT.y + CONTENT.h - 0.4, w: CONTENT.w - 6.1, h: 0.45 },
      { max: 10, min: 10, maxLines: 2, color: colors.muted, align: 'right', what: 'the trackers left out' },
    );
}
