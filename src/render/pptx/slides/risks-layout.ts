import type { ReportContext } from '../../../present/report-context.js';
import type { LayoutDeck } from '../slide-deck.js';
import { CONTENT, type Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { layOutHeatMap, HEAT_W, type HeatMapLayout } from './risk-heatmap.js';
import { headerHeight, headerRow, paginate, rowHeight } from './common.js';

/**
 * The risk register laid out, as a plain value: the heat map of the open
 * risks and the highest ones beside it, with a line saying how many more
 * follow and on which slides; then every other open risk on the slides that
 * continue it, so each is named in the deck, not only labelled on the heat map.
 */

type Risk = ReportContext['risks'][number];

export const TREND_ARROW = { increasing: '▲', stable: '►', decreasing: '▼' } as const;
/** The most risks the first slide lists beside its heat map. */
const TOP = 6;
const MORE_H = 0.35;
/** The table's columns beside the heat map, and across the whole slide on the slides that continue it. */
const NARROW = [0.45, 2.85, 0.8, 1.0, 1.75];
const WIDE = [0.6, 6.4, 1.0, 1.4, 2.93];

export interface RiskTable {
  rows: TableRow[];
  box: Box;
  colW: number[];
  fontSize: number;
}

export interface RisksLayout {
  title: string;
  notes: string;
  heatMap: HeatMapLayout;
  table: RiskTable;
  /** "No open risk" beside the heat map, when none is open. */
  nothing: { text: string; box: Box } | null;
  /** "4 more risks, 1 above appetite, on slides 9–10" under the table. */
  more: { text: string; box: Box } | null;
  /** The slides that continue the register. */
  continued: { title: string; notes: string; table: RiskTable }[];
}

function mitigationText(deck: LayoutDeck, r: Risk): string {
  return r.mitigatedBy.length ? deck.w.t('risks.mitigation', r.mitigation) : deck.w.t('risks.no_mitigation');
}

/** What the notes say of a risk: its mitigation in words and the titles of what mitigates it. */
export function riskNotes(deck: LayoutDeck, r: Risk) {
  const w = deck.w;
  return {
    ...r,
    mitigationText: mitigationText(deck, r),
    mitigatedTitles: w.join(deck.model.risks.find((x) => x.id === r.id)?.mitigations.map((o) => o.title) ?? []),
  };
}

function columns(deck: LayoutDeck) {
  const { w } = deck;
  return [
    { header: w.t('columns.number') },
    { header: w.t('columns.risk') },
    { header: w.t('columns.score'), align: 'center' as const },
    { header: w.t('columns.trend') },
    { header: w.t('columns.mitigation') },
  ];
}

function row(deck: LayoutDeck, r: Risk): TableRow {
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
    { text: mitigationText(deck, r), options: { fontSize: 9 } },
  ];
}

/** A table of risks at `left` in columns of `widths`. */
function table(deck: LayoutDeck, risks: readonly Risk[], left: number, widths: number[]): RiskTable {
  return {
    rows: [headerRow(columns(deck), deck.theme), ...risks.map((r) => row(deck, r))],
    box: { x: left, y: CONTENT.y, w: widths.reduce((a, b) => a + b, 0), h: 0 },
    colW: widths,
    fontSize: 10,
  };
}

/** How the register falls on slides: how many risks fit beside the heat map, and the pages of the rest. */
function registerPages(deck: LayoutDeck, open: readonly Risk[]): { fits: number; pages: number[][] } {
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
  const firstPage = paginate(
    top.map((r) => heightOf(r, NARROW)),
    narrowHeader,
    CONTENT.h - MORE_H,
  )[0];
  let fits = Math.min(top.length, firstPage?.length ?? 0);
  // A continued slide holds at least a third of what the first one does: 7 risks are 5 + 2, not 6 + 1.
  while (fits > 1 && (restPages(fits)[0]?.length ?? Infinity) * 3 < fits) fits--;
  return { fits, pages: restPages(fits) };
}

/** The register laid out, its first slide to be slide number `first` (its continued slides follow it). */
export function layOutRisks(deck: LayoutDeck, first: number): RisksLayout {
  const { ctx, w } = deck;
  const open = ctx.risks.filter((r) => r.status === 'open');
  const { fits, pages } = registerPages(deck, open);
  const rest = open.slice(fits);
  const x = CONTENT.x + HEAT_W + 0.45;
  // The slides right after the first continue the register: named by number, never "the next slide" for several.
  const where = rest.length
    ? w.t('refs.on', { slides: deck.slidesText({ first: first + 1, last: first + pages.length }) })
    : null;
  return {
    title: deck.title('risks', {}, 0, pages.length + 1),
    notes: deck.notes('risks', {
      open: open.length,
      top: open.slice(0, fits).map((r) => riskNotes(deck, r)),
      more: rest.length,
      moreWhere: where,
      closed: ctx.risks.filter((r) => r.status === 'closed'),
      continued: false,
    }),
    heatMap: layOutHeatMap(deck, open, open.length),
    table: table(deck, open.slice(0, fits), x, NARROW),
    nothing: open.length === 0 ? { text: w.t('risks.nothing'), box: { x, y: CONTENT.y + 0.5, w: 6, h: 0.4 } } : null,
    more: where
      ? {
          text: w.t('risks.more', {
            count: rest.length,
            above: rest.filter((r) => r.appetite === 'above').length,
            where,
          }),
          box: { x, y: CONTENT.y + CONTENT.h - MORE_H, w: CONTENT.x + CONTENT.w - x, h: MORE_H },
        }
      : null,
    continued: pages.map((indexes, p) => {
      const onPage = indexes.map((i) => rest[i]).filter((r): r is Risk => r !== undefined);
      return {
        title: deck.title('risks', {}, p + 1, pages.length + 1),
        notes: deck.notes('risks', {
          open: open.length,
          top: onPage.map((r) => riskNotes(deck, r)),
          more: 0,
          moreWhere: null,
          closed: [],
          continued: true,
        }),
        table: table(deck, onPage, CONTENT.x, WIDE),
      };
    }),
  };
}
