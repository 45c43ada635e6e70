import { problem, type Problem } from '../problems/problem.js';
import type { ReadBook, ReadSheet } from './read-workbook.js';
import type { ScenarioSheet } from './sheets.js';

export const ABOUT_MARK = 'about';

/**
 * The workbook's sheets paired with the program's: by the hidden mark in the
 * header row (a renamed sheet keeps it), else by name. A sheet with the
 * tracker's columns that matches none is refused; other sheets people add
 * (a pivot, their notes) are left alone.
 */
export function matchSheets(
  book: ReadBook,
  expected: readonly ScenarioSheet[],
  workbook: string,
): { pairs: [ReadSheet, ScenarioSheet][]; problems: Problem[] } {
  const pairs: [ReadSheet, ScenarioSheet][] = [];
  const problems: Problem[] = [];
  const used = new Set<ScenarioSheet>();
  const byName = new Map(expected.map((s) => [s.name.toLowerCase(), s]));
  for (const read of book.sheets) {
    if (read.mark === ABOUT_MARK) continue;
    const sheet = read.mark ? expected.find((s) => s.mark === read.mark) : byName.get(read.name.trim().toLowerCase());
    const location = { file: `${read.name}!A1` };
    if (!sheet) {
      if (read.found.has('status') || read.mark)
        problems.push(
          problem(
            'tracker-sheet',
            `sheet "${read.name}" is not a scenario of this program, so its rows cannot be matched`,
            {
              hint: read.mark
                ? `it was exported for ${read.mark.replace(/^scenario\//, 'scenario ')}, which the program no longer has; move its rows to a sheet of the program, or remove it`
                : `give it back its exported name (one of: ${expected.map((s) => s.name).join(', ')}), or export the workbook again`,
              location,
            },
          ),
        );
      continue;
    }
    if (used.has(sheet)) {
      problems.push(
        problem('tracker-sheet', `sheet "${read.name}" is a second copy of "${sheet.name}"`, {
          hint: 'keep one sheet per scenario: copy your edits into one and delete the other',
          location,
        }),
      );
      continue;
    }
    used.add(sheet);
    if (!read.found.has('status') || (!read.found.has('id') && !read.found.has('title'))) {
      problems.push(
        problem(
          'tracker-sheet',
          `sheet "${read.name}" has no ${read.found.has('status') ? 'Id or Objective' : 'Status'} column`,
          {
            hint: 'keep the header row as exported (Stage, Objective, Includes, Owner, Status... Id)',
            location,
          },
        ),
      );
      continue;
    }
    pairs.push([read, sheet]);
  }
  if (pairs.length === 0 && problems.length === 0)
    problems.push(
      problem('tracker-sheet', `${workbook} has no sheet of this program's tracker`, {
        hint: 'give the workbook that ztdeck tracker export wrote for this program (and the owners edited)',
        location: { file: workbook },
      }),
    );
  return { pairs, problems };
}
