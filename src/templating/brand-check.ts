import { differenceCiede2000 } from 'culori';
import type { SourceFile } from '../data/source-file.js';
import { problem, type Problem } from '../problems/problem.js';
import type { Theme } from '../schema/template.js';

const difference = differenceCiede2000();

/**
 * Below this CIEDE2000 difference two colours read as the same to most
 * readers on a slide (the default template's old amber stage was 14.5 from
 * its at-risk colour, and read as "at risk").
 */
export const MIN_DISTINCT = 15;

/** How different two colours look (CIEDE2000; about 2.3 is the smallest difference a trained eye sees). */
export function colourDifference(a: string, b: string): number {
  return difference(`#${a}`, `#${b}`);
}

/**
 * What a template's colours would say that is not meant: a stage drawn in a
 * status colour (a half-filled green shield reads as "complete"). Each
 * collision is a warning located at the theme's stages.
 */
export function brandWarnings(theme: Theme, file: SourceFile | undefined): Problem[] {
  const problems: Problem[] = [];
  const statuses = Object.entries(theme.colors.status);
  theme.colors.stages.forEach((stage, i) => {
    const near = statuses
      .filter(([, colour]) => colourDifference(stage, colour) < MIN_DISTINCT)
      .map(([status]) => status);
    if (near.length === 0) return;
    problems.push(
      problem(
        'template-colors',
        `the colour of stage ${i + 1} (${stage}) looks like the colour of the status ${near.join(' and ')}, so a reader may take one for the other`,
        {
          severity: 'warning',
          hint: 'choose stage colours apart from the status colours (a different hue), in colors.stages of theme.yaml',
          location: file?.locate(['colors', 'stages', i]) ?? { file: 'theme.yaml' },
        },
      ),
    );
  });
  return problems;
}
