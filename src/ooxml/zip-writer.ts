import { deflateSync } from 'fflate';
import type { DeflatedPart } from './deflate-memo.js';

export function deflatePart(bytes: Uint8Array, level: 0 | 6): DeflatedPart {
  return { crc: crc32(bytes), size: bytes.length, data: level === 0 ? bytes : deflateSync(bytes, { level }) };
}

const encoder = new TextEncoder();

/**
 * A zip of the entries in the order given, each dated `mtime` (its local
 * fields, as DOS time), made by MS-DOS (os 0), without directory entries,
 * extra fields or comments: the layout fflate's zipSync writes with these
 * options, byte for byte (a test compares them), with the entries deflated
 * beforehand so a rebuild can take unchanged ones from a DeflateMemo.
 */
export function writeZip(
  entries: readonly { name: string; part: DeflatedPart; level: 0 | 6 }[],
  mtime: Date,
): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  let local = 0;
  let central = 0;
  for (const [i, e] of entries.entries()) {
    local += 30 + (names[i]?.length ?? 0) + e.part.data.length;
    central += 46 + (names[i]?.length ?? 0);
  }
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const time = dosTime(mtime);
  let at = 0;
  let dir = local;
  for (const [i, e] of entries.entries()) {
    const name = names[i] ?? new Uint8Array();
    // UTF-8 names are flagged (bit 11), as zipSync does.
    const flags = name.length !== e.name.length ? 0x800 : 0;
    const method = e.level === 0 ? 0 : 8;
    const offset = at;
    // The local header and the central directory share these fields, from "version needed" to the name's length.
    const shared = (from: number) => {
      view.setUint16(from, 20, true);
      view.setUint16(from + 2, flags, true);
      view.setUint16(from + 4, method, true);
      view.setUint32(from + 6, time, true);
      view.setUint32(from + 10, e.part.crc, true);
      view.setUint32(from + 14, e.part.data.length, true);
      view.setUint32(from + 18, e.part.size, true);
      view.setUint16(from + 22, name.length, true);
    };
    view.setUint32(at, 0x04034b50, true);
    shared(at + 4);
    out.set(name, at + 30);
    out.set(e.part.data, at + 30 + name.length);
    at += 30 + name.length + e.part.data.length;

    view.setUint32(dir, 0x02014b50, true);
    view.setUint16(dir + 4, 20, true); // made by version 2.0 on MS-DOS (os 0)
    shared(dir + 6);
    view.setUint32(dir + 42, offset, true);
    out.set(name, dir + 46);
    dir += 46 + name.length;
  }
  view.setUint32(dir, 0x06054b50, true);
  view.setUint16(dir + 8, entries.length, true);
  view.setUint16(dir + 10, entries.length, true);
  view.setUint32(dir + 12, central, true);
  view.setUint32(dir + 16, local, true);
  return out;
}

function dosTime(d: Date): number {
  return (
    (((d.getFullYear() - 1980) << 25) |
      ((d.getMonth() + 1) << 21) |
      (d.getDate() << 16) |
      (d.getHours() << 11) |
      (d.getMinutes() << 5) |
      (d.getSeconds() >> 1)) >>>
    0
  );
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}
