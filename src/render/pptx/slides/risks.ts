import { IMPACT, LIKELIHOOD, riskLabels } from '../../../charts/specs/risks.js';
import { riskLevel } from '../../../model/risks.js';
import type { RiskModel } from '../../../model/types.js';
import { riskTreatments, riskTrends } from '../../../schema/risks.js';
import { list, plural } from '../../format.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow, paginate, rowHeight } from './common.js';

const TREND_ARROW = { increasing: '▲', stable: '►', decreasing: '▼' } as const;
const TOP = 6;

function mitigationText(r: RiskModel): string {
  if (r.mitigations.length === 0) return 'No objective linked';
  return `${r.mitigation.complete} of ${r.mitigation.applicable} objectives complete (${r.mitigation.percentComplete}%)`;
}

export function renderRisks(deck: DeckBuilder): void {
  const m = deck.model;
  const { theme } = deck;
  const { colors } = theme;
  const open = m.risks.filter((r) => r.status === 'open');
  const closed = m.risks.filter((r) => r.status === 'closed');
  const label = riskLabels(m);
  const top = open.slice(0, TOP);
  const c = deck.slide({
    layout: 'content',
    title: 'Risks',
    notes: [
      `The heat map places the ${plural(open.length, 'open risk')} of the register by likelihood and impact (ISO 31000); the score is likelihood × impact.`,
      ...top.map((r) => `${label.get(r.id)}, ${r.title}: likelihood ${r.likelihood}, impact ${r.impact}, score ${r.score} (${r.level}), ${riskTrends[r.trend].toLowerCase()}, owner ${r.owner}, treatment: ${riskTreatments[r.treatment].toLowerCase()}. Mitigation: ${mitigationText(r).toLowerCase()}${r.mitigations.length ? ` (${list(r.mitigations.map((o) => o.title))})` : ''}.`),
      open.length > TOP ? `${open.length - TOP} further open risks are in the register.` : '',
      closed.length ? `Closed: ${closed.map((r) => r.title).join('; ')}.` : '',
    ].filter(Boolean).join('\n\n'),
  });

  // Heat map: likelihood rows (5 at the top), impact columns.
  const cell = 0.74;
  const heat: TableRow[] = [];
  for (let l = 5; l >= 1; l--) {
    const row: TableRow = [{ text: `${l} ${LIKELIHOOD[l - 1]}`, options: { fontSize: 9, color: colors.muted, align: 'right' } }];
    for (let i = 1; i <= 5; i++) {
      const here = open.filter((r) => r.likelihood === l && r.impact === i).map((r) => label.get(r.id) ?? '');
      row.push({ text: here.join(' '), options: { fill: { color: colors.risk[riskLevel(l * i)] }, align: 'center', bold: true, fontSize: 10 } });
    }
    heat.push(row);
  }
  heat.push([{ text: '' }, ...IMPACT.map((name, i) => ({ text: `${i + 1}\n${name}`, options: { fontSize: 8, color: colors.muted, align: 'center' as const } }))]);
  c.text('Likelihood ↑', { x: CONTENT.x, y: CONTENT.y, w: 1.3, h: 0.3 }, { size: 10, bold: true, color: colors.muted, align: 'right' });
  c.table(heat, { x: CONTENT.x, y: CONTENT.y + 0.35, w: 1.3 + 5 * cell, h: 0 }, { colW: [1.3, ...Array(5).fill(cell)], fontSize: 10, rowH: [...Array(5).fill(cell), 0.45] });
  c.text('Impact →', { x: CONTENT.x + 1.3, y: CONTENT.y + 0.4 + 5 * cell + 0.5, w: 5 * cell, h: 0.3 }, { size: 10, bold: true, color: colors.muted, align: 'center' });

  // The top risks with the progress of the objectives that mitigate them.
  const cols = [
    { header: '#', w: 0.45 }, { header: 'Risk', w: 2.85 }, { header: 'Score', w: 0.8, align: 'center' as const },
    { header: 'Trend', w: 1.0 }, { header: 'Mitigation', w: 1.75 },
  ];
  const x = CONTENT.x + 1.3 + 5 * cell + 0.45;
  const rows: TableRow[] = [headerRow(cols, theme), ...top.map((r): TableRow => [
    { text: label.get(r.id) ?? '', options: { bold: true } },
    { text: [{ text: r.title, options: { breakLine: true } }, { text: `Owner: ${r.owner} · ${riskTreatments[r.treatment]}`, options: { fontSize: 8.5, color: colors.muted } }] },
    { text: `${r.score}\n${r.level}`, options: { align: 'center', fill: { color: colors.risk[r.level] }, bold: true } },
    { text: `${TREND_ARROW[r.trend]} ${riskTrends[r.trend]}`, options: { color: r.trend === 'increasing' ? colors.status.blocked : r.trend === 'decreasing' ? colors.status.complete : colors.muted } },
    { text: mitigationText(r), options: { fontSize: 9 } },
  ])];
  const heights = top.map((r) => rowHeight(['R1', [{ text: r.title, size: 10 }, { text: `Owner: ${r.owner} · ${riskTreatments[r.treatment]}`, size: 8.5 }], '25\ncritical', '▲ Increasing', [{ text: mitigationText(r), size: 9 }]], cols.map((col) => col.w), 10));
  const fits = paginate(heights, 0.34, CONTENT.h)[0]?.length ?? 0;
  if (fits < top.length) deck.warn(c, 'text-truncated', `only ${fits} of the top ${top.length} risks fit; the rest are in the notes`);
  c.table(rows.slice(0, fits + 1), { x, y: CONTENT.y, w: CONTENT.x + CONTENT.w - x, h: 0 }, { colW: cols.map((col) => col.w), fontSize: 10 });
  if (open.length === 0) c.text('No open risks in the register.', { x, y: CONTENT.y + 0.5, w: 6, h: 0.4 }, { size: 12, color: colors.muted });
}
