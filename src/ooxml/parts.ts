import { unzipSync } from 'fflate';
import type { DeflateMemo } from './deflate-memo.js';
import { relsOf, resolveTarget } from './part-name.js';
import { readRelationships } from './relationships.js';
import { deflatePart, writeZip } from './zip-writer.js';

/** A part as read (bytes) or as edited (text); each form is made once, when first asked for. */
interface Part {
  bytes?: Uint8Array;
  text?: string;
  /** Set as text: its bytes are its text encoded. A part read as bytes and not edited keeps its own bytes. */
  fromText?: true;
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
    if (part && part.bytes === undefined) part.bytes = encoder.encode(part.text ?? '');
    return part?.bytes;
  }

  text(name: string): string | undefined {
    const part = this.map.get(name);
    if (part && part.text === undefined) part.text = decoder.decode(part.bytes);
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

  /** Applies `fix` to every XML part (.xml and .rels) whose name matches. */
  editXml(match: RegExp, fix: (xml: string, name: string) => string): void {
    for (const name of this.names()) {
      if (!match.test(name) || !/\.(xml|rels)$/.test(name)) continue;
      const before = this.text(name) ?? '';
      const after = fix(before, name);
      if (after !== before) this.set(name, after);
    }
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
      const part = this.map.get(name);
      const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? encoder.encode(content) : content);
      // With a memo, a part set as text is looked up by its text: an unchanged part is neither encoded nor hashed.
      // A part read and not edited is looked up by its own bytes (its text, decoded, may have lost a byte-order mark).
      // A part set as text is encoded for its deflating only, not kept as bytes too (a 16× program's slides are 50 MB).
      const deflated =
        memo && part?.fromText && part.text !== undefined
          ? memo.deflate(part.text, level, (text, l) => deflatePart(bytes(text), l))
          : memo
            ? memo.deflate(this.bytes(name) ?? new Uint8Array(), level, deflatePart)
            : part?.fromText && part.text !== undefined
              ? deflatePart(bytes(part.text), level)
              : deflatePart(this.bytes(name) ?? new Uint8Array(), level);
      return { name, level, part: deflated } as const;
    });
    // The zip's own memory, not a copy of it.
    const zip = writeZip(entries, zipDate(date));
    return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
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
