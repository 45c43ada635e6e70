import { stringify } from 'yaml';
import type { NewKpi } from './definitions.js';
import type { PointChange } from './plan.js';

/** Where the target goes, said in the file: the KPI is written without one, and the deck says "no target set" until it is. */
const TARGET_NOTE = '# target:   set the target once agreed (ztdeck import sets none; the deck says "no target set")';

/** A scalar as YAML writes it: quoted only when it must be ("%", "a: b"). */
export function scalarText(v: string | number): string {
  return typeof v === 'number' ? String(v) : stringify(v, { lineWidth: 0 }).trimEnd();
}

/** The lines of a KPI that an import creates, indented as the file indents its KPIs. */
export function kpiBlock(
  id: string,
  k: NewKpi,
  points: readonly PointChange[],
  indent: string,
  step: number,
  nl: string,
): string {
  const [i2, i3] = [indent + ' '.repeat(step), indent + ' '.repeat(2 * step)];
  return (
    [
      `${indent}${id}:`,
      `${i2}title: ${scalarText(k.title)}`,
      `${i2}unit: ${scalarText(k.unit)}`,
      `${i2}direction: ${k.direction}`,
      `${i2}${TARGET_NOTE}`,
      `${i2}source: ${scalarText(k.source)}`,
      ...(k.scenario ? [`${i2}scenario: ${k.scenario}`] : []),
      `${i2}series:`,
      ...points.map((p) => `${i3}${p.date}: ${p.value}   # ${p.comment}`),
    ].join(nl) + nl
  );
}
