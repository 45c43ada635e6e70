import type { ChangesContext } from '../../../present/changes-context.js';
import { fitText } from '../../text-fit.js';
import { CONTENT, type Box } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import type { LayoutDeck } from '../slide-deck.js';
import { headerRow } from './common.js';

/**
 * How many items of a section the slide lists at least before "and n more"
 * (the notes list them all); more while the whole list still fits at its
 * largest size, so the rest goes to the notes only when the slide is full.
 */
export const PER_SECTION = 4;
/** Where the list of what moved starts, right of the table of progress. */
const LIST_X = 5.0;
const LIST_SIZE = { max: 12, min: 8 };

/** A line of the list: a section's title (with its count), or one of its items. */
export interface ChangeLine {
  text: string;
  head: boolean;
}

/**
 * The changes slide laid out, as a plain value: the progress of the program
 * and of each scenario then and now on the left; on the right what moved,
 * section by section, at the largest size that fits, or "nothing changed",
 * or, when even the smallest size is too small, the text cut to fit.
 */
export interface ChangesLayout {
  title: string;
  notes: string;
  table: { rows: TableRow[]; box: Box; colW: number[]; fontSize: number };
  list:
    | { kind: 'nothing'; text: string; box: Box }
    | { kind: 'lines'; lines: ChangeLine[]; box: Box; size: number }
    | { kind: 'cut'; text: string; box: Box; size: number };
}

export function changesLayout(deck: LayoutDeck, changes: ChangesContext): ChangesLayout {
  const x = CONTENT.x + LIST_X;
  const width = CONTENT.w - LIST_X;
  const layout = {
    title: deck.title('changes'),
    notes: deck.notes('changes'),
    table: {
      rows: progressRows(deck, changes),
      box: { x: CONTENT.x, y: CONTENT.y, w: 4.6, h: 0 },
      colW: [2.2, 0.85, 0.85, 0.7],
      fontSize: 11,
    },
  };
  if (changes.nothing)
    return {
      ...layout,
      list: { kind: 'nothing', text: deck.w.t('changes.nothing'), box: { x, y: CONTENT.y, w: width, h: 0.5 } },
    };
  const box = { x, y: CONTENT.y, w: width, h: CONTENT.h - 0.1 };
  const fitLines = (lines: ChangeLine[], min: number) =>
    fitText(lines.map((l) => l.text).join('\n'), box, {
      face: { metrics: deck.fonts.body },
      max: LIST_SIZE.max,
      min,
      paragraphGapPt: 2,
    });
  const lines = mostLines(deck, changes, (more) => !fitLines(more, LIST_SIZE.max).truncated);
  const fit = fitLines(lines, LIST_SIZE.min);
  return {
    ...layout,
    list: fit.truncated
      ? { kind: 'cut', text: fit.text, box, size: fit.fontSize }
      : { kind: 'lines', lines, box, size: fit.fontSize },
  };
}

/** The lines with the most items per section (PER_SECTION at least) that `fits` accepts. */
function mostLines(deck: LayoutDeck, changes: ChangesContext, fits: (lines: ChangeLine[]) => boolean): ChangeLine[] {
  const longest = Math.max(0, ...changes.sections.map((s) => s.items.length));
  let lines = changeLines(deck, changes, PER_SECTION);
  for (let shown = PER_SECTION + 1; shown <= longest; shown++) {
    const more = changeLines(deck, changes, shown);
    if (!fits(more)) break;
    lines = more;
  }
  return lines;
}

/** Each section's title and count, its first `shown` items, and "and n more in the notes". */
function changeLines(deck: LayoutDeck, changes: ChangesContext, shown: number): ChangeLine[] {
  const { w } = deck;
  return changes.sections.flatMap((s) => [
    { text: `${s.title} (${s.items.length})`, head: true },
    ...s.items.slice(0, shown).map((i) => ({ text: `• ${i}`, head: false })),
    ...(s.items.length > shown
      ? [
          {
            text: `• ${w.t('summary.more', { count: s.items.length - shown, where: w.t('refs.notes') })}`,
            head: false,
          },
        ]
      : []),
  ]);
}

/** The program's and each scenario's percent complete then and now, and the difference, coloured by its sign. */
function progressRows(deck: LayoutDeck, changes: ChangesContext): TableRow[] {
  const { w, theme } = deck;
  const { colors } = theme;
  const delta = (n: number, text: string) => ({
    text,
    options: {
      align: 'right' as const,
      bold: true,
      color: n > 0 ? colors.status.complete : n < 0 ? colors.status.blocked : colors.muted,
    },
  });
  return [
    headerRow(
      [
        { header: w.t('glance.scenario') },
        { header: w.fmt.shortDate(changes.since), align: 'right' },
        { header: w.fmt.shortDate(changes.until), align: 'right' },
        { header: '±', align: 'right' },
      ],
      theme,
    ),
    [
      { text: w.t('glance.overall'), options: { bold: true } },
      { text: `${changes.overall.from}%`, options: { align: 'right' } },
      { text: `${changes.overall.to}%`, options: { align: 'right', bold: true } },
      delta(changes.overall.delta, changes.overall.deltaText),
    ],
    ...changes.scenarios.map((s): TableRow => [
      { text: s.shortTitle },
      { text: s.from === null ? w.t('none') : `${s.from}%`, options: { align: 'right' } },
      { text: s.to === null ? w.t('none') : `${s.to}%`, options: { align: 'right' } },
      delta(s.delta, s.deltaText),
    ]),
  ];
}
