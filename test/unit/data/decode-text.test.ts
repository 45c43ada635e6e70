import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, MAX_YAML_BYTES } from '../../../src/data/decode-text.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidUtf8', () => {
  it('accepts ASCII, accents, CJK and emoji', () => {
    expect(firstInvalidUtf8(utf8('Zürich 東京 🛡️ عربي'))).toBe(-1);
  });
  it('finds a Latin-1 byte', () => {
    expect(firstInvalidUtf8(bytes(0x5a, 0xfc, 0x72))).toBe(1);
  });
  it('refuses overlong forms, encoded surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe6, 0x9d))).toBe(2);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61), 'f.yaml').text).toBe('a');
  });
  it('reports invalid UTF-8 with line and column', () => {
    const r = decodeText(Uint8Array.from([...utf8('a: 1\nname: Z'), 0xfc, ...utf8('rich\n')]), 'f.yaml');
    expect(r.text).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'file-not-utf8', location: { file: 'f.yaml', line: 2, column: 8 } });
  });
  it('recognizes UTF-16', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00), 'f.yaml').problems[0]?.message).toBe(
      'the file is saved as UTF-16',
    );
  });
  it('locates each raw control character and keeps tabs and CRLF', () => {
    const r = decodeText(utf8('a: "x\ty"\r\nb: p\u000bq\nc: \u0000\n'), 'f.yaml');
    expect(r.problems.map((p) => [p.location?.line, p.location?.column])).toEqual([
      [2, 5],
      [3, 4],
    ]);
    expect(r.problems[0]?.location?.lineText).toBe('b: p⟨U+000B⟩q');
  });
  it('caps the size before decoding', () => {
    const r = decodeText(new Uint8Array(MAX_YAML_BYTES + 1).fill(0x61), 'big.yaml');
    expect(r.problems[0]?.code).toBe('file-too-large');
    expect(r.text).toBeUndefined();
  });
});
