import type { ImportResult } from '../run-import.js';

export interface Counts {
  added: number;
  unchanged: number;
  replaced: number;
  created: number;
  sources: number;
}

export function counts(r: ImportResult): Counts {
  const points = r.changes.flatMap((c) => c.points);
  const n = (a: string) => points.filter((p) => p.action === a).length;
  return {
    added: n('added'),
    unchanged: n('unchanged'),
    replaced: n('replaced'),
    created: r.changes.filter((c) => c.create).length,
    sources: r.changes.filter((c) => c.source && !c.create).length,
  };
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The one line on stderr at the end. */
export function summaryLine(r: ImportResult, kpisFile: string, mode: 'written' | 'dry-run'): string {
  const c = counts(r);
  if (r.after === r.before)
    return `Nothing to change: ${kpisFile} already holds these values (${plural(c.unchanged, 'point')} unchanged)`;
  const parts = [
    `${plural(c.added, 'point')} added`,
    `${c.unchanged} unchanged`,
    `${c.replaced} replaced`,
    ...(c.created ? [`${plural(c.created, 'KPI')} created (set their targets)`] : []),
    ...(c.sources ? [`${plural(c.sources, 'source')} updated`] : []),
  ];
  return mode === 'dry-run'
    ? `Dry run, nothing written: ${kpisFile} would get ${parts.join(', ')}`
    : `Imported into ${kpisFile}: ${parts.join(', ')}`;
}
