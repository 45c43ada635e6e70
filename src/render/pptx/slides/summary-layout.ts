import { ATTENTION_KINDS, countsByKind, SINCE_KINDS } from '../../../present/board-context.js';
import { measureFit, type FitStyle } from '../canvas/text-style.js';
import { CONTENT, type Box } from '../geometry.js';
import type { LayoutDeck } from '../slide-deck.js';
import { layOutOverview, type Dot, type OverviewLayout } from './summary-overview.js';
import { allocate, placeLists, type PlacedList, type SummaryList } from './summary-lists.js';

/**
 * The executive summary laid out, as a plain value: the status sentence
 * after a dot in the colour of the program's health; the overview on the
 * left (summary-overview.ts); a rule; the ranked lists on the right, as many
 * items of each as fit (summary-lists.ts).
 */

const LEFT_W = 4.5;
const RIGHT = { x: 5.35, w: 7.45 } as const;

export interface SummaryLayout {
  title: string;
  status: { dot: Dot; text: string; box: Box; style: FitStyle };
  overview: OverviewLayout;
  divider: { box: Box; color: string };
  lists: PlacedList[];
}

/** The three ranked lists of the summary, in the order the slide shows them and shares its room. */
export function summaryLists(deck: LayoutDeck): SummaryList[] {
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

/** The sentence that opens the summary, after the dot of the program's health; one line or two. */
function status(deck: LayoutDeck): SummaryLayout['status'] {
  const { health } = deck.ctx.overall;
  const box = { x: CONTENT.x + 0.35, y: CONTENT.y, w: CONTENT.w - 0.35, h: 0.8 };
  const style: FitStyle = { max: 18, min: 12, maxLines: 2, bold: true, what: 'the status sentence' };
  return {
    dot: {
      box: { x: CONTENT.x, y: CONTENT.y + 0.1, w: 0.22, h: 0.22 },
      fill: deck.theme.colors.health[health.level],
      name: `Health: ${health.label}`,
    },
    text: deck.ctx.statusSentence,
    box,
    style,
  };
}

export function layOutSummary(deck: LayoutDeck): SummaryLayout {
  const sentence = status(deck);
  const lines = measureFit(deck.fonts, sentence.text, sentence.box, sentence.style).lines.length;
  const top = CONTENT.y + (lines > 1 ? 0.9 : 0.5) + 0.1;
  const bottom = CONTENT.y + CONTENT.h;
  const lists = summaryLists(deck);
  const box: Box = { ...RIGHT, y: top, h: bottom - top };
  return {
    title: deck.title('executive-summary'),
    status: sentence,
    overview: layOutOverview(deck, { x: CONTENT.x, y: top, w: LEFT_W, h: bottom - top }),
    divider: { box: { x: 5.05, y: top, w: 0, h: bottom - top }, color: deck.theme.colors.line },
    lists: placeLists(deck, lists, allocate(deck, lists, box), box),
  };
}
