import type { ReportContext } from '../../../present/report-context.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { SlideCanvas } from '../slide-canvas.js';
import { drawHeatMap, HEAT_W } from './risk-heatmap.js';
import { headerHeight, headerRow, paginate, rowHeight } from './common.js';

type Risk = ReportContext['risks'][number];

const TREND_ARROW = { increasing: '▲', stable: '►', decreasing: '▼' } as const;
/** The most risks the first slide lists beside its heat map. */
const TOP = 6;
const MORE_H = 0.35;
/** The table's columns beside the heat map, and across the whole slide on the slides that continue it. */
const NARROW = [0.45, 2.85, 0.8, 1.0, 1.75];
const WIDE = [0.6, 6.4, 1.0, 1.4, 2.93];

/** How the register falls on slides: how many risks fit beside the heat map, and the pages of the rest. */
function registerLayout(deck: SlideDeck, open: readonly Risk[]): { fits: number; pages: number[][] } {
  const { w } = deck;
  const heightOf = (r: Risk, widths: readonly number[]) =>
    rowHeight(
      deck.fonts,
      [
        r.label ?? 'R1',
        [
          { text: r.title, size: 10 },
          { text: w.t('risks.owner', { owner: r.owner, treatment: r.treatmentLabel }), size: 8.5 },
        ],
        r.appetite ? `25\n${r.levelLabel}\n${r.appetiteLabel ?? ''}` : `25\n${r.levelLabel}`,
        `▲ ${r.trendLabel}`,
        [{ text: mitigationText(deck, r), size: 9 }],
      ],
      widths,
      10,
      [true, false, true, false, false],
    );
  const headers = columns(deck).map((col) => col.header);
  const top = open.slice(0, TOP);
  const narrowHeader = headerHeight(deck.fonts, headers, NARROW, 10, 0.34);
  const wideHeader = headerHeight(deck.fonts, headers, WIDE, 10, 0.34);
  const restPages = (from: number) =>
    from < open.length
      ? paginate(
          open.slice(from).map((r) => heightOf(r, WIDE)),
          wideHeader,
          CONTENT.h,
        )
      : [];
  let fits = Math.min(
    top.length,
    paginate(
      top.map((r) => heightOf(r, NARROW)),
      narrowHeader,
      CONTENT.h - MORE_H,
    )[0]?.length ?? 0,
  );
  // A continued slide holds at least a third of what the first one does: 7 risks are 5 + 2, not 6 + 1.
  while (fits > 1 && (restPages(fits)[0]?.length ?? Infinity) * 3 < fits) fits--;
  return { fits, pages: restPages(fits) };
}

/** "4 more risks, 1 above appetite, on slides 9–10": under the first slide's table. */
function drawMore(deck: SlideDeck, c: SlideCanvas, rest: readonly Risk[], pages: number, x: number): void {
  // The slides right after this one continue the register: named by number, never "the next slide" for several.
  const where = deck.w.t('refs.on', { slides: deck.slidesText({ first: c.number + 1, last: c.number + pages }) });
  c.text(
    deck.w.t('risks.more', { count: rest.length, above: rest.filter((r) => r.appetite === 'above').length, where }),
    { x, y: CONTENT.y + CONTENT.h - MORE_H, w: CONTENT.x + CONTENT.w - x, h: MORE_H },
    { size: 10, italic: true, color: deck.theme.colors.muted, valign: 'middle' },
  );
}

function mitigationText(deck: SlideDeck, r: Risk): string {
  return r.mitigatedBy.length ? deck.w.t('risks.mitigation', r.mitigation) : deck.w.t('risks.no_mitigation');
}

/**
 * The risk register: the heat map of the open risks and the highest ones
 * beside it, then every other open risk on the slides that follow, so each
 * is named in the deck, not only labelled on the heat map.
 */
export function renderRisks(deck: SlideDeck): void {
  const { ctx, w } = deck;
  const open = ctx.risks.filter((r) => r.status === 'open');
  const { fits, pages } = registerLayout(deck, open);
  const rest = open.slice(fits);
  const notesOf = (r: Risk) => riskNotes(deck, r);
  const c = deck.slide({
    layout: 'content',
    title: deck.title('risks', {}, 0, pages.length + 1),
    notes: deck.notes('risks', {
      open: open.length,
      top: open.slice(0, fits).map(notesOf),
      more: rest.length,
      moreWhere: rest.length
        ? w.t('refs.on', {
            slides: deck.slidesText({ first: deck.slideCount + 2, last: deck.slideCount + 1 + pages.length }),
          })
        : null,
      closed: ctx.risks.filter((r) => r.status === 'closed'),
      continued: false,
    }),
  });
  drawHeatMap(deck, c, open, open.length);
  const x = CONTENT.x + HEAT_W + 0.45;
  const table = (canvas: SlideCanvas, risks: Risk[], left: number, widths: number[]) =>
    canvas.table(
      [headerRow(columns(deck), deck.theme), ...risks.map((r) => row(deck, r, mitigationText(deck, r)))],
      { x: left, y: CONTENT.y, w: widths.reduce((a, b) => a + b, 0), h: 0 },
      { colW: widths, fontSize: 10 },
    );
  table(c, open.slice(0, fits), x, NARROW);
  if (open.length === 0)
    c.text(w.t('risks.nothing'), { x, y: CONTENT.y + 0.5, w: 6, h: 0.4 }, { size: 12, color: deck.theme.colors.muted });
  if (rest.length > 0) drawMore(deck, c, rest, pages.length, x);
  pages.forEach((indexes, p) => {
    const onPage = indexes.map((i) => rest[i]).filter((r): r is Risk => r !== undefined);
    const next = deck.slide({
      layout: 'content',
      title: deck.title('risks', {}, p + 1, pages.length + 1),
      notes: deck.notes('risks', {
        open: open.length,
        top: onPage.map(notesOf),
        more: 0,
        moreWhere: null,
        closed: [],
        continued: true,
      }),
    });
    table(next, onPage, CONTENT.x, WIDE);
  });
}

/** What the notes say of a risk: its mitigation in words and the titles of what mitigates it. */
export function riskNotes(deck: SlideDeck, r: Risk) {
  const w = deck.w;
  return {
    ...r,
    mitigationText: mitigationText(deck, r),
    mitigatedTitles: w.join(deck.model.risks.find((x) => x.id === r.id)?.mitigations.map((o) => o.title) ?? []),
  };
}

function columns(deck: SlideDeck) {
  const { w } = deck;
  return [
    { header: w.t('columns.number') },
    { header: w.t('columns.risk') },
    { header: w.t('columns.score'), align: 'center' as const },
    { header: w.t('columns.trend') },
    { header: w.t('columns.mitigation') },
  ];
}

function row(deck: SlideDeck, r: Risk, mitigation: string): TableRow {
  const { w } = deck;
  const { colors } = deck.theme;
  return [
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
      text: r.appetite ? `${r.score}\n${r.levelLabel}\n${r.appetiteLabel ?? ''}` : `${r.score}\n${r.levelLabel}`,
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
    { text: mitigation, options: { fontSize: 9 } },
  ];
}
