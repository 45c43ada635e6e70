import { riskLabels, scaleLabels } from '../../../present/sentences.js';
import { riskLevel } from '../../../model/risks.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow, paginate, rowHeight } from './common.js';

const TREND_ARROW = { increasing: '▲', stable: '►', decreasing: '▼' } as const;
const TOP = 6;

export function renderRisks(deck: DeckBuilder): void {
  const { ctx, w, theme } = deck;
  const { colors } = theme;
  const open = ctx.risks.filter((r) => r.status === 'open');
  const top = open.slice(0, TOP);
  const labels = riskLabels(deck.model);
  const mitigation = (r: (typeof open)[number]) =>
    r.mitigatedBy.length ? w.t('risks.mitigation', r.mitigation) : w.t('risks.no_mitigation');
  const c = deck.slide({
    layout: 'content',
    title: deck.title('risks'),
    notes: deck.notes('risks', {
      open: open.length,
      top: top.map((r) => ({
        ...r,
        mitigationText: mitigation(r),
        mitigatedTitles: w.join(deck.model.risks.find((x) => x.id === r.id)?.mitigations.map((o) => o.title) ?? []),
      })),
      more: Math.max(0, open.length - TOP),
      closed: ctx.risks.filter((r) => r.status === 'closed'),
    }),
  });

  // Heat map: likelihood rows (5 at the top), impact columns.
  const cell = 0.74;
  const scales = scaleLabels(w);
  const heat: TableRow[] = [];
  for (let l = 5; l >= 1; l--) {
    const row: TableRow = [
      { text: scales.likelihood[l - 1] ?? String(l), options: { fontSize: 9, color: colors.muted, align: 'right' } },
    ];
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i).map((r) => labels.get(r.id) ?? '');
      row.push({
        text: here.join(' '),
        options: { fill: { color: colors.risk[riskLevel(l * i)] }, align: 'center', bold: true, fontSize: 10 },
      });
    }
    heat.push(row);
  }
  heat.push([
    { text: '' },
    ...scales.impact.map((name) => ({
      text: name.replace(' ', '\n'),
      options: { fontSize: 8, color: colors.muted, align: 'center' as const },
    })),
  ]);
  c.text(
    w.t('risks.likelihood_axis'),
    { x: CONTENT.x, y: CONTENT.y, w: 1.3, h: 0.3 },
    { size: 10, bold: true, color: colors.muted, align: 'right' },
  );
  c.table(
    heat,
    { x: CONTENT.x, y: CONTENT.y + 0.35, w: 1.3 + 5 * cell, h: 0 },
    { colW: [1.3, ...Array(5).fill(cell)], fontSize: 10, rowH: [...Array(5).fill(cell), 0.45] },
  );
  c.text(
    w.t('risks.impact_axis'),
    { x: CONTENT.x + 1.3, y: CONTENT.y + 0.4 + 5 * cell + 0.5, w: 5 * cell, h: 0.3 },
    { size: 10, bold: true, color: colors.muted, align: 'center' },
  );

  // The top risks with the progress of the objectives that mitigate them.
  const cols = [
    { header: w.t('columns.number'), w: 0.45 },
    { header: w.t('columns.risk'), w: 2.85 },
    { header: w.t('columns.score'), w: 0.8, align: 'center' as const },
    { header: w.t('columns.trend'), w: 1.0 },
    { header: w.t('columns.mitigation'), w: 1.75 },
  ];
  const x = CONTENT.x + 1.3 + 5 * cell + 0.45;
  const rows: TableRow[] = [
    headerRow(cols, theme),
    ...top.map((r): TableRow => [
      { text: r.label ?? '', options: { bold: true } },
      {
        text: [
          { text: r.title, options: { breakLine: true } },
          {
            text: w.t('risks.owner', { owner: r.owner, treatment: r.treatmentLabel }),
            options: { fontSize: 8.5, color: colors.muted },
          },
        ],
      },
      {
        text: `${r.score}\n${r.levelLabel}`,
        options: { align: 'center', fill: { color: colors.risk[r.level] }, bold: true },
      },
      {
        text: `${TREND_ARROW[r.trend]} ${r.trendLabel}`,
        options: {
          color:
            r.trend === 'increasing'
              ? colors.status.blocked
              : r.trend === 'decreasing'
                ? colors.status.complete
                : colors.muted,
        },
      },
      { text: mitigation(r), options: { fontSize: 9 } },
    ]),
  ];
  const heights = top.map((r) =>
    rowHeight(
      [
        'R1',
        [
          { text: r.title, size: 10 },
          { text: w.t('risks.owner', { owner: r.owner, treatment: r.treatmentLabel }), size: 8.5 },
        ],
        `25\n${r.levelLabel}`,
        `▲ ${r.trendLabel}`,
        [{ text: mitigation(r), size: 9 }],
      ],
      cols.map((col) => col.w),
      10,
    ),
  );
  const fits = paginate(heights, 0.34, CONTENT.h)[0]?.length ?? 0;
  if (fits < top.length)
    deck.warn(c, 'text-truncated', `only ${fits} of the top ${top.length} risks fit; the rest are in the notes`);
  c.table(
    rows.slice(0, fits + 1),
    { x, y: CONTENT.y, w: CONTENT.x + CONTENT.w - x, h: 0 },
    { colW: cols.map((col) => col.w), fontSize: 10 },
  );
  if (open.length === 0)
    c.text(w.t('risks.nothing'), { x, y: CONTENT.y + 0.5, w: 6, h: 0.4 }, { size: 12, color: colors.muted });
}
