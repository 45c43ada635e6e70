import { isMap, isPair, isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { applySplices, type Splice } from '../imports/kpis/edit-yaml.js';
import { scalarText } from '../imports/kpis/kpi-block.js';
import { fieldOrder, type FieldValue, type ObjectiveEdit } from './edits.js';

/** A value as YAML text: text with line breaks double-quoted (a block scalar would need the file's indentation). */
function valueText(v: string | number): string {
  return typeof v === 'string' && /[\r\n]/.test(v) ? JSON.stringify(v) : scalarText(v);
}

function fieldLines(indent: string, field: string, v: FieldValue, nl: string): string {
  if (!Array.isArray(v)) return `${indent}${field}: ${valueText(v)}`;
  return [`${indent}${field}:`, ...v.map((item) => `${indent}  - ${valueText(item)}`)].join(nl);
}

/** A record's fields, new values and fields to remove (undefined). */
type Fields = Partial<Record<string, FieldValue | undefined>>;

/**
 * A scenario file edited, not rewritten: each change is a splice at the place
 * the yaml Document gives, so comments, key order, quoting and blank lines
 * stay; a field the workbook did not change is not touched.
 */
export class ScenarioEditor {
  private readonly nl: string;
  private readonly splices: Splice[] = [];

  /** @param fields the order the file writes a record's fields in (a scenario file's objectives by default) */
  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private fields: readonly string[] = fieldOrder,
  ) {
    this.nl = text.includes('\r\n') ? '\r\n' : '\n';
  }

  private order(f: string): number {
    const i = this.fields.indexOf(f);
    return i < 0 ? this.fields.length : i;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEnd(offset: number): number {
    const i = this.text.indexOf('\n', offset);
    return i < 0 ? this.text.length : i + 1;
  }

  /** Where the lines of a node end: after the line break of its last line. */
  private nodeEnd(node: Node): number {
    const end = node.range?.[1] ?? 0;
    return this.text[end - 1] === '\n' ? end : this.lineEnd(end);
  }

  private indentOf(node: Node): string {
    const start = node.range?.[0] ?? 0;
    return this.text.slice(this.lineStart(start), start);
  }

  private pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
    return map.items.find(
      (p): p is Pair<Node, Node | null> => isPair(p) && isScalar(p.key) && String(p.key.value) === key,
    );
  }

  result(): string {
    return applySplices(this.text, this.splices);
  }

  apply(edit: ObjectiveEdit): void {
    this.applyTo(edit.custom ? 'custom_objectives' : 'objectives', edit.id, edit.fields);
  }

  /**
   * A record of a map (objectives:, risks:; a path for a nested one: kpis.<id>, whose record is its series)
   * edited, or added when the map has no such id; `order` is the order of the record's fields, when not the editor's.
   */
  applyTo(section: string | readonly string[], id: string, fields: Fields, order?: readonly string[]): void {
    const at = typeof section === 'string' ? [section] : section;
    const map = this.doc.getIn(at, true);
    const pair = isMap(map) ? this.pairOf(map, id) : undefined;
    const restore = this.fields;
    if (order) this.fields = order;
    if (pair && isMap(pair.value) && !pair.value.flow) this.editBlock(pair.value, fields);
    else if (pair && isMap(pair.value)) this.blockFromFlow(pair, fields);
    else this.addObjective(at.join('.'), isMap(map) ? map : undefined, id, fields);
    this.fields = restore;
  }

  private editBlock(record: YAMLMap, fields: Fields): void {
    const pairs = record.items.filter((p): p is Pair<Node, Node | null> => isPair(p) && isScalar(p.key));
    const indent = this.indentOf(pairs[0]?.key as Node);
    for (const field of [...this.fields, ...Object.keys(fields).filter((f) => !this.fields.includes(f))].filter(
      (f) => f in fields,
    )) {
      const value = fields[field];
      const existing = pairs.find((p) => String((p.key as { value: unknown }).value) === field);
      if (existing) this.replaceField(existing, indent, field, value);
      else if (value !== undefined) {
        const next = pairs.find((p) => this.order(String((p.key as { value: unknown }).value)) > this.order(field));
        const last = pairs.at(-1);
        const at = next ? this.lineStart(next.key.range?.[0] ?? 0) : this.nodeEnd((last?.value ?? last?.key) as Node);
        const missingBreak = at === this.text.length && !this.text.endsWith('\n') ? this.nl : '';
        this.splices.push({
          start: at,
          end: at,
          text: `${missingBreak}${fieldLines(indent, field, value, this.nl)}${this.nl}`,
        });
      }
    }
  }

  private replaceField(
    pair: Pair<Node, Node | null>,
    indent: string,
    field: string,
    value: FieldValue | undefined,
  ): void {
    const start = this.lineStart(pair.key.range?.[0] ?? 0);
    const end = this.nodeEnd((pair.value ?? pair.key) as Node);
    if (value === undefined) {
      this.splices.push({ start, end, text: '' });
      return;
    }
    const node = pair.value;
    if (isScalar(node) && node.range && !Array.isArray(value)) {
      const blockScalar = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
      const [from, to] = [node.range[0], blockScalar ? end : node.range[1]];
      this.splices.push({ start: from, end: to, text: `${valueText(value)}${blockScalar ? this.nl : ''}` });
      return;
    }
    this.splices.push({ start, end, text: `${fieldLines(indent, field, value, this.nl)}${this.nl}` });
  }

  /** `id: {status: not-started}   # comment` becomes a block mapping, the comment kept on the id's line. */
  private blockFromFlow(pair: Pair<Node, Node | null>, fields: Fields): void {
    const flow = pair.value as YAMLMap;
    const merged = { ...(flow.toJSON() as Record<string, FieldValue>) };
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const colon = this.text.indexOf(':', pair.key.range?.[1] ?? 0);
    const flowEnd = flow.range?.[1] ?? colon + 1;
    const lineEnd = this.lineEnd(flowEnd);
    const rest = this.text.slice(flowEnd, lineEnd).replace(/\r?\n$/, '');
    const indent = `${this.indentOf(pair.key)}  `;
    const body = Object.keys(merged)
      .sort((a, b) => this.order(a) - this.order(b))
      .map((k) => fieldLines(indent, k, merged[k] as FieldValue, this.nl));
    this.splices.push({ start: colon + 1, end: flowEnd + rest.length, text: `${rest}${this.nl}${body.join(this.nl)}` });
  }

  private addObjective(section: string, map: YAMLMap | undefined, id: string, edited: Fields): void {
    const pairs = (map?.items ?? []).filter((p): p is Pair<Node, Node | null> => isPair(p));
    const last = pairs.at(-1);
    const indent = last ? this.indentOf(last.key) : '  ';
    const fields = Object.entries(edited)
      .filter((e): e is [string, FieldValue] => e[1] !== undefined)
      .sort((a, b) => this.order(a[0]) - this.order(b[0]));
    const block = [`${indent}${id}:`, ...fields.map(([k, v]) => fieldLines(`${indent}  `, k, v, this.nl))].join(
      this.nl,
    );
    if (map && !map.flow && last) {
      const at = this.nodeEnd((last.value ?? last.key) as Node);
      const missingBreak = at === this.text.length && !this.text.endsWith('\n') ? this.nl : '';
      this.splices.push({ start: at, end: at, text: `${missingBreak}${block}${this.nl}` });
      return;
    }
    const sectionPair = (this.doc.contents as YAMLMap | null)?.items.find(
      (p) => isPair(p) && isScalar(p.key) && p.key.value === section,
    ) as Pair<Node, Node | null> | undefined;
    if (sectionPair && (!map || pairs.length === 0)) {
      // `section: {}` or `section:` with nothing under it
      const colon = this.text.indexOf(':', sectionPair.key.range?.[1] ?? 0);
      const end = map?.range?.[1] ?? colon + 1;
      this.splices.push({ start: colon + 1, end, text: `${this.nl}${block}` });
      return;
    }
    const at = this.text.length;
    const lead = this.text.endsWith('\n') || at === 0 ? '' : this.nl;
    this.splices.push({ start: at, end: at, text: `${lead}${section}:${this.nl}${block}${this.nl}` });
  }
}
