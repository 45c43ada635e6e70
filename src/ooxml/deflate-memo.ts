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

/**
 * Parts deflated by the writes of one deck, by their text (XML parts: no
 * encoding or hashing of the 3.6 MB an unchanged deck holds) or the hash of
 * their bytes, and their level: the next deck (a rebuild of `build --watch`)
 * deflates only the parts that changed. Deflating is a pure function of the
 * content, so a part taken from here is the bytes deflating it again gives.
 * Only the parts of the last deck are kept (`nextDeck`). It keeps the parts'
 * edits too: a rebuild's unchanged slide, the same text from pptxgenjs, is
 * neither edited nor deflated again.
 */
export class DeflateMemo {
  private kept = new Map<string, DeflatedPart & { level: 0 | 6 }>();
  private used = new Map<string, DeflatedPart & { level: 0 | 6 }>();
  private keptEdits = new Map<string, EditedPart>();
  private usedEdits = new Map<string, EditedPart>();

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

  /** A part's edits as the last deck made them, by what the part was before them (`key`: the text and what else the edits depend on). */
  edited(key: string): EditedPart | undefined {
    const found = this.usedEdits.get(key) ?? this.keptEdits.get(key);
    if (found) this.usedEdits.set(key, found);
    return found;
  }

  keepEdited(key: string, part: EditedPart): void {
    this.usedEdits.set(key, part);
  }

  /** Forgets the parts the deck before last used and the last did not. */
  nextDeck(): void {
    this.kept = this.used;
    this.used = new Map();
    this.keptEdits = this.usedEdits;
    this.usedEdits = new Map();
  }
}
