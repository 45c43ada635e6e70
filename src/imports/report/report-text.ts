import { kpiDirections } from '../../schema/kpis.js';
import { printable } from '../input/text.js';
import type { ImportResult } from '../run-import.js';

const SIGN = { added: '+', unchanged: '=', replaced: '~' } as const;

/** The import report for people: files read, each KPI's points, controls left out, notes, objective hints. */
export function reportText(r: ImportResult, kpisFile: string): string {
  const out: string[] = [];
  out.push(`Read ${r.files.length} file${r.files.length === 1 ? '' : 's'}:`);
  for (const f of r.files) out.push(`  ${f.file}: ${f.source}, ${f.shape}`);
  out.push('', `KPIs in ${kpisFile}:`);
  for (const c of r.changes) {
    if (c.create) {
      const k = c.create;
      out.push(
        `  ${c.kpi} (new): ${k.title}; ${k.unit}, ${kpiDirections[k.direction].toLowerCase()}${k.scenario ? `, scenario ${k.scenario}` : ''}`,
      );
      out.push(`    no target: set it in ${kpisFile} once agreed (the deck says "no target set" until then)`);
    } else {
      out.push(`  ${c.kpi}${c.metric.id === c.kpi ? '' : ` (from ${c.metric.id})`}`);
    }
    if (c.source) out.push(`    source: ${c.source.from ? `"${c.source.from}" → ` : ''}"${c.source.to}"`);
    for (const p of c.points) {
      const was = p.action === 'replaced' ? ` (was ${p.previous})` : '';
      out.push(
        `    ${SIGN[p.action]} ${p.date}: ${p.value}${was}  ${p.action === 'unchanged' ? 'unchanged' : p.comment}`,
      );
    }
  }
  if (r.excludedControls.length > 0) {
    out.push(
      '',
      `Controls left out of secure-score-adjusted (${r.excludedControls.length}): they count in neither the points achieved nor the maximum`,
    );
    for (const x of r.excludedControls) {
      out.push(
        `  ${x.id}: ${x.title}`,
        `    ${x.reason}, ${x.maxScore} point${x.maxScore === 1 ? '' : 's'}${x.updated ? `, since ${x.updated}` : ''}${x.comment ? `: "${x.comment}"` : ''}`,
      );
      const n = x.notListedIn.length;
      if (n > 0)
        out.push(
          `    not listed in ${n === 1 ? 'the snapshot of' : `${n} snapshots:`} ${x.notListedIn.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}: nothing subtracted for it there`,
        );
    }
  }
  if (r.notes.length > 0) out.push('', 'Notes:', ...r.notes.map((n) => `  ${n}`));
  if (r.hints) {
    const h = r.hints;
    out.push(
      '',
      `Objective hints${h.mappingFile ? ` (mapping: ${h.mappingFile})` : ''}; nothing is written to scenarios/*.yaml:`,
    );
    if (!h.mappingFile)
      out.push('  No imports/mapping.yaml in the program folder: map test ids to objectives there to get hints.');
    for (const o of h.objectives) {
      out.push(`  ${o.objective} [${o.status}]: ${o.hint}`, `    ${o.title}`);
      for (const t of o.tests) out.push(`    ${t.tool} ${t.id}: ${t.detail}${t.title ? `: ${t.title}` : ''}`);
    }
    if (h.unmapped.total > 0) {
      const failed = h.unmapped.failed;
      out.push(
        `  Not mapped: ${h.unmapped.total} tests, ${failed.length} of them failed${
          failed.length
            ? `: ${failed
                .slice(0, 10)
                .map((t) => `${t.tool} ${t.id}`)
                .join(', ')}${failed.length > 10 ? ', …' : ''}`
            : ''
        }`,
      );
    }
    const missing = h.notInRuns;
    if (missing.length > 0)
      out.push(
        `  In ${h.mappingFile ?? 'the mapping'} but in no run read: ${missing
          .slice(0, 10)
          .map((m) => `${m.tool} ${m.id}${m.line === undefined ? '' : ` (line ${m.line})`}`)
          .join(', ')}${missing.length > 10 ? `, … (${missing.length} in all)` : ''}`,
      );
  }
  // Titles, comments and ids come from the files: no control character reaches the terminal.
  return `${out.map(printable).join('\n')}\n`;
}
