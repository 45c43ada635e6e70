import type { ReportObjective } from '../../../present/report-context.js';
import { linesHeightIn, wrap, type Face } from '../../text-fit.js';
import type { DeckBuilder } from '../deck-builder.js';
import { CONTENT, type Box, type Frame } from '../geometry.js';
import { measureFit, type FitStyle, type SlideCanvas } from '../slide-canvas.js';

/** The summary's three lists: what each shows at most on the first slide, and where. */
interface List {
  title: string;
  items: string[];
  what: string;
  cap: number;
  box: Box;
}

const RIGHT = { x: 5.35, w: 7.45 } as const;
const LIST_STYLE = { max: 12, min: 9, paraSpaceAfter: 3, bullet: true } as const;
const PAGE_SIZE = 12;

/**
 * The executive summary: the overall number and each scenario's health on
 * the left; the highlights, what needs attention and the decisions asked on
 * the right. Each list shows what fits at a readable size, and its "and N
 * more" line (which must survive any cut) leads to a continuation slide right
 * after, where every remaining item is written out: nothing the summary
 * counts is left out of the deck.
 */
export function renderExecutiveSummary(deck: DeckBuilder): void {
  const { ctx, w } = deck;
  const attention: ReportObjective[] = [
    ...ctx.attention.blocked,
    ...ctx.attention.overdue.filter((o) => o.status !== 'blocked'),
  ];
  const line = (o: ReportObjective) =>
    o.status === 'blocked'
      ? w.t('summary.blocked_item', { title: o.title, scenario: o.scenario, blocker: o.blockers[0] ?? null })
      : w.t('summary.overdue_item', { title: o.title, scenario: o.scenario, days: o.daysOverdue });
  const open = ctx.decisions.filter((d) => d.status === 'open');
  const lists: List[] = [
    {
      title: w.t('summary.since', { date: ctx.program.periodStart }),
      items: ctx.highlights,
      what: 'the highlights',
      cap: 4,
      box: { ...RIGHT, y: CONTENT.y, h: 1.95 },
    },
    {
      title: w.t('summary.needs_attention'),
      items: attention.map(line),
      what: 'the attention list',
      cap: 3,
      box: { ...RIGHT, y: CONTENT.y + 2.0, h: 1.65 },
    },
    {
      title: w.t('summary.decisions_asked'),
      items: open.map((d) => w.t('summary.decision_item', d)),
      what: 'the decisions asked',
      cap: 3,
      box: { ...RIGHT, y: CONTENT.y + 3.7, h: 1.6 },
    },
  ];
  const shown = lists.map((l) => shownCount(l, deck));
  const rest = lists
    .map((l, i) => ({ title: l.title, items: l.items.slice(shown[i]) }))
    .filter((l) => l.items.length > 0);
  const continued = continuationPages(rest, { metrics: deck.fonts.body }, deck.fonts.frame);
  const pages = 1 + continued.length;
  const notes = {
    attentionLines: attention.map(line),
    openDecisions: open,
    notRecorded: deck.notRecorded(),
    continued: false,
    pages,
  };
  const c = deck.slide({
    layout: 'content',
    title: deck.title('executive-summary', {}, 0, pages),
    notes: deck.notes('executive-summary', notes),
  });
  drawOverview(deck, c);
  c.shape('line', { x: 5.05, y: CONTENT.y, w: 0, h: 5.3 }, { line: deck.theme.colors.line, lineWidth: 0.75 });
  lists.forEach((l, i) => drawList(c, l, l.items.slice(0, shown[i]), l.items.length - (shown[i] ?? 0)));
  continued.forEach((page, p) => {
    const more = deck.slide({
      layout: 'content',
      title: deck.title('executive-summary', {}, p + 1, pages),
      notes: deck.notes('executive-summary', {
        ...notes,
        continued: true,
        page: p + 2,
        shownHere: page.flatMap((s) => s.items),
      }),
    });
    let y = CONTENT.y;
    for (const section of page) {
      heading(more, section.title, { x: CONTENT.x, y, w: CONTENT.w, h: 0.3 });
      const box = { x: CONTENT.x, y: y + 0.32, w: CONTENT.w, h: section.height - 0.32 };
      more.fit(section.items.join('\n'), box, {
        ...LIST_STYLE,
        max: PAGE_SIZE,
        min: 9,
        what: 'the rest of the summary',
      });
      y += section.height + 0.15;
    }
  });
}

/** How many items of a list the first slide shows: as many as fit (up to its cap) with the "and N more" line, which is never cut. */
function shownCount(list: List, deck: DeckBuilder): number {
  const body = (k: number) =>
    [...list.items.slice(0, k), ...(k < list.items.length ? [moreLine(deck, list.items.length - k)] : [])].join('\n');
  const box = { ...list.box, y: list.box.y + 0.32, h: list.box.h - 0.34 };
  const style: FitStyle = { ...LIST_STYLE, what: list.what };
  for (let k = Math.min(list.cap, list.items.length); k > 0; k--)
    if (!measureFit(deck.fonts, body(k), box, style).truncated) return k;
  return 0;
}

function moreLine(deck: DeckBuilder, count: number): string {
  return deck.w.t('summary.more', { count, where: deck.w.t('refs.next') });
}

