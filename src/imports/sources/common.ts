import type { Problem } from '../../problems/problem.js';
import { parseStamp, type Stamp } from '../dates.js';
import type { InputDoc } from '../input/read-input.js';
import { records, type JsonView } from '../input/json-view.js';
import type { Measurement, Metric, Reading, Shape } from '../types.js';

/** The records of a JSON document (none for CSV). */
export function jsonRecords(doc: InputDoc): readonly JsonView[] {
  return doc.kind === 'json' ? records(doc.root) : [];
}

/** Whether a record has every one of these members (any case, or under AdditionalProperties). */
export function hasAll(view: JsonView | undefined, ...names: string[]): boolean {
  return view !== undefined && names.every((n) => view.get(n) !== undefined);
}

/** Some record of the document has all these members. */
export function someRecordHas(doc: InputDoc, ...names: string[]): boolean {
  return jsonRecords(doc).some((r) => hasAll(r, ...names));
}

/** A shape of JSON records, told by members some record has (any case, or under AdditionalProperties). */
export function recordShape(id: string, label: string, expects: string, members: readonly string[]): Shape {
  return { id, label, expects, detect: (d) => someRecordHas(d, ...members) };
}

/** The stamp at `view`, or a problem when it is there but not a date ztdeck reads. */
export function stampOf(view: JsonView | undefined, reading: Reading): Stamp | undefined {
  const text = view?.text();
  if (view === undefined || view.value === null || text === '') return undefined;
  const stamp = text === undefined ? undefined : parseStamp(text);
  if (!stamp) {
    reading.problems.push(
      view.problem(
        'invalid-date',
        `${JSON.stringify(view.value)} is not a date and time ztdeck reads`,
        'the tools write ISO 8601 (2026-11-15T06:12:40Z) or, from Windows PowerShell 5.1, "\\/Date(1763187160000)\\/"',
      ),
    );
  }
  return stamp;
}

/** A number for messages and comments: at most two decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function measure(
  doc: InputDoc,
  metric: Metric,
  value: number,
  detail: string,
  extra: Partial<Measurement> = {},
): Measurement {
  return { metric: metric.id, value, detail, file: doc.file, name: doc.name, ...extra };
}

/** Adds the metrics that gave a value, once each, in the order given. */
export function keepMetrics(reading: Reading, metrics: readonly Metric[]): void {
  const used = new Set(reading.measurements.map((m) => m.metric));
  for (const m of metrics) if (used.has(m.id) && !reading.metrics.some((x) => x.id === m.id)) reading.metrics.push(m);
}

/** Letters and digits only, lower case: how enum words are compared ("InGracePeriod" = "in grace period"). */
export function word(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** An id part from a name: "Maester/Entra" → "maester-entra". */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'unnamed'
  );
}

/** The files an aggregate came from, for its provenance: "a.json, b.json and 3 more". */
export function fileNames(docs: readonly InputDoc[]): string {
  const names = [...new Set(docs.map((d) => d.name))];
  return names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ');
}

/** Caps the problems one reader reports about one kind of mistake: the first few, then a count. */
export class ProblemCap {
  private count = 0;
  constructor(
    private readonly reading: Reading,
    private readonly limit = 5,
  ) {}
  add(make: () => Problem): void {
    this.count++;
    if (this.count <= this.limit) this.reading.problems.push(make());
  }
  /** Call once at the end: one more problem saying how many were not shown. */
  finish(make: (hidden: number) => Problem): void {
    if (this.count > this.limit) this.reading.problems.push(make(this.count - this.limit));
  }
}
