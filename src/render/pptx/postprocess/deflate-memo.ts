import { createHash } from 'node:crypto';

/** A part's deflated bytes and the CRC-32 of its bytes. */
export interface DeflatedPart {
  crc: number;
  data: Uint8Array;
}

/**
 * Parts deflated by the writes of one deck, by the hash of their bytes and
 * their level: the next deck (a rebuild of `build --watch`) deflates only the
 * parts that changed. Deflating is a pure function of the bytes, so a part
 * taken from here is the bytes deflating it again gives. Only the parts of
 * the last deck are kept (`nextDeck`).
 */
export class DeflateMemo {
  private kept = new Map<string, DeflatedPart>();
  private used = new Map<string, DeflatedPart>();

  deflate(bytes: Uint8Array, level: 0 | 6, deflate: (bytes: Uint8Array, level: 0 | 6) => DeflatedPart): DeflatedPart {
    const key = `${level}:${createHash('sha1').update(bytes).digest('hex')}`;
    const part = this.used.get(key) ?? this.kept.get(key) ?? deflate(bytes, level);
    this.used.set(key, part);
    return part;
  }

  /** Forgets the parts the deck before last used and the last did not. */
  nextDeck(): void {
    this.kept = this.used;
    this.used = new Map();
  }
}
