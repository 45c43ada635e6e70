import { ATTENTION_KINDS, countsByKind, SINCE_KINDS } from '../../../present/board-context.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT, type Box } from '../geometry.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { drawOverview } from './summary-overview.js';
import { allocate, drawLists, moreLine, type SummaryList } from './summary-lists.js';

const LEFT_W = 4.5;
const RIGHT = { x: 5.35, w: 7.45 } as const;

/** The three ranked lists of the summary, in the order the slide shows them and shares its room. */
function summaryLists(deck: SlideDeck): SummaryList[] {
  const { ctx, w } = deck;
  const { attention, since, decisions } = ctx.ranked;
  return [
    {
      list: 'attention',
      heading: w.t('summary.needs_attention'),
      items: attention.map((a) => a.text),
      restKinds: (from) =>
        countsByKind(
          attention.slice(from),
          ATTENTION_KINDS,
          (k, count) => w.t(`summary.attention_kinds.${k}`, { count }),
          w,
        ),
    },
    {
      list: 'decisions',
      heading: w.t('summary.decisions_asked'),
      items: decisions.map((d) => d.text),
      restKinds: (from) =>
        countsByKind(
          decisions.slice(from),
          ['overdue', 'upcoming'],
          (k, count) => w.t(`summary.decision_kinds.${k}`, { count }),
          w,
        ),
    },
    {
      list: 'since',
      heading: w.t('summary.since', { date: ctx.program.periodStart }),
      items: since.map((s) => s.text),
      restKinds: (from) =>
        countsByKind(since.slice(from), SINCE_KINDS, (k, count) => w.t(`summary.since_kinds.${k}`, { count }), w),
    },
  ];
}

/** The sentence that opens the summary, after a dot in the colour of the program's health. */
function drawStatus(deck: SlideDeck, c: SlideCanvas): number {
  const { colors } = deck.theme;
  const level = deck.ctx.overall.health.level;
  c.shape(
    'ellipse',
    { x: CONTENT.x, y: CONTENT.y + 0.1, w: 0.22, h: 0.22 },
    {
      fill: colors.health[level],
      name: `Health: ${deck.ctx.overall.health.label}`,
    },
  );
  const fit = c.fit(
    deck.ctx.statusSentence,
    { x: CONTENT.x + 0.35, y: CONTENT.y, w: CONTENT.w - 0.35, h: 0.8 },
    {
      max: 18,
      min: 12,
      maxLines: 2,
      bold: true,
      what: 'the status sentence',
    },
  );
  return fit.lines.length > 1 ? 0.9 : 0.5;
}

/**
 * The executive summary, one slide in every deck: the status sentence; the
 * overall number and each scenario's health on the left; on the right what
 * needs attention, the decisions asked and what was achieved since the last
 * meeting, each ranked (see ranking.ts), as many items as fit by measure and
 * the rest counted by kind with the slides (or the deck) that list them in
 * full. The lists are drawn once every slide exists, so they can name them.
 */
export function renderExecutiveSummary(deck: SlideDeck): void {
  const c = deck.slide({ layout: 'content', title: deck.title('executive-summary'), notes: null });
  const top = CONTENT.y + drawStatus(deck, c) + 0.1;
  const bottom = CONTENT.y + CONTENT.h;
  const scenarios = drawOverview(deck, c, { x: CONTENT.x, y: top, w: LEFT_W, h: bottom - top });
  c.shape('line', { x: 5.05, y: top, w: 0, h: bottom - top }, { line: deck.theme.colors.line, lineWidth: 0.75 });
  const lists = summaryLists(deck);
  const box: Box = { ...RIGHT, y: top, h: bottom - top };
  const shown = allocate(deck, lists, box);
  deck.map.later(() => {
    drawLists(deck, c, lists, shown, box);
    c.notes(
      deck.notes('executive-summary', {
        lists: lists.map((l, i) => ({
          heading: l.heading,
          total: l.items.length,
          shown: shown[i] ?? 0,
          items: l.items.slice(0, shown[i]),
          more: (shown[i] ?? 0) < l.items.length ? moreLine(deck, l, shown[i] ?? 0, true) : null,
        })),
        scenariosLeft: scenarios.left,
        notRecorded: deck.notRecorded(),
        closedRisks: deck.ctx.risks.some((r) => r.status === 'open')
          ? null
          : deck.ctx.risks.length
            ? deck.w.t('risks.closed_only', { closed: deck.ctx.risks.length })
            : null,
      }),
    );
  });
}
