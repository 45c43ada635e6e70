import { isMap, isPair, isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { NewKpi } from './definitions.js';
import { kpiBlock, scalarText } from './kpi-block.js';
import type { KpiChange, PointChange } from './plan.js';

/** Text to put in place of [start, end) of the original. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * kpis.yaml is edited, not rewritten: the `yaml` Document gives the place of
 * every key and value, and the edit is a few splices at those places, so
 * comments, key order, quoting, spacing and blank lines stay byte for byte.
 * (Document.toString() would re-space comments and re-quote values.)
 */
/** An edit ztdeck will not make to a hand-written file (said to the user, not a crash). */
export class EditRefused extends Error {}

export class KpisEditor {
  private readonly nl: string;
  readonly splices: Splice[] = [];
  /** Where new KPIs go when kpis: held none. */
  private emptyAt?: number;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {
    this.nl = text.includes('\r\n') ? '\r\n' : '\n';
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset just after the line holding `offset` (after its line break). */
  private lineEnd(offset: number): number {
    const i = this.text.indexOf('\n', offset);
    return i < 0 ? this.text.length : i + 1;
  }

  private indentOf(node: Node | null | undefined): string {
    const start = node?.range?.[0] ?? 0;
    return this.text.slice(this.lineStart(start), start);
  }

  /** An insertion at the end of a line; at the end of a file without a final line break, one is added first. */
  private insertLines(at: number, lines: string): void {
    const missingBreak = at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n');
    this.splices.push({ start: at, end: at, text: `${missingBreak ? this.nl : ''}${lines}` });
  }

  private kpisMap(): YAMLMap | undefined {
    const v = this.doc.get('kpis', true);
    return isMap(v) ? v : undefined;
  }

  private kpiPair(id: string): Pair<Node, Node> | undefined {
    return this.kpisMap()?.items.find(
      (p): p is Pair<Node, Node> => isPair(p) && isScalar(p.key) && String(p.key.value) === id,
    );
  }

  apply(change: KpiChange): void {
    if (change.create) this.create(change.kpi, change.create, change.points);
    else this.update(change);
  }

  private update(change: KpiChange): void {
    const kpi = this.kpiPair(change.kpi)?.value;
    if (!isMap(kpi)) throw new EditRefused(`kpis.${change.kpi} is not a mapping`);
    const series = kpi.get('series', true);
    if (!isMap(series)) throw new EditRefused(`kpis.${change.kpi}.series is not a mapping`);
    const items = series.items.filter((p): p is Pair<Node, Node> => isPair(p) && isScalar(p.key));
    const added = change.points.filter((p) => p.action === 'added').sort((a, b) => a.date.localeCompare(b.date));
    const groups = new Map<number, PointChange[]>();
    for (const p of added) {
      const previous = items.filter((i) => String((i.key as { value: unknown }).value) < p.date).at(-1);
      const first = items[0];
      const at = series.flow
        ? ((previous ? previous.value?.range?.[1] : first?.key.range?.[0]) ?? 0)
        : previous
          ? this.lineEnd(previous.value?.range?.[1] ?? previous.key.range?.[1] ?? 0)
          : this.lineStart(first?.key.range?.[0] ?? 0);
      groups.set(at, [...(groups.get(at) ?? []), p]);
    }
    const indent = this.indentOf(items[0]?.key);
    for (const [at, ps] of groups) {
      if (series.flow) {
        const before = items.some((i) => (i.value?.range?.[1] ?? -1) === at);
        const text = ps.map((p) => `${p.date}: ${p.value}`).join(', ');
        this.splices.push({ start: at, end: at, text: before ? `, ${text}` : `${text}, ` });
      } else {
        this.insertLines(at, ps.map((p) => `${indent}${p.date}: ${p.value}   # ${p.comment}${this.nl}`).join(''));
      }
    }
    for (const p of change.points.filter((x) => x.action === 'replaced')) {
      const item = items.find((i) => String((i.key as { value: unknown }).value) === p.date);
      const range = item?.value?.range;
      if (!range) continue;
      this.splices.push({ start: range[0], end: range[1], text: String(p.value) });
      if (series.flow) continue;
      const end = this.lineEnd(range[1]);
      const rest = this.text.slice(range[1], end).replace(/\r?\n$/, '');
      if (rest.trim() === '')
        this.splices.push({ start: range[1], end: range[1] + rest.length, text: `   # ${p.comment}` });
      else if (/^\s*#\s*import /.test(rest))
        this.splices.push({
          start: range[1],
          end: range[1] + rest.length,
          text: `${/^\s*/.exec(rest)?.[0] ?? ' '}# ${p.comment}`,
        });
    }
    if (change.source) this.setSource(kpi, change.source.to);
  }

  private setSource(kpi: YAMLMap, source: string): void {
    const node = kpi.get('source', true);
    if (isScalar(node) && node.range) {
      this.splices.push({ start: node.range[0], end: node.range[1], text: scalarText(source) });
      return;
    }
    if (kpi.flow) return;
    const seriesKey = kpi.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'series')?.key as
      Node | undefined;
    const at = this.lineStart(seriesKey?.range?.[0] ?? 0);
    this.insertLines(at, `${this.indentOf(seriesKey)}source: ${scalarText(source)}${this.nl}`);
  }

  private create(id: string, k: NewKpi, points: readonly PointChange[]): void {
    const map = this.kpisMap();
    const kpisKey = (this.doc.contents as YAMLMap | null)?.items?.find(
      (p) => isPair(p) && isScalar(p.key) && p.key.value === 'kpis',
    )?.key as Node | undefined;
    if (this.emptyAt !== undefined) {
      this.insertLines(this.emptyAt, `${this.nl}${kpiBlock(id, k, points, '  ', 2, this.nl)}`);
      return;
    }
    if (!map) {
      // `kpis:` with nothing under it yet (a new file)
      if (!kpisKey?.range) throw new EditRefused('kpis.yaml has no kpis: key');
      this.emptyAt = this.lineEnd(kpisKey.range[1]);
      this.insertLines(this.emptyAt, kpiBlock(id, k, points, '  ', 2, this.nl));
      return;
    }
    const pairs = map.items.filter((p): p is Pair<Node, Node> => isPair(p));
    const first = pairs[0];
    const indent = first ? this.indentOf(first.key) : '  ';
    const firstInner = isMap(first?.value) ? (first.value.items[0] as Pair<Node, Node> | undefined)?.key : undefined;
    const step = firstInner ? Math.max(2, this.indentOf(firstInner).length - indent.length) : 2;
    const body = kpiBlock(id, k, points, indent, step, this.nl);
    const last = pairs.at(-1);
    if (map.flow) {
      // `kpis: {}`: the braces give way to the block
      if (last || !kpisKey?.range || !map.range)
        throw new EditRefused(
          'kpis: is written in flow style ({...}); ztdeck import adds KPIs to a block mapping only',
        );
      this.splices.push({ start: kpisKey.range[1], end: map.range[1], text: ':' });
      this.emptyAt = this.lineEnd(map.range[1]);
      this.insertLines(this.emptyAt, body);
      return;
    }
    const end = last?.value?.range?.[1] ?? last?.key.range?.[1] ?? 0;
    const at = this.text[end - 1] === '\n' ? end : this.lineEnd(end);
    this.insertLines(at, `${this.blankBetweenKpis(pairs) ? this.nl : ''}${body}`);
  }

  /** Whether the file separates KPIs with a blank line (the example does). */
  private blankBetweenKpis(pairs: readonly Pair<Node, Node>[]): boolean {
    const second = pairs[1]?.key.range?.[0];
    if (second === undefined) return pairs.length === 1;
    const lineBefore = this.text.slice(this.lineStart(this.lineStart(second) - 1), this.lineStart(second));
    return lineBefore.trim() === '';
  }
}

/** The original text with the splices applied (they never overlap). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.start - a.s.start || b.i - a.i);
  for (const { s } of ordered) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
