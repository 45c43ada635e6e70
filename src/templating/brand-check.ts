import { problem, type Problem, type SourceLocation } from '../problems/problem.js';
import type { Theme } from '../schema/template.js';
import { formatRatio, neededRatio } from './contrast.js';
import { allSlots, collisionsOf, failuresOf, slotsOf, type ContrastFailure } from './contrast-roles.js';
import { fitColours } from './fit-colours.js';

/**
 * Where to point at a colour: given paths under `colors` (the colour to
 * change first), the place in the nearest theme.yaml that writes one of them.
 */
export type LocateColour = (paths: readonly (string | number)[][]) => SourceLocation | undefined;

const THEME = { file: 'theme.yaml' };

/** "body text needs 4.5:1": what a failure asks for, in words. */
export function needWords(f: ContrastFailure): string {
  return `${f.where} need ${neededRatio(f.need)}`;
}

/**
 * What a template's colours would say that is not meant, as warnings: a
 * stage drawn in a status colour (a half-filled green shield reads as
 * "complete"), and every colour that does not stand out enough from what it
 * is drawn on (WCAG 2.1 contrast, see contrast-roles.ts), with the shade
 * the importer would choose for it: the nearest of the same hue that passes.
 */
export function brandWarnings(theme: Theme, locate: LocateColour): Problem[] {
  const c = theme.colors;
  const problems: Problem[] = [];
  slotsOf(c, 'stages').forEach((stage, i) => {
    const near = collisionsOf(c, stage).map((s) => String(s.path[1]));
    if (near.length === 0) return;
    problems.push(
      problem(
        'template-colors',
        `the colour of stage ${i + 1} (${stage.value}) looks like the colour of the status ${near.join(' and ')}, so a reader may take one for the other`,
        {
          severity: 'warning',
          hint: 'choose stage colours apart from the status colours (a different hue), in colors.stages of theme.yaml',
          location: locate([stage.path]) ?? THEME,
        },
      ),
    );
  });
  // A warning for each colour the importer would change (a too-light muted is one warning, not one more for
  // each fill it is written on), told in the template's own colours, with the shade the importer would choose.
  const { changes, unfixed } = fitColours(c);
  const fixes = new Map<string, string | undefined>([
    ...changes.map((ch): [string, string] => [ch.slot.name, ch.to]),
    ...unfixed.map((f): [string, undefined] => [f.slot.name, undefined]),
  ]);
  for (const slot of allSlots(c)) {
    const [worst, ...more] = failuresOf(c, slot, slot.value, 'all');
    if (!worst || !fixes.has(slot.name)) continue;
    const shade = fixes.get(slot.name);
    const also = more.length ? ` (and ${more.length} more pair${more.length > 1 ? 's' : ''})` : '';
    problems.push(
      problem(
        'template-contrast',
        `colors.${slot.name} ${slot.value} on colors.${worst.against.name} ${worst.against.value} has a contrast of ${formatRatio(worst.ratio)}; ${needWords(worst)}${also}`,
        {
          severity: 'warning',
          hint: shade
            ? `"${shade}" is the nearest shade of the same hue that passes (for colors.${slot.name} in theme.yaml)`
            : `no shade of this hue passes; choose another colour for colors.${slot.name} or colors.${worst.against.name}`,
          location: locate([slot.path, worst.against.path]) ?? THEME,
        },
      ),
    );
  }
  return problems;
}
