import { problem, type Problem } from '../problems/problem.js';
import { customObjectiveSchema, objectiveRecordSchema } from '../schema/objective.js';
import { editedRecord, type Field, type ObjectiveEdit } from './edits.js';

/**
 * The rules of `ztdeck validate` on each objective the workbook changes,
 * before anything is written, each problem at the cell to correct
 * (`Secure remote work!E12`) rather than at a line of YAML the owner never saw.
 */
export function checkEdits(edits: readonly ObjectiveEdit[]): Problem[] {
  const problems: Problem[] = [];
  for (const edit of edits) {
    const schema = edit.custom ? customObjectiveSchema : objectiveRecordSchema;
    const result = schema.safeParse(editedRecord(edit));
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'status') as Field;
      const params = (issue as { params?: { hint?: string } }).params;
      problems.push(
        problem('tracker-cell', `${edit.id}: ${issue.code === 'custom' ? '' : `${field} `}${issue.message}`, {
          hint: params?.hint ?? 'correct the cell',
          location: { file: edit.cells[field] ?? edit.cells.status ?? edit.row },
        }),
      );
    }
  }
  return problems;
}
