import type { Status } from '../schema/status.js';
import type { Theme } from '../schema/template.js';
import { colourDifference, CONTRAST_NEEDS, contrastRatio, MIN_DISTINCT, type ContrastNeed } from './contrast.js';

type Colors = Theme['colors'];
export type ColourKey = keyof Colors;
type SingleKey = { [K in ColourKey]-?: NonNullable<Colors[K]> extends string ? K : never }[ColourKey];

/** A colour a check is made against: a single colour, or one status colour. */
export type ColourRef = SingleKey | `status.${Status}`;

/** One use of a colour on another, from how src/render/pptx (and report.html) draw them. */
export interface ContrastCheck {
  against: readonly ColourRef[];
  need: ContrastNeed;
  /** What the deck draws with the pair, as a plural subject ("table headers need 4.5:1"). */
  where: string;
  /** Only these members of a group (status words are written in some status colours only). */
  only?: readonly string[];
}

/**
 * Every colour of a theme and what it must stand out against, keyed by the
 * colour that gives way when the pair fails (the importer changes it; the
 * warning names it). The keys are in the order the importer fixes them: a
 * colour is fixed after the colours it is checked against. A new theme colour
 * does not compile until it is listed here.
 */
export const CONTRAST_CHECKS = {
  text: [{ against: ['background'], need: 'text', where: 'body text and tables' }],
  muted: [{ against: ['background'], need: 'text', where: 'labels, notes, axis labels and the footer' }],
  accent: [{ against: ['background'], need: 'text', where: 'kickers, headings and KPI values' }],
  hyperlink: [{ against: ['background'], need: 'text', where: 'links' }],
  followed_hyperlink: [{ against: ['background'], need: 'text', where: 'followed links' }],
  status: [
    {
      against: ['background'],
      need: 'text',
      where: 'status words, due dates and trends',
      // Not-applicable words are drawn in the muted colour; its status colour only outlines.
      only: ['not-started', 'in-progress', 'at-risk', 'blocked', 'complete'],
    },
    { against: ['background'], need: 'graphic', where: 'diamonds, shields and chart segments' },
  ],
  health: [{ against: ['background'], need: 'graphic', where: 'health marks' }],
  stages: [{ against: ['background'], need: 'graphic', where: 'stage lines, shields and chart bars' }],
  chart: [{ against: ['background'], need: 'graphic', where: 'chart series' }],
  surface: [
    { against: ['text', 'muted'], need: 'text', where: 'texts on the cards of report.html' },
    { against: ['accent'], need: 'graphic', where: 'progress bars on their track and initials on cards' },
  ],
  risk: [{ against: ['text'], need: 'text', where: 'risk scores and heat-map labels' }],
  state_fill: [
    { against: ['text'], need: 'large', where: 'percentages in the glance table' },
    { against: ['muted'], need: 'text', where: 'state words in the glance table' },
  ],
  on_accent: [
    { against: ['accent'], need: 'text', where: 'table headers' },
    { against: ['status.blocked', 'status.at-risk'], need: 'text', where: 'blocked and at-risk cells' },
  ],
  on_sidebar: [{ against: ['sidebar'], need: 'text', where: "stakeholders' names and roles" }],
  on_banner: [{ against: ['banner'], need: 'text', where: 'the classification banner' }],
  // The page, and the brand's fills that their on_ colours are chosen for: never changed.
  background: [],
  sidebar: [],
  banner: [],
  // Grid lines and table borders are decoration (WCAG 1.4.11 asks nothing of them).
  line: [],
} as const satisfies { [K in ColourKey]-?: readonly ContrastCheck[] };

/** Stage colours stay apart from status colours: a green stage must not read as "complete". */
const APART: Partial<Record<ColourKey, 'status'>> = { stages: 'status' };

/** One colour of a theme: `status.blocked`, `stages[2]`, `accent`. */
export interface Slot {
  key: ColourKey;
  name: string;
  /** The path in theme.yaml under colors. */
  path: (string | number)[];
  value: string;
}

