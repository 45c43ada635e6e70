import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DeflateMemo, type DeflatedPart } from '../../../src/ooxml/deflate-memo.js';
import { Parts, zipDate } from '../../../src/ooxml/parts.js';

const encoder = new TextEncoder();

function sample(slide: string): Parts {
  const parts = new Parts();
  parts.set('[Content_Types].xml', '<Types/>');
  parts.set('_rels/.rels', '<Relationships/>');
  parts.set('ppt/slides/slide1.xml', slide);
  parts.set('ppt/slides/slide2.xml', `<p:sld>${'a long run of text that deflates well '.repeat(200)}</p:sld>`);
  parts.set('ppt/media/image1.png', new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
  parts.set('ppt/naïve/é.xml', '<x/>');
  parts.set('docProps/empty.xml', '');
  return parts;
}

/** What fflate's zipSync wrote for the same parts before the writer took the entries deflated beforehand. */
function zipSyncOf(parts: Parts, date: string): Buffer {
  const entries: Zippable = {};
  const order = ['[Content_Types].xml', '_rels/.rels'];
  const names = parts.names().sort((a, b) => {
    const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 2 : ia) - (ib < 0 ? 2 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  for (const name of names)
    entries[name] = [parts.bytes(name) ?? encoder.encode(''), { level: /\.png$/.test(name) ? 0 : 6 }];
  return Buffer.from(zipSync(entries, { level: 6, mtime: zipDate(date), os: 0 }));
}

describe('the zip writer', () => {
  it('writes the bytes fflate zipSync writes (UTF-8 names, stored and empty parts included)', () => {
    const parts = sample('<p:sld>é &amp; 中文</p:sld>');
    expect(parts.write('2026-11-20').equals(zipSyncOf(parts, '2026-11-20'))).toBe(true);
    expect(parts.write('2099-12-31').equals(zipSyncOf(parts, '2099-12-31'))).toBe(true);
  });

  it('with a memo of the last deck, writes the same bytes and deflates only the parts that changed', () => {
    const memo = new DeflateMemo();
    const first = sample('<p:sld>one</p:sld>');
    expect(first.write('2026-11-20', memo).equals(first.write('2026-11-20'))).toBe(true);
    memo.nextDeck();
    const second = sample('<p:sld>two</p:sld>');
    let deflated = 0;
    const spy = {
      deflate: (content: string | Uint8Array, level: 0 | 6, make: (c: string | Uint8Array, l: 0 | 6) => DeflatedPart) =>
        memo.deflate(content, level, (c, l) => {
          deflated++;
          return make(c, l);
        }),
      nextDeck: () => memo.nextDeck(),
    } as unknown as DeflateMemo;
    const expected = zipSyncOf(sample('<p:sld>two</p:sld>'), '2026-11-20');
    expect(second.write('2026-11-20', spy).equals(expected)).toBe(true);
    expect(deflated).toBe(1);
  });

  it('with a memo, writes a part read as bytes and only decoded (a byte-order mark, say) as it was read', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('<p:sldMaster/>')]);
    const read = () => {
      const parts = sample('<p:sld/>');
      parts.set('ppt/slideMasters/slideMaster1.xml', bom);
      parts.text('ppt/slideMasters/slideMaster1.xml'); // read by a fix that changed nothing
      return parts;
    };
    const cold = read().write('2026-11-20');
    expect(read().write('2026-11-20', new DeflateMemo()).equals(cold)).toBe(true);
  });
});
