import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Problem } from '../problems/problem.js';
import type { ObjectiveEdit, RecordEdit } from './edits.js';

/** A record an edit changed, where it is in its file and the cells of its fields (`Sheet!E12`). */
export interface LocatedEdit {
  /** The map the record is in: a key, or the path of a nested map. */
  section: string | readonly string[];
  id: string;
  cells: Partial<Record<string, string>>;
}

/** An edited file: its path in the program folder, its new text and the edits that made it. */
export interface EditedFile {
  rel: string;
  after: string;
  edits: readonly LocatedEdit[];
}

export const locatedObjective = (e: ObjectiveEdit): LocatedEdit => ({
  section: e.custom ? 'custom_objectives' : 'objectives',
  id: e.id,
  cells: e.cells,
});

export const locatedRecord = (section: string, e: RecordEdit): LocatedEdit => ({ section, id: e.id, cells: e.cells });

/** The line of each edited field in the new text, and the cell it came from. */
function cellsByLine(file: EditedFile): Map<number, string> {
  const lines = new LineCounter();
  const doc = parseDocument(file.after, { lineCounter: lines });
  const out = new Map<number, string>();
  for (const edit of file.edits) {
    const record = doc.getIn([...(typeof edit.section === 'string' ? [edit.section] : edit.section), edit.id], true);
    if (!isMap(record)) continue;
    for (const p of record.items as Pair<Node, Node | null>[]) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const cell = edit.cells[String(p.key.value)];
      const start = p.value?.range?.[0] ?? p.key.range?.[0];
      if (cell && start !== undefined) out.set(lines.linePos(start).line, cell);
    }
    const keyStart = (record.range?.[0] ?? 0) - 1;
    const first = edit.cells.status ?? edit.cells.title;
    if (first) out.set(lines.linePos(Math.max(0, keyStart)).line, first);
  }
  return out;
}

/**
 * The problems validation finds in the edited files, moved from the line of
 * YAML the owner never saw to the cell they typed (`Sensitive data!G12`);
 * a problem on a line no cell wrote stays where it is.
 */
export function locateInWorkbook(problems: readonly Problem[], files: readonly EditedFile[]): Problem[] {
  const maps = files.map((f) => ({ rel: f.rel.replace(/\\/g, '/'), cells: cellsByLine(f) }));
  return problems.map((p) => {
    const file = p.location?.file.replace(/\\/g, '/');
    const line = p.location?.line;
    const cell = file && line ? maps.find((m) => file.endsWith(m.rel))?.cells.get(line) : undefined;
    return cell ? { ...p, location: { file: cell } } : p;
  });
}
