import { inflateSync, unzipSync } from 'fflate';
import type { DeflatedPart, DeflateMemo } from './deflate-memo.js';
import { relsOf, resolveTarget } from './part-name.js';
import { readRelationships } from './relationships.js';
import { deflatePart, writeZip } from './zip-writer.js';

/** A part as read (bytes) or as edited (text); each form is made once, when first asked for. */
interface Part {
  bytes?: Uint8Array;
  text?: string;
  /** Set as text: its bytes are its text encoded. A part read as bytes and not edited keeps its own bytes. */
  fromText?: true;
  /** Deflated ahead of the write (`seal`), its text and bytes let go. */
  sealed?: DeflatedPart & { level: 0 | 6 };
}

/** What `editEach` calls for each part: `before` its edits (true: the part needs none), `after` them. */
export interface EachPart {
  before?: (name: string) => boolean;
  after?: (name: string) => void;
}

/** An edit of the XML parts whose names match. */
interface XmlEdit {
  match: RegExp;
  fix: (xml: string, name: string) => string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The parts of an OPC package (a .pptx or its embedded .xlsx) by name, read
 * from a zip and written back deterministically: fixed entry dates, a fixed
 * order ([Content_Types].xml first), no directory entries, deflated. fflate is
 * pure JavaScript, so the compressed bytes are the same on every machine.
 */
export class Parts {
  private readonly map = new Map<string, Part>();
  /** The edits asked for inside `editEach`, applied when it ends. */
  private asked: XmlEdit[] | undefined;

  static read(zip: Uint8Array): Parts {
    const parts = new Parts();
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      if (!name.endsWith('/')) parts.map.set(name, { bytes });
    }
    return parts;
  }

  /** Parts by name, as text or bytes, in the order given. */
  static of(entries: Iterable<[string, string | Uint8Array]>): Parts {
    const parts = new Parts();
    for (const [name, content] of entries) parts.set(name, content);
    return parts;
  }

  names(): string[] {
    return [...this.map.keys()];
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    const part = this.map.get(name);
    if (part?.sealed && part.bytes === undefined && part.text === undefined)
      part.bytes = part.sealed.level === 0 ? part.sealed.data : inflateSync(part.sealed.data);
    if (part && part.bytes === undefined) part.bytes = encoder.encode(part.text ?? '');
    return part?.bytes;
  }

  /** The part as it is held now, bytes or text, without making the other form (undefined once sealed). */
  content(name: string): string | Uint8Array | undefined {
    const part = this.map.get(name);
    return part?.bytes ?? part?.text;
  }

  text(name: string): string | undefined {
    const part = this.map.get(name);
    if (part && part.text === undefined) part.text = decoder.decode(this.bytes(name));
    return part?.text;
  }

  set(name: string, content: string | Uint8Array): void {
    this.map.set(name, typeof content === 'string' ? { text: content, fromText: true } : { bytes: content });
  }

  delete(name: string): void {
    this.map.delete(name);
  }

  /** The parts this part's internal relationships point at, in the order written (targets naming no part left out). */
  targets(part: string): string[] {
    return readRelationships(this.text(relsOf(part)) ?? '')
      .filter((r) => !r.external)
      .map((r) => resolveTarget(part, r.target))
      .filter((t): t is string => t !== undefined);
  }

  /** Applies `fix` to every XML part (.xml and .rels) whose name matches (inside `editEach`: when it ends). */
  editXml(match: RegExp, fix: (xml: string, name: string) => string): void {
    if (this.asked) this.asked.push({ match, fix });
    else this.applyEach([{ match, fix }]);
  }

  /**
   * The edits `ask` makes (its editXml calls), applied a part at a time: each
   * part gets every edit that matches it, in the order asked, then `after` is
   * called with its name. The result is that of one edit after the other over
   * every part when an edit reads nothing but the part it is given (its own
   * state aside); a part's text in between is garbage at once, not after the
   * next pass over the whole deck, and `after` can deflate the part (`seal`).
   * A part `before` says it took care of is not edited.
   */
  editEach(ask: () => void, hooks: EachPart = {}): void {
    const asked: XmlEdit[] = [];
    this.asked = asked;
    try {
      ask();
    } finally {
      this.asked = undefined;
    }
    this.applyEach(asked, hooks);
  }

  private applyEach(edits: readonly XmlEdit[], hooks: EachPart = {}): void {
    for (const name of this.names()) {
      if (/\.(xml|rels)$/.test(name) && !hooks.before?.(name))
        for (const { match, fix } of edits) {
          if (!match.test(name)) continue;
          const before = this.text(name) ?? '';
          const after = fix(before, name);
          if (after !== before) this.set(name, after);
        }
      hooks.after?.(name);
    }
  }

  /** Deflates the part now, as the write would, and lets its text and bytes go: for a deck's slides, which are most of its memory. */
  seal(name: string, memo?: DeflateMemo): void {
    const part = this.map.get(name);
    if (!part || part.sealed) return;
    const level = COMPRESSED.test(name) ? 0 : 6;
    part.sealed = { ...this.deflated(name, level, memo), level };
    delete part.text;
    delete part.bytes;
  }

  /**
   * The package as a zip whose entries are dated `date` (YYYY-MM-DD) at noon,
   * whatever the machine's time zone; with `memo`, parts deflated by an
   * earlier write are taken from it (the same bytes).
   */
  write(date: string, memo?: DeflateMemo): Buffer {
    const entries = [...this.map.keys()].sort(partOrder).map((name) => {
      // Parts that are compressed already (an embedded workbook is a zip; pictures) are stored: deflating them again costs time for nothing.
      const level = COMPRESSED.test(name) ? 0 : 6;
      const sealed = this.map.get(name)?.sealed;
      return { name, level, part: sealed ?? this.deflated(name, level, memo) } as const;
    });
    // The zip's own memory, not a copy of it.
    const zip = writeZip(entries, zipDate(date));
    return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  }

  private deflated(name: string, level: 0 | 6, memo: DeflateMemo | undefined): DeflatedPart {
    const part = this.map.get(name);
    const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? encoder.encode(content) : content);
    // With a memo, a part set as text is looked up by its text: an unchanged part is neither encoded nor hashed.
    // A part read and not edited is looked up by its own bytes (its text, decoded, may have lost a byte-order mark).
    // A part set as text is encoded for its deflating only, not kept as bytes too (a 16× program's slides are 50 MB).
    if (part?.fromText && part.text !== undefined) {
      const text = part.text;
      return memo ? memo.deflate(text, level, (t, l) => deflatePart(bytes(t), l)) : deflatePart(bytes(text), level);
    }
    const own = this.bytes(name) ?? new Uint8Array();
    return memo ? memo.deflate(own, level, deflatePart) : deflatePart(own, level);
  }
}

/**
 * Zip entry times are local DOS times, and fflate reads them from a Date's
 * local fields: a Date made from local fields gives the same entry anywhere.
 * Noon exists on every day in every zone (midnight does not, where summer time
 * starts at 00:00). DOS times hold the years 1980 to 2107 and fflate refuses
 * past 2099: validation keeps dates inside, and a date outside is clamped
 * here rather than trusted.
 */
export function zipDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const year = Number.isInteger(y) ? Math.min(2099, Math.max(1980, y ?? 1980)) : 1980;
  return new Date(year, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

const FIRST = ['[Content_Types].xml', '_rels/.rels'];
const COMPRESSED = /\.(xlsx|png|jpe?g|gif)$/i;

/** Content types first, then the package relationships, then every part by name. */
function partOrder(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
