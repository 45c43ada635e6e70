import type { Theme } from '../schema/template.js';
import { formatRatio, nearestPassingShade, neededRatio } from './contrast.js';
import {
  allSlots,
  collisionsOf,
  CONTRAST_CHECKS,
  failuresOf,
  slotsOf,
  type ColourKey,
  type ContrastFailure,
  type PairScope,
  type Slot,
} from './contrast-roles.js';

type Colors = Theme['colors'];

/**
 * The shade of a colour nearest to it (same hue, OKLCH lightness only) that
 * passes the checks of every pair it is in and, for a stage, stays apart from
 * the status colours; failing that, the nearest that passes its own checks
 * (the colours checked against it then give way: dark text cannot suit both a
 * white page and a navy card). Undefined when no lightness does either.
 */
export function fittedShade(colors: Colors, slot: Slot): string | undefined {
  const passes = (scope: PairScope) => (v: string) =>
    failuresOf(colors, slot, v, scope).length === 0 && collisionsOf(colors, slot, v).length === 0;
  return nearestPassingShade(slot.value, passes('all')) ?? nearestPassingShade(slot.value, passes('own'));
}

/** One colour the importer changed, and why. */
export interface ColourChange {
  slot: Slot;
  to: string;
  /** The worst failing pair before the change, or the status colour the stage looked like. */
  because: ContrastFailure | Slot;
}

/**
 * A theme's colours with every colour of a failing pair moved to its fitted
 * shade, in the order of CONTRAST_CHECKS (the page's colours first, then the
 * text and marks on it, then the fills text is written on), and the pairs
 * that still fail (no shade of their hue passes).
 */
export function fitColours(colors: Colors): { colors: Colors; changes: ColourChange[]; unfixed: ContrastFailure[] } {
  const out = structuredClone(colors);
  const changes: ColourChange[] = [];
  for (const key of Object.keys(CONTRAST_CHECKS) as ColourKey[]) {
    for (const slot of slotsOf(out, key)) {
      const because = failuresOf(out, slot, slot.value, 'all')[0] ?? collisionsOf(out, slot)[0];
      const to = because && fittedShade(out, slot);
      if (!because || !to || to === slot.value) continue;
      setColour(out, slot.path, to);
      changes.push({ slot, to, because });
    }
  }
  return { colors: out, changes, unfixed: allSlots(out).flatMap((s) => failuresOf(out, s)) };
}

function setColour(colors: Colors, path: readonly (string | number)[], value: string): void {
  const [key, member] = path;
  const record = colors as unknown as Record<string, unknown>;
  if (member === undefined) record[String(key)] = value;
  else (record[String(key)] as Record<string | number, string>)[member] = value;
}

/** "accent 1E90FF → 1A73C9: 2.9:1 on background FFFFFF; kickers, headings and KPI values need 4.5:1". */
export function changeNote(change: ColourChange): string {
  const { slot, to, because } = change;
  const why =
    'ratio' in because
      ? `${formatRatio(because.ratio)} on ${because.against.name} ${because.against.value}; ${because.where} need ${neededRatio(because.need)}`
      : `it looked like the ${because.name} colour ${because.value}`;
  return `${slot.name} ${slot.value} → ${to}: ${why}`;
}

/** A pair no shade could fix, for the user to settle. */
export function unfixedNote(f: ContrastFailure): string {
  return `${f.slot.name} ${f.slot.value} on ${f.against.name} ${f.against.value} is ${formatRatio(f.ratio)}, and no shade of its hue reaches ${neededRatio(f.need)}; set colors.${f.slot.name} in theme.yaml`;
}