function drawList(c: SlideCanvas, list: List, items: string[], more: number): void {
  const { colors } = c.deck.theme;
  const w = c.deck.w;
  heading(c, list.title, { ...list.box, h: 0.3 });
  const lines = [...items, ...(more > 0 ? [w.t('summary.more', { count: more, where: w.t('refs.next') })] : [])];
  c.fit(
    lines.length ? lines.join('\n') : w.t('summary.nothing'),
    { ...list.box, y: list.box.y + 0.32, h: list.box.h - 0.34 },
    {
      ...LIST_STYLE,
      what: list.what,
      color: lines.length ? colors.text : colors.muted,
      bullet: lines.length > 0,
    },
  );
}

/** A list's heading: one line, smaller when long. */
function heading(c: SlideCanvas, text: string, box: Box): void {
  c.fit(text, box, {
    max: 13,
    min: 10,
    maxLines: 1,
    bold: true,
    color: c.deck.theme.colors.accent,
    font: 'heading',
    what: 'a heading',
  });
}

/** The rest of the lists, over as many slides as they need; a section's height is its measured text. */
function continuationPages(
  rest: { title: string; items: string[] }[],
  face: Face,
  frame: Frame,
): { title: string; items: string[]; height: number }[][] {
  const pages: { title: string; items: string[]; height: number }[][] = [];
  let page: { title: string; items: string[]; height: number }[] = [];
  let used = 0;
  const itemHeight = (text: string) =>
    (linesHeightIn(wrap(text, PAGE_SIZE, CONTENT.w * frame.sx - 0.1 - 12 / 72, face).length, PAGE_SIZE, face) +
      3 / 72) /
    frame.sy;
  for (const section of rest) {
    let current = { title: section.title, items: [] as string[], height: 0.32 };
    for (const item of section.items) {
      const h = itemHeight(item);
      if (used + current.height + h > CONTENT.h && (current.items.length > 0 || page.length > 0)) {
        if (current.items.length > 0) page.push(current);
        pages.push(page);
        page = [];
        used = 0;
        current = { title: section.title, items: [], height: 0.32 };
      }
      current.items.push(item);
      current.height += h;
    }
    page.push(current);
    used += current.height + 0.15;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The left half: the overall number, its bar, and each scenario's health. */
function drawOverview(deck: DeckBuilder, c: SlideCanvas): void {
  const { ctx, w } = deck;
  const { colors } = deck.theme;
  const p = ctx.overall;
  const left = { x: CONTENT.x, y: CONTENT.y, w: 4.5 };
  c.fit(
    w.percent(p.percentComplete),
    { x: left.x, y: left.y, w: 2.2, h: 0.95 },
    {
      max: 54,
      min: 32,
      maxLines: 1,
      bold: true,
      color: colors.accent,
      font: 'heading',
      valign: 'middle',
      what: 'the overall number',
    },
  );
  c.text(
    [{ text: w.t('summary.of_applicable'), breakLine: true }, { text: w.t('summary.counts', p) }],
    { x: left.x + 2.25, y: left.y + 0.12, w: 2.3, h: 0.75 },
    { size: 12, color: colors.muted, valign: 'middle' },
  );
  if (ctx.changes) {
    const d = ctx.changes.overall.delta;
    c.text(
      w.t('changes.delta_since', { delta: ctx.changes.overall.deltaText, since: ctx.changes.since }),
      { x: left.x + 2.25, y: left.y - 0.18, w: 2.3, h: 0.28 },
      { size: 11, bold: true, color: d > 0 ? colors.status.complete : d < 0 ? colors.status.blocked : colors.muted },
    );
  }
  c.shape('rect', { x: left.x, y: left.y + 1.05, w: left.w, h: 0.12 }, { fill: colors.surface });
  if (p.percentComplete)
    c.shape(
      'rect',
      { x: left.x, y: left.y + 1.05, w: (left.w * p.percentComplete) / 100, h: 0.12 },
      { fill: colors.accent },
    );
  heading(c, w.t('summary.scenario_health'), { x: left.x, y: left.y + 1.4, w: left.w, h: 0.3 });
  const rowH = Math.min(0.72, 3.6 / Math.max(1, ctx.scenarios.length));
  ctx.scenarios.forEach((s, i) => {
    const y = left.y + 1.75 + i * rowH;
    c.shape(
      'ellipse',
      { x: left.x, y: y + 0.06, w: 0.2, h: 0.2 },
      { fill: colors.health[s.health.level], name: `Health ${s.health.level}` },
    );
    const percent = w.percent(s.percentComplete);
    const percentW = 0.75;
    c.fit(
      s.shortTitle,
      { x: left.x + 0.3, y, w: left.w - 0.3 - percentW, h: 0.3 },
      { max: 12, min: 9, maxLines: 1, bold: true, valign: 'middle', what: `the name of ${s.shortTitle}` },
    );
    c.text(
      percent,
      { x: left.x + left.w - percentW, y, w: percentW, h: 0.3 },
      { size: 12, color: colors.muted, valign: 'middle', align: 'right' },
    );
    c.fit(
      w.t('summary.health_line', { health: s.health.label, reasons: s.health.reasons }),
      { x: left.x + 0.3, y: y + 0.3, w: left.w - 0.3, h: rowH - 0.33 },
      { max: 10, min: 8, color: colors.muted, what: `the health of ${s.shortTitle}` },
    );
  });
}
