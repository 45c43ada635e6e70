import { fitText } from '../../text-fit.js';
import type { SlideDeck } from '../slide-deck.js';
import { CONTENT } from '../geometry.js';
import type { TableRow } from '../pptxgen.js';
import { headerRow } from './common.js';

/** How many items of a section the slide lists before "and n more" (the notes list them all). */
const PER_SECTION = 4;

/**
 * "What changed since": progress deltas per scenario, then what moved, most
 * significant first. Drawn only when the build compares with an earlier state.
 */
export function renderChanges(deck: SlideDeck): void {
  const changes = deck.ctx.changes;
  if (!changes) return;
  const { w, theme } = deck;
  const { colors } = theme;
  const c = deck.slide({ layout: 'content', title: deck.title('changes'), notes: deck.notes('changes') });

  const delta = (n: number, text: string) => ({
    text,
    options: {
      align: 'right' as const,
      bold: true,
      color: n > 0 ? colors.status.complete : n < 0 ? colors.status.blocked : colors.muted,
    },
  });
  const rows: TableRow[] = [
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
  c.table(rows, { x: CONTENT.x, y: CONTENT.y, w: 4.6, h: 0 }, { colW: [2.2, 0.85, 0.85, 0.7], fontSize: 11 });

  const x = CONTENT.x + 5.0;
  const width = CONTENT.w - 5.0;
  if (changes.nothing) {
    c.text(w.t('changes.nothing'), { x, y: CONTENT.y, w: width, h: 0.5 }, { size: 14, color: colors.muted });
    return;
  }
  const lines = changes.sections.flatMap((s) => [
    { text: `${s.title} (${s.items.length})`, head: true },
    ...s.items.slice(0, PER_SECTION).map((i) => ({ text: `• ${i}`, head: false })),
    ...(s.items.length > PER_SECTION
      ? [
          {
            text: `• ${w.t('summary.more', { count: s.items.length - PER_SECTION, where: w.t('refs.notes') })}`,
            head: false,
          },
        ]
      : []),
  ]);
  const box = { x, y: CONTENT.y, w: width, h: CONTENT.h - 0.1 };
  const fit = fitText(lines.map((l) => l.text).join('\n'), box, {
    face: { metrics: deck.fonts.body },
    max: 12,
    min: 8,
    paragraphGapPt: 2,
  });
  if (fit.truncated) {
    deck.warn(c, 'text-truncated', 'the list of changes is too long even at 8 pt; the notes have all of it');
    c.text(fit.text, box, { size: fit.fontSize, paraSpaceAfter: 2 });
    return;
  }
  c.text(
    lines.map((l, i) => ({
      text: l.text,
      breakLine: i < lines.length - 1,
      ...(l.head ? { bold: true, color: colors.accent } : {}),
    })),
    box,
    { size: fit.fontSize, paraSpaceAfter: 2 },
  );
}
