import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

/** A part's deflated bytes, the CRC-32 and the length of its bytes. */
export interface DeflatedPart {
  crc: number;
  size: number;
  data: Uint8Array;
}

/** A part as its edits left it, and what they counted in it (the characters of each run language). */
export interface EditedPart {
  text: string;
  counts: readonly (readonly [string, number])[];
}

/** A part's edits, what it was before them and the setting they were made in. */
interface Edit {
  setting: string;
  source: string | Uint8Array;
  part: EditedPart;
}

/** The same text, or the same bytes. */
function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/**
 * Parts deflated by the writes of one deck, by their text (XML parts: no
 * encoding or hashing of the 3.6 MB an unchanged deck holds) or the hash of
 * their bytes, and their level: the next deck (a rebuild of `build --watch`)
 * deflates only the parts that changed. Deflating is a pure function of the
 * content, so a part taken from here is the bytes deflating it again gives.
 * Only the parts of the last deck are kept (`nextDeck`). It keeps the parts'
 * edits too, by part name: a rebuild's unchanged slide (the same bytes from
 * pptxgenjs, edited in the same setting) is neither edited nor deflated again.
 */
export class DeflateMemo {
  private kept = new Map<string, DeflatedPart & { level: 0 | 6 }>();
  private used = new Map<string, DeflatedPart & { level: 0 | 6 }>();
  private keptEdits = new Map<string, Edit>();
  private usedEdits = new Map<string, Edit>();

  deflate<C extends string | Uint8Array>(
    content: C,
    level: 0 | 6,
    deflate: (content: C, level: 0 | 6) => DeflatedPart,
  ): DeflatedPart {
    // A text is its own key (a Map hashes a string once; no copy is made); bytes are keyed by their hash, after a NUL no XML text holds.
    const key = typeof content === 'string' ? content : `\u0000${createHash('sha1').update(content).digest('hex')}`;
    const found = this.used.get(key) ?? this.kept.get(key);
    const part = found?.level === level ? found : { ...deflate(content, level), level };
    this.used.set(key, part);
    return part;
  }

  /**
   * A part's edits as the last deck made them, when the part was `source`
   * before them then too and what else the edits depend on (`setting`) is the
   * same. Compared, not hashed: an unchanged slide is neither decoded nor hashed.
   */
  edited(name: string, setting: string, source: string | Uint8Array): EditedPart | undefined {
    const last = this.usedEdits.get(name) ?? this.keptEdits.get(name);
    if (!last || last.setting !== setting || !sameContent(last.source, source)) return undefined;
    this.usedEdits.set(name, last);
    return last.part;
  }

  keepEdited(name: string, setting: string, source: string | Uint8Array, part: EditedPart): void {
    this.usedEdits.set(name, { setting, source, part });
  }

  /** Forgets the parts the deck before last used and the last did not. */
  nextDeck(): void {
    this.kept = this.used;
    this.used = new Map();
    this.keptEdits = this.usedEdits;
    this.usedEdits = new Map();
  }
}