/** The colours a key holds (one, or each member of a group), in the theme's order. */
export function slotsOf(colors: Colors, key: ColourKey): Slot[] {
  const v: unknown = colors[key];
  if (typeof v === 'string') return [{ key, name: key, path: [key], value: v }];
  if (Array.isArray(v)) return v.map((value: string, i) => ({ key, name: `${key}[${i}]`, path: [key, i], value }));
  if (v && typeof v === 'object')
    return Object.entries(v as Record<string, string>).map(([m, value]) => ({
      key,
      name: `${key}.${m}`,
      path: [key, m],
      value,
    }));
  return [];
}

export function slotOf(colors: Colors, ref: ColourRef): Slot {
  const [key, member] = ref.split('.') as [ColourKey, string | undefined];
  const slot = slotsOf(colors, key).find((s) => member === undefined || s.path[1] === member);
  if (!slot) throw new Error(`no colour ${ref}`);
  return slot;
}

/** A pair that fails its check. */
export interface ContrastFailure {
  slot: Slot;
  against: Slot;
  ratio: number;
  need: ContrastNeed;
  where: string;
}

/**
 * The pairs a colour is in: `own`, the checks listed under its key (each pair
 * of the theme is listed once, under the colour that gives way); `all`, those
 * and the checks of other colours made against it (muted is also checked by
 * the fills it is written on).
 */
export type PairScope = 'own' | 'all';

function pairsOf(colors: Colors, slot: Slot, scope: PairScope) {
  const member = (c: ContrastCheck, s: Slot) => !c.only || c.only.includes(String(s.path[1]));
  const checks: readonly ContrastCheck[] = CONTRAST_CHECKS[slot.key];
  const own = checks
    .filter((c) => member(c, slot))
    .flatMap((c) => c.against.map((ref) => ({ ...c, against: slotOf(colors, ref) })));
  if (scope === 'own') return own;
  const ref = slot.path.length === 1 ? slot.key : `${slot.key}.${String(slot.path[1])}`;
  const theirs = (Object.keys(CONTRAST_CHECKS) as ColourKey[]).flatMap((key) =>
    (CONTRAST_CHECKS[key] as readonly ContrastCheck[])
      .filter((c) => (c.against as readonly string[]).includes(ref))
      .flatMap((c) => slotsOf(colors, key).flatMap((s) => (member(c, s) ? [{ ...c, against: s }] : []))),
  );
  return [...own, ...theirs];
}

/** How `value`, standing for `slot`, fails the checks of its pairs, worst first. */
export function failuresOf(
  colors: Colors,
  slot: Slot,
  value = slot.value,
  scope: PairScope = 'own',
): ContrastFailure[] {
  return pairsOf(colors, slot, scope)
    .map((c) => ({ slot: { ...slot, value }, against: c.against, need: c.need, where: c.where, ratio: 0 }))
    .map((f) => ({ ...f, ratio: contrastRatio(value, f.against.value) }))
    .filter((f) => f.ratio < CONTRAST_NEEDS[f.need])
    .sort((a, b) => a.ratio / CONTRAST_NEEDS[a.need] - b.ratio / CONTRAST_NEEDS[b.need]);
}

/** The colours `value` (standing for `slot`) looks like but must not: status colours, for a stage. */
export function collisionsOf(colors: Colors, slot: Slot, value = slot.value): Slot[] {
  const apart = APART[slot.key];
  if (!apart) return [];
  return slotsOf(colors, apart).filter((s) => colourDifference(value, s.value) < MIN_DISTINCT);
}

/** Every colour of the theme, in the order of CONTRAST_CHECKS. */
export function allSlots(colors: Colors): Slot[] {
  return (Object.keys(CONTRAST_CHECKS) as ColourKey[]).flatMap((key) => slotsOf(colors, key));
}
